import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandEnvelope, CommandExecutor, type CommandResult } from '@beslutskedjan/platform';
import { executeMeetingCommand } from '../../http/board-commands.js';
import type { CloseBoardMeeting } from './close-board-meeting.command.js';

export class CloseBoardMeetingEnvelope extends CommandEnvelope<CloseBoardMeeting> {}

@CommandHandler(CloseBoardMeetingEnvelope)
export class CloseBoardMeetingHandler implements ICommandHandler<CloseBoardMeetingEnvelope, CommandResult> {
  constructor(private readonly executor: CommandExecutor) {}
  execute(envelope: CloseBoardMeetingEnvelope): Promise<CommandResult> {
    return executeMeetingCommand(this.executor, envelope, 'CloseBoardMeeting');
  }
}
