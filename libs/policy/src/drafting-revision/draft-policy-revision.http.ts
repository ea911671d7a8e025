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
import { draftPolicyRevisionBody, policyIdSchema } from '../policy.schemas.js';
import { DraftPolicyRevisionEnvelope } from './draft-policy-revision.handler.js';

/** The director prepares policy texts for the board; the administrator keeps the policy register and may enter a revision (issue 14 §4). */
const DRAFTERS: Role[] = ['director', 'admin'];

@ApiTags('policy')
@Controller('policies')
export class DraftPolicyRevisionHttp {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
  ) {}

  @Post(':policyId/revisions')
  @AllowRoles(...DRAFTERS)
  @ApiCommand('draftPolicyRevision', 'Draft a new revision of a policy (title, markdown text, structured rules)', draftPolicyRevisionBody)
  draft(
    @Param('policyId') policyId: string,
    @Body() body: unknown,
    @Headers() headers: RequestHeaders,
    @CurrentPrincipal() principal: Principal,
  ) {
    const data = { ...parseInput(draftPolicyRevisionBody, body), policyId: parseInput(policyIdSchema, policyId, 'policyId') };
    const context = this.contexts.create(headers, principal, DRAFTERS);
    return this.commands.execute<DraftPolicyRevisionEnvelope, CommandResult>(new DraftPolicyRevisionEnvelope(data, context));
  }
}
