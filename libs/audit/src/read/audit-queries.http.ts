import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { PEOPLE, PeopleDirectory } from '@beslutskedjan/people';
import { AllowRoles, CurrentPrincipal, ApiQueryOperation, parseInput, ReadModels } from '@beslutskedjan/platform';
import type { Principal } from '@beslutskedjan/shared';
import { namesIn } from '../timeline/load-case-timeline.js';
import { CASE_AUDIT_READERS } from '../timeline/case-timeline.http.js';
import { parseAuditLogQuery } from './audit-log.filter.js';
import { listAuditLog } from './audit-log.queries.js';
import { decisionsUnderPolicyVersion } from './decisions.queries.js';
import { recusalsOf } from './recusals.queries.js';

const decisionsQuery = z.object({
  policyId: z
    .string()
    .trim()
    .regex(/^[a-z0-9_-]{1,60}$/, 'must be a policy id'),
  revision: z.coerce.number().int().positive(),
  minPosition: z.string().optional(),
});
const recusalsQuery = z.object({ personId: z.string().trim().min(1).max(200), minPosition: z.string().optional() });

@ApiTags('audit')
@Controller('audit')
export class AuditQueriesHttp {
  constructor(
    private readonly readModels: ReadModels,
    @Inject(PEOPLE) private readonly people: PeopleDirectory,
  ) {}

  @Get('log')
  @AllowRoles('auditor', 'admin')
  @ApiQueryOperation('getAuditLog', 'Every event of the förbund in commit order: who, when, what it concerns; filterable and paged')
  @ApiQuery({ name: 'actor', required: false, description: 'User id' })
  @ApiQuery({ name: 'type', required: false, description: 'Event type(s), comma-separated, e.g. OutcomeRecorded,DecidedUnderDelegation' })
  @ApiQuery({ name: 'applicationId', required: false, description: 'Everything concerning one case' })
  @ApiQuery({ name: 'meetingId', required: false })
  @ApiQuery({ name: 'initiativeId', required: false })
  @ApiQuery({ name: 'from', required: false, example: '2026-01-01' })
  @ApiQuery({ name: 'to', required: false, example: '2026-12-31' })
  @ApiQuery({ name: 'cursor', required: false, description: 'nextCursor of the previous page' })
  @ApiQuery({ name: 'offset', required: false })
  @ApiQuery({ name: 'limit', required: false, description: 'At most 500' })
  async log(@Query() query: Record<string, unknown>, @CurrentPrincipal() p: Principal) {
    const { filter, minPosition } = parseAuditLogQuery(query);
    const db = await this.readModels.consistentWith(minPosition);
    const page = listAuditLog(db, p.tenant, filter);
    const nameOf = namesIn(this.people, p.tenant);
    return { ...page, items: page.items.map((e) => ({ ...e, actor: { ...e.actor, name: nameOf(e.actor.userId) } })) };
  }

  @Get('decisions')
  @AllowRoles(...CASE_AUDIT_READERS)
  @ApiQueryOperation('getDecisionsUnderPolicyVersion', 'Board outcomes and delegated decisions taken under one policy version')
  @ApiQuery({ name: 'policyId', required: true, example: 'asf' })
  @ApiQuery({ name: 'revision', required: true, example: 2 })
  async decisions(@Query() query: Record<string, unknown>, @CurrentPrincipal() p: Principal) {
    const { policyId, revision, minPosition } = parseInput(decisionsQuery, query, 'query');
    const db = await this.readModels.consistentWith(minPosition);
    return { policyId, revision, decisions: decisionsUnderPolicyVersion(db, p.tenant, policyId, revision) };
  }

  @Get('recusals')
  @AllowRoles(...CASE_AUDIT_READERS)
  @ApiQueryOperation('getRecusals', 'Every conflict of interest (jäv) a board member declared: meeting, item, case and reason')
  @ApiQuery({ name: 'personId', required: true })
  async recusals(@Query() query: Record<string, unknown>, @CurrentPrincipal() p: Principal) {
    const { personId, minPosition } = parseInput(recusalsQuery, query, 'query');
    const db = await this.readModels.consistentWith(minPosition);
    return { personId, name: namesIn(this.people, p.tenant)(personId), recusals: recusalsOf(db, p.tenant, personId) };
  }
}
