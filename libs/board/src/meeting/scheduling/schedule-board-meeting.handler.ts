import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandEnvelope, CommandExecutor, type CommandResult } from '@beslutskedjan/platform';
import { executeMeetingCommand } from '../../http/board-commands.js';
import type { ScheduleBoardMeeting } from './schedule-board-meeting.command.js';

export class ScheduleBoardMeetingEnvelope extends CommandEnvelope<ScheduleBoardMeeting> {}

@CommandHandler(ScheduleBoardMeetingEnvelope)
export class ScheduleBoardMeetingHandler implements ICommandHandler<ScheduleBoardMeetingEnvelope, CommandResult> {
  constructor(private readonly executor: CommandExecutor) {}
  execute(envelope: ScheduleBoardMeetingEnvelope): Promise<CommandResult> {
    return executeMeetingCommand(this.executor, envelope, 'ScheduleBoardMeeting');
  }
}
