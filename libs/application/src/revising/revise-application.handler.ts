import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandEnvelope, CommandExecutor, type CommandContext, type CommandResult } from '@beslutskedjan/platform';
import { swedishDateOf, PoliciesInForce } from '@beslutskedjan/policy';
import { Registers } from '@beslutskedjan/registers';
import type { ApplicationBody } from '../application.schemas.js';
import { executeApplicationCommand } from '../http/application-command.js';
import { resolveParties } from '../parties/resolve-parties.js';
import type { ReviseApplication } from './revise-application.command.js';

export class ReviseApplicationRequested {
  constructor(
    readonly applicationId: string,
    readonly body: ApplicationBody,
    readonly context: CommandContext,
  ) {}
}

class ReviseEnvelope extends CommandEnvelope<ReviseApplication> {}

/** Every revision names its parties anew from the registers and is screened against the versions in force that day. */
@CommandHandler(ReviseApplicationRequested)
export class ReviseApplicationHandler implements ICommandHandler<ReviseApplicationRequested, CommandResult> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly policies: PoliciesInForce,
    private readonly registers: Registers,
  ) {}

  async execute({ applicationId, body, context }: ReviseApplicationRequested): Promise<CommandResult> {
    const [policiesInForce, members, providers] = await Promise.all([
      this.policies.on(context.tenant, swedishDateOf(context.now) ?? context.now.slice(0, 10)),
      this.registers.members(context.tenant),
      this.registers.providers(context.tenant),
    ]);
    const content = resolveParties(body, { members, providers });
    return executeApplicationCommand(
      this.executor,
      new ReviseEnvelope({ applicationId, content, policiesInForce }, context),
      'ReviseApplication',
    );
  }
}
