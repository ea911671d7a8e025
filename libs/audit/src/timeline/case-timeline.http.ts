import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { EVENT_STORE, type EventStore } from '../../../event-store/src/event-store.port.js';
import { Upcasters } from '../../../event-store/src/upcasting.js';
import { applicationIdSchema } from '../../../application/src/application.schemas.js';
import { PEOPLE, PeopleDirectory } from '../../../people/src/people-directory.js';
import { AllowRoles, CurrentPrincipal } from '../../../platform/src/auth/auth.decorators.js';
import { UPCASTERS } from '../../../platform/src/commands/command-executor.js';
import { ApiQueryOperation } from '../../../platform/src/http/api-docs.js';
import { parseInput } from '../../../platform/src/http/validation.js';
import { ReadModels } from '../../../platform/src/persistence/read-models.js';
import { NotFoundError } from '../../../shared/src/errors.js';
import type { Principal, Role } from '../../../shared/src/identity.js';
import { meetingIdsOfCase } from '../read/audit-log.queries.js';
import { loadCaseTimeline } from './load-case-timeline.js';

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
  async timeline(
    @Param('applicationId') applicationId: string,
    @Query('minPosition') minPosition: string | undefined,
    @CurrentPrincipal() p: Principal,
  ) {
    const id = parseInput(applicationIdSchema, applicationId, 'applicationId');
    const db = await this.readModels.consistentWith(minPosition);
    const timeline = await loadCaseTimeline(
      { store: this.store, upcasters: this.upcasters, people: this.people },
      p.tenant,
      id,
      meetingIdsOfCase(db, p.tenant, id),
    );
    if (!timeline) throw new NotFoundError('APPLICATION_NOT_FOUND', `No application ${id} in this förbund`);
    return timeline;
  }
}
