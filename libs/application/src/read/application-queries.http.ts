import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import {
  AllowRoles,
  CurrentPrincipal,
  ApiQueryOperation,
  parseInput,
  ReadModels,
  type AppConfig,
  APP_CONFIG,
  UPCASTERS,
} from '@beslutskedjan/platform';
import { CLOCK, type Clock, NotFoundError, type Principal, type Role } from '@beslutskedjan/shared';
import { swedishDateOf } from '@beslutskedjan/policy';
import { inboxFor } from '@beslutskedjan/board';
import { timingsFrom, type TimingsFor } from '@beslutskedjan/reminders';
import { EVENT_STORE, type EventStore, Upcasters } from '@beslutskedjan/event-store';
import { applicationAsOf, meetingIdsOfCase } from '@beslutskedjan/audit';
import { applicationIdSchema } from '../application.schemas.js';
import { getCaseDetail, listCases } from './cases.queries.js';
import { CASE_STATUSES } from './cases.views.js';

/** Staff and the board see every case; an applicant sees only their own. */
const READERS: Role[] = ['applicant', 'director', 'board_member', 'chair', 'auditor', 'admin'];
const onlyOwn = (p: Principal) => p.roles.every((r) => r === 'applicant');

const listQuery = z.object({
  status: z.enum(CASE_STATUSES).optional(),
  member: z.string().trim().min(1).max(200).optional(),
  meetingId: z.string().trim().min(1).max(100).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
  minPosition: z.string().optional(),
});

@ApiTags('applications')
@Controller()
@AllowRoles(...READERS)
export class ApplicationQueriesHttp {
  constructor(
    private readonly readModels: ReadModels,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(UPCASTERS) private readonly upcasters: Upcasters,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.timings = timingsFrom(config.reminders.timings);
  }

  /** The reminders' timings per tenant: what "running late" and "due" mean in the inbox. */
  private readonly timings: TimingsFor;

  @Get('applications')
  @ApiQueryOperation('listApplications', 'The case list, filterable by status, member, meeting and year')
  @ApiQuery({ name: 'status', required: false, enum: CASE_STATUSES })
  @ApiQuery({ name: 'member', required: false, description: 'Member kind or name, e.g. kommun' })
  @ApiQuery({ name: 'meetingId', required: false })
  @ApiQuery({ name: 'year', required: false, example: 2026 })
  @ApiQuery({ name: 'limit', required: false })
  @ApiQuery({ name: 'offset', required: false })
  async list(@Query() query: Record<string, unknown>, @CurrentPrincipal() principal: Principal) {
    const { minPosition, ...filter } = parseInput(listQuery, query, 'query');
    const db = await this.readModels.consistentWith(minPosition);
    return listCases(db, principal.tenant, { ...filter, ...(onlyOwn(principal) ? { submittedBy: principal.userId } : {}) });
  }

  @Get('applications/:applicationId')
  @ApiQueryOperation('getApplication', 'A case as it stands: content, revisions, screening findings, recommendation, decision, history')
  @ApiParam({ name: 'applicationId' })
  @ApiQuery({
    name: 'asOf',
    required: false,
    description: 'Show the case as it stood then (date-time, or a date = end of that Swedish day)',
    example: '2026-11-24',
  })
  async get(
    @Param('applicationId') applicationId: string,
    @Query('minPosition') minPosition: string | undefined,
    @Query('asOf') asOf: string | undefined,
    @CurrentPrincipal() principal: Principal,
  ) {
    const id = parseInput(applicationIdSchema, applicationId, 'applicationId');
    const db = await this.readModels.consistentWith(minPosition);
    const { tenant } = principal;
    // Time travel folds the case's own streams up to the instant; today's view reads the read model.
    const detail =
      asOf === undefined
        ? getCaseDetail(db, tenant, id)
        : await applicationAsOf(this.store, tenant, id, asOf, { upcasters: this.upcasters, meetingIds: meetingIdsOfCase(db, tenant, id) });
    if (!detail || (onlyOwn(principal) && detail.submittedBy !== principal.userId)) {
      throw new NotFoundError('APPLICATION_NOT_FOUND', `No application ${id} in this förbund`);
    }
    return detail;
  }

  @Get('inbox')
  @ApiQueryOperation(
    'getInbox',
    'What waits for me: cases to prepare, running late, supplements received, follow-ups due, votes to cast, minutes to attest',
  )
  async inbox(@Query('minPosition') minPosition: string | undefined, @CurrentPrincipal() principal: Principal) {
    const db = await this.readModels.consistentWith(minPosition);
    // One instant for the whole answer: "today" and "late" never straddle midnight.
    const now = this.clock.now().toISOString();
    const today = swedishDateOf(now) ?? now.slice(0, 10);
    return inboxFor(db, principal.tenant, { userId: principal.userId, roles: principal.roles }, today, {
      now,
      timings: this.timings,
      configuredDirectors: this.config.reminders.directorUserIds,
    });
  }
}
