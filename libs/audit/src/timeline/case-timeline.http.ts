import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import { EVENT_STORE, type EventStore, Upcasters } from '@beslutskedjan/event-store';
import { applicationIdSchema } from '@beslutskedjan/application';
import { PEOPLE, PeopleDirectory } from '@beslutskedjan/people';
import { AllowRoles, CurrentPrincipal, UPCASTERS, ApiQueryOperation, parseInput, ReadModels } from '@beslutskedjan/platform';
import { NotFoundError, type Principal, type Role } from '@beslutskedjan/shared';
import { meetingIdsOfCase } from '../read/audit-log.queries.js';
import { asOfInstant } from '../time-travel/as-of.js';
import { buildCaseTimeline } from './build-case-timeline.js';
import { caseStreamsAsOf } from './case-streams-as-of.js';
import { loadCaseStreams, namesIn } from './load-case-timeline.js';

export const CASE_AUDIT_READERS: Role[] = ['director', 'board_member', 'chair', 'auditor', 'admin'];

@ApiTags('audit')
@Controller()
@AllowRoles(...CASE_AUDIT_READERS)
export class CaseTimelineHttp {
  constructor(
    private readonly readModels: ReadModels,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(UPCASTERS) private readonly upcasters: Upcasters,
    @Inject(PEOPLE) private readonly people: PeopleDirectory,
  ) {}

  @Get('applications/:applicationId/timeline')
  @ApiQueryOperation(
    'getCaseTimeline',
    'Every fact about a case in order, read from the log: who, when, why; for decisions the policy version, the board that day, votes and recusals',
  )
  @ApiParam({ name: 'applicationId' })
  @ApiQuery({
    name: 'asOf',
    required: false,
    description: 'Only what had happened by then (date-time, or a date = end of that Swedish day)',
    example: '2026-12-09',
  })
  async timeline(
    @Param('applicationId') applicationId: string,
    @Query('minPosition') minPosition: string | undefined,
    @Query('asOf') asOf: string | undefined,
    @CurrentPrincipal() p: Principal,
  ) {
    const id = parseInput(applicationIdSchema, applicationId, 'applicationId');
    const instant = asOf === undefined || asOf === '' ? null : asOfInstant(asOf);
    const db = await this.readModels.consistentWith(minPosition);
    const streams = await loadCaseStreams(
      { store: this.store, upcasters: this.upcasters, people: this.people },
      p.tenant,
      id,
      meetingIdsOfCase(db, p.tenant, id),
    );
    // A case that had not been submitted by `asOf` did not exist then: 404, as for getApplication.
    const timeline =
      streams && buildCaseTimeline(instant === null ? streams : caseStreamsAsOf(streams, instant), namesIn(this.people, p.tenant));
    if (!timeline) throw new NotFoundError('APPLICATION_NOT_FOUND', `No application ${id} in this förbund`);
    return timeline;
  }
}
