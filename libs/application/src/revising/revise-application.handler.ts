import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandEnvelope } from '../../../platform/src/commands/command-envelope.js';
import { CommandExecutor, type CommandContext, type CommandResult } from '../../../platform/src/commands/command-executor.js';
import { swedishDateOf } from '../../../policy/src/dates.js';
import { PoliciesInForce } from '../../../policy/src/read/policies-in-force.service.js';
import type { ApplicationContent } from '../application.types.js';
import { executeApplicationCommand } from '../http/application-command.js';
import type { ReviseApplication } from './revise-application.command.js';

export class ReviseApplicationRequested {
  constructor(
    readonly applicationId: string,
    readonly content: ApplicationContent,
    readonly context: CommandContext,
  ) {}
}

class ReviseEnvelope extends CommandEnvelope<ReviseApplication> {}

/** Every revision is screened again, against the versions in force on the day it is made. */
@CommandHandler(ReviseApplicationRequested)
export class ReviseApplicationHandler implements ICommandHandler<ReviseApplicationRequested, CommandResult> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly policies: PoliciesInForce,
  ) {}

  async execute({ applicationId, content, context }: ReviseApplicationRequested): Promise<CommandResult> {
    const policiesInForce = await this.policies.on(context.tenant, swedishDateOf(context.now) ?? context.now.slice(0, 10));
    return executeApplicationCommand(this.executor, new ReviseEnvelope({ applicationId, content, policiesInForce }, context), 'ReviseApplication');
  }
}
