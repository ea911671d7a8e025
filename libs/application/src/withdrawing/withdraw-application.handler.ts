import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandEnvelope, CommandExecutor, type CommandResult } from '@beslutskedjan/platform';
import { executeApplicationCommand } from '../http/application-command.js';
import type { WithdrawApplication } from './withdraw-application.command.js';

export class WithdrawApplicationEnvelope extends CommandEnvelope<WithdrawApplication> {}

@CommandHandler(WithdrawApplicationEnvelope)
export class WithdrawApplicationHandler implements ICommandHandler<WithdrawApplicationEnvelope, CommandResult> {
  constructor(private readonly executor: CommandExecutor) {}
  execute(envelope: WithdrawApplicationEnvelope): Promise<CommandResult> {
    return executeApplicationCommand(this.executor, envelope, 'WithdrawApplication');
  }
}
