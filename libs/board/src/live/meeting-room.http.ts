import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { PEOPLE, PeopleDirectory } from '@beslutskedjan/people';
import { AllowRoles, CurrentPrincipal, CommandExecutor, ApiQueryOperation, parseInput } from '@beslutskedjan/platform';
import { NotFoundError, type Principal } from '@beslutskedjan/shared';
import { meetingIdSchema } from '../board.schemas.js';
import { meetingDecider } from '../meeting/meeting.decider.js';
import { meetingStreamId } from '../meeting/meeting.events.js';
import { meetingRoomView } from './meeting-room.view.js';

/**
 * The meeting room's view, folded from the meeting's own stream (as the minutes are), so it is
 * exactly as new as the live stream's last message: no read model to wait for.
 */
@ApiTags('meetings')
@Controller()
@AllowRoles('director', 'board_member', 'chair', 'auditor', 'admin')
export class MeetingRoomHttp {
  constructor(
    private readonly executor: CommandExecutor,
    @Inject(PEOPLE) private readonly people: PeopleDirectory,
  ) {}

  @Get('meetings/:meetingId/room')
  @ApiQueryOperation(
    'getMeetingRoom',
    'The meeting room: seats, who serves and presides, the quorum, the open item with motions, question, votering (who voted, not how, until the outcome) and outcome',
  )
  @ApiParam({ name: 'meetingId' })
  async room(@Param('meetingId') meetingId: string, @CurrentPrincipal() p: Principal) {
    const id = parseInput(meetingIdSchema, meetingId, 'meetingId');
    const { state, revision } = await this.executor.load(meetingStreamId(p.tenant, id), meetingDecider);
    if (state.status === 'none') throw new NotFoundError('MEETING_NOT_FOUND', `No meeting ${id} in this förbund`);
    return { ...meetingRoomView(state, (personId) => this.people.nameOf(p.tenant, personId)), revision };
  }
}
