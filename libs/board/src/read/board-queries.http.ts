import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { AllowRoles, CurrentPrincipal, CommandExecutor, ApiQueryOperation, isoDate, parseInput, ReadModels } from '@beslutskedjan/platform';
import { swedishDateOf } from '@beslutskedjan/policy';
import { CLOCK, type Clock, DomainRuleError, NotFoundError, type Principal, type Role } from '@beslutskedjan/shared';
import { meetingIdSchema } from '../board.schemas.js';
import { meetingDecider } from '../meeting/meeting.decider.js';
import { meetingStreamId } from '../meeting/meeting.events.js';
import { generateMinutes } from '../meeting/minutes/generate-minutes.js';
import { minutesSha256 } from '../meeting/minutes/minutes-hash.js';
import { renderMinutesText } from '../meeting/minutes/render-minutes-text.js';
import { boardOn } from './board.queries.js';
import { getMeeting, listMeetings } from './meetings.queries.js';
import { decisionStandingOf } from './notice-board.queries.js';

/** Meetings, agendas and minutes are for the office, the board and the auditor. */
const READERS: Role[] = ['director', 'board_member', 'chair', 'auditor', 'admin'];

const listQuery = z.object({ from: isoDate().optional(), to: isoDate().optional(), minPosition: z.string().optional() });

@ApiTags('meetings')
@Controller()
@AllowRoles(...READERS)
export class BoardQueriesHttp {
  constructor(
    private readonly readModels: ReadModels,
    private readonly executor: CommandExecutor,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('board')
  @ApiQueryOperation('getBoardComposition', 'The board as composed on a date (default: today)')
  @ApiQuery({ name: 'date', required: false, example: '2012-02-20' })
  async board(
    @Query('date') date: string | undefined,
    @Query('minPosition') minPosition: string | undefined,
    @CurrentPrincipal() p: Principal,
  ) {
    const on = date === undefined ? (swedishDateOf(this.clock.now().toISOString()) ?? '') : parseInput(isoDate(), date, 'date');
    const db = await this.readModels.consistentWith(minPosition);
    return { date: on, seats: boardOn(db, p.tenant, on) };
  }

  @Get('meetings')
  @ApiQueryOperation('listBoardMeetings', 'Board meetings, optionally within a date range')
  @ApiQuery({ name: 'from', required: false })
  @ApiQuery({ name: 'to', required: false })
  async list(@Query() query: Record<string, unknown>, @CurrentPrincipal() p: Principal) {
    const { minPosition, ...filter } = parseInput(listQuery, query, 'query');
    const db = await this.readModels.consistentWith(minPosition);
    return { meetings: listMeetings(db, p.tenant, filter) };
  }

  @Get('meetings/:meetingId')
  @ApiQueryOperation('getBoardMeeting', 'A meeting with its agenda, votes, recusals and outcomes')
  @ApiParam({ name: 'meetingId' })
  async get(
    @Param('meetingId') meetingId: string,
    @Query('minPosition') minPosition: string | undefined,
    @CurrentPrincipal() p: Principal,
  ) {
    const id = parseInput(meetingIdSchema, meetingId, 'meetingId');
    const db = await this.readModels.consistentWith(minPosition);
    const meeting = getMeeting(db, p.tenant, id);
    if (!meeting) throw new NotFoundError('MEETING_NOT_FOUND', `No meeting ${id} in this förbund`);
    return meeting;
  }

  /** Laga kraft is a fact of the calendar: computed as of today (the clock), from the anslag and any appeal. */
  @Get('applications/:applicationId/legal-force')
  @ApiQueryOperation('getCaseLegalForce', "The board's decisions on a case, each with its appeal window or the day it gained legal force")
  @ApiParam({ name: 'applicationId' })
  async legalForce(
    @Param('applicationId') applicationId: string,
    @Query('minPosition') minPosition: string | undefined,
    @CurrentPrincipal() p: Principal,
  ) {
    const id = parseInput(z.string().uuid(), applicationId, 'applicationId');
    const db = await this.readModels.consistentWith(minPosition);
    const today = swedishDateOf(this.clock.now().toISOString()) ?? '';
    return { applicationId: id, today, decisions: decisionStandingOf(db, p.tenant, id, today) };
  }

  /** Generated from the meeting's own events, by the same function whose hash the signatories attest. */
  @Get('meetings/:meetingId/minutes')
  @ApiQueryOperation('getMinutes', 'The minutes (protokoll) of a closed meeting, with their hash and signatures')
  @ApiParam({ name: 'meetingId' })
  async minutes(@Param('meetingId') meetingId: string, @CurrentPrincipal() p: Principal) {
    const id = parseInput(meetingIdSchema, meetingId, 'meetingId');
    const { state } = await this.executor.load(meetingStreamId(p.tenant, id), meetingDecider);
    if (state.status === 'none') throw new NotFoundError('MEETING_NOT_FOUND', `No meeting ${id} in this förbund`);
    if (state.status !== 'closed' && state.status !== 'attested') {
      throw new DomainRuleError('MEETING_NOT_CLOSED', 'Minutes exist once the meeting is closed');
    }
    const minutes = generateMinutes(state);
    return {
      minutes,
      text: renderMinutesText(minutes),
      sha256: minutesSha256(minutes),
      signatures: state.signatures,
      attested: state.status === 'attested',
    };
  }
}
