import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { AllowRoles, CurrentPrincipal, ApiQueryOperation, isoDate, parseInput, ReadModels } from '@beslutskedjan/platform';
import { CLOCK, type Clock, NotFoundError, ROLES, type Principal } from '@beslutskedjan/shared';
import { swedishDateOf } from '../dates.js';
import { policyIdSchema, revisionSchema } from '../policy.schemas.js';
import { diffPolicyVersions } from './diff-policy-versions.js';
import { getVersion, listVersions, versionInForce } from './policy-versions.queries.js';

/** A policy is a public document of the förbund: every role may read it. */
const READERS = [...ROLES];

@ApiTags('policy')
@Controller('policies')
@AllowRoles(...READERS)
export class PolicyQueriesHttp {
  constructor(
    private readonly readModels: ReadModels,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get(':policyId/versions')
  @ApiQueryOperation('getPolicyVersions', 'All versions of a policy with their adoption data')
  @ApiParam({ name: 'policyId', example: 'asf' })
  async versions(
    @Param('policyId') policyId: string,
    @Query('minPosition') minPosition: string | undefined,
    @CurrentPrincipal() p: Principal,
  ) {
    const id = parseInput(policyIdSchema, policyId, 'policyId');
    const db = await this.readModels.consistentWith(minPosition);
    const versions = listVersions(db, p.tenant, id);
    if (versions.length === 0) throw new NotFoundError('POLICY_NOT_FOUND', `No policy ${id} in this förbund`);
    return { policyId: id, versions };
  }

  @Get(':policyId/in-force')
  @ApiQueryOperation('getPolicyInForce', 'The version in force on a date (default: today)')
  @ApiParam({ name: 'policyId', example: 'asf' })
  @ApiQuery({ name: 'date', required: false, example: '2012-01-01' })
  async inForce(
    @Param('policyId') policyId: string,
    @Query('date') date: string | undefined,
    @Query('minPosition') minPosition: string | undefined,
    @CurrentPrincipal() p: Principal,
  ) {
    const id = parseInput(policyIdSchema, policyId, 'policyId');
    // "Today" is the Swedish calendar day, as in the deciders.
    const on = date === undefined ? swedishDateOf(this.clock.now().toISOString())! : parseInput(isoDate(), date, 'date');
    const db = await this.readModels.consistentWith(minPosition);
    const version = versionInForce(db, p.tenant, on, id);
    if (!version)
      throw new NotFoundError('NO_POLICY_IN_FORCE', `No version of policy ${id} was in force on ${on}`, { policyId: id, date: on });
    return version;
  }

  @Get(':policyId/diff')
  @ApiQueryOperation('diffPolicyVersions', 'What changed between two versions: text and rules')
  @ApiParam({ name: 'policyId', example: 'asf' })
  @ApiQuery({ name: 'from', example: 2 })
  @ApiQuery({ name: 'to', example: 4 })
  async diff(@Param('policyId') policyId: string, @Query() query: Record<string, unknown>, @CurrentPrincipal() p: Principal) {
    const id = parseInput(policyIdSchema, policyId, 'policyId');
    const { from, to, minPosition } = parseInput(diffQuery, query, 'query');
    const db = await this.readModels.consistentWith(minPosition);
    const [a, b] = [from, to].map((revision) => {
      const version = getVersion(db, p.tenant, id, revision);
      if (!version)
        throw new NotFoundError('POLICY_REVISION_NOT_FOUND', `Policy ${id} has no revision ${revision}`, { policyId: id, revision });
      return version;
    });
    return diffPolicyVersions(a!, b!);
  }
}

const diffQuery = z.object({ from: revisionSchema, to: revisionSchema, minPosition: z.string().optional() });
