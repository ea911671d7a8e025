import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandEnvelope, CommandExecutor, type CommandResult } from '@beslutskedjan/platform';
import { executePolicyCommand } from '../policy-command.handler.js';
import type { RetirePolicy } from './retire-policy.command.js';

export class RetirePolicyEnvelope extends CommandEnvelope<RetirePolicy> {}

@CommandHandler(RetirePolicyEnvelope)
export class RetirePolicyHandler implements ICommandHandler<RetirePolicyEnvelope, CommandResult> {
  constructor(private readonly executor: CommandExecutor) {}
  execute(envelope: RetirePolicyEnvelope): Promise<CommandResult> {
    return executePolicyCommand(this.executor, envelope, 'RetirePolicy');
  }
}
