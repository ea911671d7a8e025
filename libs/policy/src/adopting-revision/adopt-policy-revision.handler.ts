import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandEnvelope, CommandExecutor, type CommandResult } from '@beslutskedjan/platform';
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
