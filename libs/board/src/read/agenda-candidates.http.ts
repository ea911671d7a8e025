import { Controller, Get, Query } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { AllowRoles, CurrentPrincipal, ApiQueryOperation, parseInput, ReadModels } from '@beslutskedjan/platform';
import type { Principal, Role } from '@beslutskedjan/shared';
import { agendaCandidates } from './agenda-candidates.queries.js';

/** Whoever may put a case on an agenda sees what waits to go on one. */
const PLANNERS: Role[] = ['director', 'chair'];

const query = z.object({ limit: z.coerce.number().int().min(1).max(500).default(200), minPosition: z.string().optional() }).strict();

@ApiTags('meetings')
@Controller()
@AllowRoles(...PLANNERS)
export class AgendaCandidatesHttp {
  constructor(private readonly readModels: ReadModels) {}

  @Get('agenda-candidates')
  @ApiQueryOperation('listAgendaCandidates', 'Cases waiting for the board: recommended cases to decide, delegated decisions to report')
  @ApiQuery({ name: 'limit', required: false })
  async list(@Query() raw: Record<string, unknown>, @CurrentPrincipal() p: Principal) {
    const { limit, minPosition } = parseInput(query, raw, 'query');
    const db = await this.readModels.consistentWith(minPosition);
    return agendaCandidates(db, p.tenant, limit);
  }
}
