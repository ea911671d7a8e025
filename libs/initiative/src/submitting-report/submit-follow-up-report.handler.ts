import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandEnvelope, CommandExecutor, type CommandResult } from '@beslutskedjan/platform';
import { executeInitiativeCommand } from '../http/initiative-command.js';
import type { SubmitFollowUpReport } from './submit-follow-up-report.command.js';

export class SubmitFollowUpReportEnvelope extends CommandEnvelope<SubmitFollowUpReport> {}

@CommandHandler(SubmitFollowUpReportEnvelope)
export class SubmitFollowUpReportHandler implements ICommandHandler<SubmitFollowUpReportEnvelope, CommandResult> {
  constructor(private readonly executor: CommandExecutor) {}
  execute(envelope: SubmitFollowUpReportEnvelope): Promise<CommandResult> {
    return executeInitiativeCommand(this.executor, envelope, 'SubmitFollowUpReport');
  }
}
