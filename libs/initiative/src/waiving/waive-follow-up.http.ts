import { Body, Controller, Param, Post, Headers } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { AllowRoles, CurrentPrincipal } from '../../../platform/src/auth/auth.decorators.js';
import { CommandContextFactory, type RequestHeaders } from '../../../platform/src/commands/command-context.factory.js';
import type { CommandResult } from '../../../platform/src/commands/command-executor.js';
import { ApiCommand } from '../../../platform/src/http/api-docs.js';
import { parseInput } from '../../../platform/src/http/validation.js';
import type { Principal, Role } from '../../../shared/src/identity.js';
import { itemPath } from '../http/initiative-command.js';
import { waiveFollowUpBody } from '../initiative.schemas.js';
import { WaiveFollowUpEnvelope } from './waive-follow-up.handler.js';

const ROLES: Role[] = ['director'];

@ApiTags('initiatives')
@Controller('initiatives')
export class WaiveFollowUpHttp {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
  ) {}

  @Post(':initiativeId/follow-ups/:n/waiver')
  @AllowRoles(...ROLES)
  @ApiCommand('waiveFollowUp', 'Waive an item of the follow-up plan, with the reason on record', waiveFollowUpBody)
  handle(
    @Param('initiativeId') initiativeId: string,
    @Param('n') n: string,
    @Body() body: unknown,
    @Headers() headers: RequestHeaders,
    @CurrentPrincipal() principal: Principal,
  ) {
    const target = itemPath(initiativeId, n);
    const input = parseInput(waiveFollowUpBody, body);
    const context = this.contexts.create(headers, principal, ROLES);
    return this.commands.execute<WaiveFollowUpEnvelope, CommandResult>(new WaiveFollowUpEnvelope({ ...input, ...target }, context));
  }
}
