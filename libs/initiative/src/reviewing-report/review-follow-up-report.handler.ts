import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandEnvelope, CommandExecutor, type CommandResult } from '@beslutskedjan/platform';
import { executeInitiativeCommand } from '../http/initiative-command.js';
import type { ReviewFollowUpReport } from './review-follow-up-report.command.js';

export class ReviewFollowUpReportEnvelope extends CommandEnvelope<ReviewFollowUpReport> {}

@CommandHandler(ReviewFollowUpReportEnvelope)
export class ReviewFollowUpReportHandler implements ICommandHandler<ReviewFollowUpReportEnvelope, CommandResult> {
  constructor(private readonly executor: CommandExecutor) {}
  execute(envelope: ReviewFollowUpReportEnvelope): Promise<CommandResult> {
    return executeInitiativeCommand(this.executor, envelope, 'ReviewFollowUpReport');
  }
}
