import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandEnvelope, CommandExecutor, type CommandResult } from '@beslutskedjan/platform';
import { executeInitiativeCommand } from '../http/initiative-command.js';
import type { RescheduleFollowUp } from './reschedule-follow-up.command.js';

export class RescheduleFollowUpEnvelope extends CommandEnvelope<RescheduleFollowUp> {}

@CommandHandler(RescheduleFollowUpEnvelope)
export class RescheduleFollowUpHandler implements ICommandHandler<RescheduleFollowUpEnvelope, CommandResult> {
  constructor(private readonly executor: CommandExecutor) {}
  execute(envelope: RescheduleFollowUpEnvelope): Promise<CommandResult> {
    return executeInitiativeCommand(this.executor, envelope, 'RescheduleFollowUp');
  }
}
