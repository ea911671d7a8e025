import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandEnvelope, CommandExecutor, type CommandResult } from '@beslutskedjan/platform';
import { executePolicyCommand } from '../policy-command.handler.js';
import type { DraftPolicyRevision } from './draft-policy-revision.command.js';

export class DraftPolicyRevisionEnvelope extends CommandEnvelope<DraftPolicyRevision> {}

@CommandHandler(DraftPolicyRevisionEnvelope)
export class DraftPolicyRevisionHandler implements ICommandHandler<DraftPolicyRevisionEnvelope, CommandResult> {
  constructor(private readonly executor: CommandExecutor) {}
  execute(envelope: DraftPolicyRevisionEnvelope): Promise<CommandResult> {
    return executePolicyCommand(this.executor, envelope, 'DraftPolicyRevision');
  }
}
