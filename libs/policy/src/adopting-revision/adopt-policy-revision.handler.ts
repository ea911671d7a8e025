import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandEnvelope } from '../../../platform/src/commands/command-envelope.js';
import { CommandExecutor, type CommandResult } from '../../../platform/src/commands/command-executor.js';
import { executePolicyCommand } from '../policy-command.handler.js';
import type { AdoptPolicyRevision } from './adopt-policy-revision.command.js';

export class AdoptPolicyRevisionEnvelope extends CommandEnvelope<AdoptPolicyRevision> {}

@CommandHandler(AdoptPolicyRevisionEnvelope)
export class AdoptPolicyRevisionHandler implements ICommandHandler<AdoptPolicyRevisionEnvelope, CommandResult> {
  constructor(private readonly executor: CommandExecutor) {}
  execute(envelope: AdoptPolicyRevisionEnvelope): Promise<CommandResult> {
    return executePolicyCommand(this.executor, envelope, 'AdoptPolicyRevision');
  }
}
