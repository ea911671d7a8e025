import { Controller, Get, Param } from '@nestjs/common';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { AllowRoles, CurrentPrincipal, CommandExecutor, ApiQueryOperation, parseInput } from '@beslutskedjan/platform';
import { criteriaChecklist, Registers } from '@beslutskedjan/registers';
import { NotFoundError, type Principal, type Role } from '@beslutskedjan/shared';
import { applicationDecider } from '../application.decider.js';
import { applicationStreamId } from '../application.events.js';
import { applicationIdSchema } from '../application.schemas.js';
import { latestRevision } from '../application.state.js';

const READERS: Role[] = ['director', 'chair', 'board_member', 'auditor'];

/**
 * The four ASF criteria of the provider the case names, as a checklist for the preparation: each
 * criterion in the seed's words with the director's latest answer, date, source and the policy
 * versions it was assessed under. The director answers with assessProviderCriteria.
 */
@ApiTags('applications')
@Controller('applications')
@AllowRoles(...READERS)
export class ProviderChecklistHttp {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly registers: Registers,
  ) {}

  @Get(':applicationId/provider-checklist')
  @ApiParam({ name: 'applicationId' })
  @ApiQueryOperation('getProviderChecklist', 'The four ASF criteria of the case’s provider, with the latest assessment')
  async checklist(@Param('applicationId') applicationId: string, @CurrentPrincipal() principal: Principal) {
    const id = parseInput(applicationIdSchema, applicationId, 'applicationId');
    const { state } = await this.executor.load(applicationStreamId(principal.tenant, id), applicationDecider);
    if (state.status === 'none')
      throw new NotFoundError('APPLICATION_NOT_FOUND', `No application ${id} in this förbund`, { applicationId: id });
    const { provider } = latestRevision(state).content;
    if (provider.isMember)
      return { applicationId: id, applicable: false, reason: 'The work happens in a member’s own operation', provider };
    const checklist = criteriaChecklist(await this.registers.providers(principal.tenant), provider.organisationNumber);
    return { applicationId: id, applicable: true, provider, checklist };
  }
}
