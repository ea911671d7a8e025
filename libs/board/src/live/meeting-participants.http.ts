import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { PEOPLE, PeopleDirectory } from '@beslutskedjan/people';
import { AllowRoles, CurrentPrincipal, ApiQueryOperation, parseInput, ReadModels } from '@beslutskedjan/platform';
import { NotFoundError, type Principal } from '@beslutskedjan/shared';
import { meetingIdSchema } from '../board.schemas.js';
import { boardOn, toSeats } from '../read/board.queries.js';
import { getMeeting } from '../read/meetings.queries.js';
import { meetingParticipants } from './meeting-participants.js';

/** Names for the meeting room: the read models hold person ids, names live in the erasable directory. */
@ApiTags('meetings')
@Controller()
@AllowRoles('director', 'board_member', 'chair', 'auditor', 'admin')
export class MeetingParticipantsHttp {
  constructor(
    private readonly readModels: ReadModels,
    @Inject(PEOPLE) private readonly people: PeopleDirectory,
  ) {}

  @Get('meetings/:meetingId/participants')
  @ApiQueryOperation('getMeetingParticipants', "The board's seats on the meeting's date and others recorded at it, with their names")
  @ApiParam({ name: 'meetingId' })
  async participants(
    @Param('meetingId') meetingId: string,
    @Query('minPosition') minPosition: string | undefined,
    @CurrentPrincipal() p: Principal,
  ) {
    const id = parseInput(meetingIdSchema, meetingId, 'meetingId');
    const db = await this.readModels.consistentWith(minPosition);
    const detail = getMeeting(db, p.tenant, id);
    if (!detail) throw new NotFoundError('MEETING_NOT_FOUND', `No meeting ${id} in this förbund`);
    const { meeting } = detail;
    const seats = meeting.board ?? toSeats(boardOn(db, p.tenant, meeting.date));
    const others = [...(meeting.present ?? []), ...(meeting.adjusterId ? [meeting.adjusterId] : [])];
    return {
      meetingId: id,
      date: meeting.date,
      people: meetingParticipants(seats, others, (personId) => this.people.nameOf(p.tenant, personId)),
    };
  }
}
