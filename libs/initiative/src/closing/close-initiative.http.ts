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
import { initiativePath } from '../http/initiative-command.js';
import { closeInitiativeBody } from '../initiative.schemas.js';
import { CloseInitiativeEnvelope } from './close-initiative.handler.js';

const ROLES: Role[] = ['director'];

@ApiTags('initiatives')
@Controller('initiatives')
export class CloseInitiativeHttp {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
  ) {}

  @Post(':initiativeId/closing')
  @AllowRoles(...ROLES)
  @ApiCommand('closeInitiative', 'Close the initiative (avslutad insats) once its final report is accepted', closeInitiativeBody)
  handle(
    @Param('initiativeId') initiativeId: string,
    @Body() body: unknown,
    @Headers() headers: RequestHeaders,
    @CurrentPrincipal() principal: Principal,
  ) {
    const target = { initiativeId: initiativePath(initiativeId) };
    const input = parseInput(closeInitiativeBody, body);
    const context = this.contexts.create(headers, principal, ROLES);
    return this.commands.execute<CloseInitiativeEnvelope, CommandResult>(new CloseInitiativeEnvelope({ ...input, ...target }, context));
  }
}
