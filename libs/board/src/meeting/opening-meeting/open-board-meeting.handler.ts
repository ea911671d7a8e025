import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  type AppConfig,
  APP_CONFIG,
  CommandEnvelope,
  CommandExecutor,
  type CommandContext,
  type CommandResult,
} from '@beslutskedjan/platform';
import { addDays, boardRulesFor } from '../../board-rules.js';
import { NotFoundError } from '@beslutskedjan/shared';
import { boardDecider } from '../../composition/board.decider.js';
import { boardStreamId } from '../../composition/board.events.js';
import { compositionOn } from '../../composition/composition-on.js';
import { executeMeetingCommand } from '../../http/board-commands.js';
import { meetingDecider } from '../meeting.decider.js';
import { meetingStreamId, type OtherPresent } from '../meeting.events.js';
import type { OpenBoardMeeting } from './open-board-meeting.command.js';

export class OpenBoardMeetingRequested {
  constructor(
    readonly meetingId: string,
    readonly present: string[],
    readonly adjusterId: string,
    readonly secretaryId: string | null,
    readonly othersPresent: OtherPresent[],
    readonly context: CommandContext,
  ) {}
}

class OpenEnvelope extends CommandEnvelope<OpenBoardMeeting> {}

/** Quorum and voting rights are judged against the board as composed on the meeting's date. */
@CommandHandler(OpenBoardMeetingRequested)
export class OpenBoardMeetingHandler implements ICommandHandler<OpenBoardMeetingRequested, CommandResult> {
  constructor(
    private readonly executor: CommandExecutor,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute({
    meetingId,
    present,
    adjusterId,
    secretaryId,
    othersPresent,
    context,
  }: OpenBoardMeetingRequested): Promise<CommandResult> {
    const { state: meeting } = await this.executor.load(meetingStreamId(context.tenant, meetingId), meetingDecider);
    if (meeting.status === 'none') throw new NotFoundError('MEETING_NOT_FOUND', `No meeting ${meetingId} in this förbund`);
    const { state: board } = await this.executor.load(boardStreamId(context.tenant), boardDecider);
    const seats = compositionOn(board, meeting.date);
    return executeMeetingCommand(
      this.executor,
      new OpenEnvelope(
        {
          meetingId,
          present,
          adjusterId,
          secretaryId,
          othersPresent,
          attestationDueOn: addDays(meeting.date, boardRulesFor(this.config.boardRules, context.tenant).attestationDays),
          board: seats,
        },
        context,
      ),
      'OpenBoardMeeting',
    );
  }
}
