import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { AllowRoles, CurrentPrincipal, ApiQueryOperation, isoDate, parseInput, ReadModels, UPCASTERS } from '@beslutskedjan/platform';
import { NotFoundError, type Principal, type Role } from '@beslutskedjan/shared';
import { EVENT_STORE, type EventStore, Upcasters } from '@beslutskedjan/event-store';
import { initiativeAsOf } from '@beslutskedjan/audit';
import { initiativeIdSchema } from '../initiative.schemas.js';
import { INITIATIVE_STATUSES } from './initiatives.schema.js';
import { getInitiative, listInitiatives } from './initiatives.queries.js';

/** Staff and the board see every initiative; an applicant only those they report on. */
const READERS: Role[] = ['applicant', 'director', 'board_member', 'chair', 'auditor', 'admin'];
const onlyOwn = (p: Principal) => p.roles.every((r) => r === 'applicant');

const listQuery = z.object({
  status: z.enum(INITIATIVE_STATUSES).optional(),
  dueBefore: isoDate().optional(),
  contactUserId: z.string().trim().min(1).max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
  minPosition: z.string().optional(),
});

@ApiTags('initiatives')
@Controller('initiatives')
@AllowRoles(...READERS)
export class InitiativeQueriesHttp {
  constructor(
    private readonly readModels: ReadModels,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(UPCASTERS) private readonly upcasters: Upcasters,
  ) {}

  @Get()
  @ApiQueryOperation('listInitiatives', 'Funded initiatives with their next follow-up due date, filterable by status, due date and contact')
  @ApiQuery({ name: 'status', required: false, enum: INITIATIVE_STATUSES })
  @ApiQuery({ name: 'dueBefore', required: false, description: 'Only those with a report due before this date', example: '2027-04-01' })
  @ApiQuery({ name: 'contactUserId', required: false })
  @ApiQuery({ name: 'limit', required: false })
  @ApiQuery({ name: 'offset', required: false })
  async list(@Query() query: Record<string, unknown>, @CurrentPrincipal() principal: Principal) {
    const { minPosition, ...filter } = parseInput(listQuery, query, 'query');
    const db = await this.readModels.consistentWith(minPosition);
    return listInitiatives(db, principal.tenant, { ...filter, ...(onlyOwn(principal) ? { contactUserId: principal.userId } : {}) });
  }

  @Get(':initiativeId')
  @ApiQueryOperation('getInitiative', 'An initiative with its follow-up plan, reports, reviews, reschedules, waivers and history')
  @ApiParam({ name: 'initiativeId' })
  @ApiQuery({ name: 'asOf', required: false, description: 'Show the initiative as it stood then', example: '2027-05-01' })
  async get(
    @Param('initiativeId') initiativeId: string,
    @Query('minPosition') minPosition: string | undefined,
    @Query('asOf') asOf: string | undefined,
    @CurrentPrincipal() principal: Principal,
  ) {
    const id = parseInput(initiativeIdSchema, initiativeId, 'initiativeId');
    const db = await this.readModels.consistentWith(minPosition);
    const detail =
      asOf === undefined
        ? getInitiative(db, principal.tenant, id)
        : await initiativeAsOf(this.store, principal.tenant, id, asOf, { upcasters: this.upcasters });
    if (!detail || (onlyOwn(principal) && detail.contactUserId !== principal.userId)) {
      throw new NotFoundError('INITIATIVE_NOT_FOUND', `No initiative ${id} in this förbund`);
    }
    return detail;
  }
}
