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
import { addAgendaItemBody, meetingIdSchema } from '../../board.schemas.js';
import { AddAgendaItemRequested } from './add-agenda-item.handler.js';

const ROLES: Role[] = ['director', 'chair'];

@ApiTags('meetings')
@Controller('meetings')
export class AddAgendaItemHttp {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
  ) {}

  @Post(':meetingId/agenda')
  @AllowRoles(...ROLES)
  @ApiCommand('addAgendaItem', 'Put a recommended case (or a delegated decision to report) on the agenda', addAgendaItemBody)
  add(
    @Param('meetingId') meetingId: string,
    @Body() body: unknown,
    @Headers() headers: RequestHeaders,
    @CurrentPrincipal() principal: Principal,
  ) {
    const id = parseInput(meetingIdSchema, meetingId, 'meetingId');
    const { applicationId, kind } = parseInput(addAgendaItemBody, body);
    const context = this.contexts.create(headers, principal, ROLES);
    return this.commands.execute<AddAgendaItemRequested, CommandResult>(new AddAgendaItemRequested(id, applicationId, kind, context));
  }
}
