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
