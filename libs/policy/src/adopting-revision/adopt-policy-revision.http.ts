import { Body, Controller, Param, Post, Headers } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import {
  AllowRoles,
  CurrentPrincipal,
  CommandContextFactory,
  type RequestHeaders,
  type CommandResult,
  ApiCommand,
  parseInput,
} from '@beslutskedjan/platform';
import type { Principal, Role } from '@beslutskedjan/shared';
import { adoptPolicyRevisionBody, policyIdSchema, revisionSchema } from '../policy.schemas.js';
import { AdoptPolicyRevisionEnvelope } from './adopt-policy-revision.handler.js';

/** The board's decision is recorded by its chair, the director as the board's secretary, or the administrator who keeps the policy register (issue 14 §4). */
const RECORDERS: Role[] = ['chair', 'director', 'admin'];

@ApiTags('policy')
@Controller('policies')
export class AdoptPolicyRevisionHttp {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
  ) {}

  @Post(':policyId/revisions/:revision/adoption')
  @AllowRoles(...RECORDERS)
  @ApiCommand('adoptPolicyRevision', "Record the board's adoption (fastställande) of a drafted revision", adoptPolicyRevisionBody)
  adopt(
    @Param('policyId') policyId: string,
    @Param('revision') revision: string,
    @Body() body: unknown,
    @Headers() headers: RequestHeaders,
    @CurrentPrincipal() principal: Principal,
  ) {
    const data = {
      ...parseInput(adoptPolicyRevisionBody, body),
      policyId: parseInput(policyIdSchema, policyId, 'policyId'),
      revision: parseInput(revisionSchema, revision, 'revision'),
    };
    const context = this.contexts.create(headers, principal, RECORDERS);
    return this.commands.execute<AdoptPolicyRevisionEnvelope, CommandResult>(new AdoptPolicyRevisionEnvelope(data, context));
  }
}
