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
import { applicationIdSchema, decideUnderDelegationBody } from '../application.schemas.js';
import { toTerms } from '../http/application-command.js';
import { DecideUnderDelegationRequested } from './decide-under-delegation.handler.js';

const ROLES: Role[] = ['director'];

@ApiTags('applications')
@Controller('applications')
export class DecideUnderDelegationHttp {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
  ) {}

  @Post(':applicationId/delegated-decision')
  @AllowRoles(...ROLES)
  @ApiCommand(
    'decideUnderDelegation',
    'Decide a small case alone under delegation (delegationsbeslut); it is reported to the next board meeting',
    decideUnderDelegationBody,
  )
  decide(
    @Param('applicationId') applicationId: string,
    @Body() body: unknown,
    @Headers() headers: RequestHeaders,
    @CurrentPrincipal() principal: Principal,
  ) {
    const id = parseInput(applicationIdSchema, applicationId, 'applicationId');
    const input = parseInput(decideUnderDelegationBody, body);
    const context = this.contexts.create(headers, principal, ROLES);
    const data = {
      applicationId: id,
      decision: input.decision,
      motivation: input.motivation,
      ...(input.terms ? { terms: toTerms(input.terms) } : {}),
    };
    return this.commands.execute<DecideUnderDelegationRequested, CommandResult>(new DecideUnderDelegationRequested(data, context));
  }
}
