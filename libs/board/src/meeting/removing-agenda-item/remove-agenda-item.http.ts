import { Controller, Headers, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import {
  AllowRoles,
  CurrentPrincipal,
  CommandContextFactory,
  type RequestHeaders,
  type CommandResult,
  ApiCommand,
  emptyBody,
  parseInput,
} from '@beslutskedjan/platform';
import type { Principal, Role } from '@beslutskedjan/shared';
import { itemNoSchema, meetingIdSchema } from '../../board.schemas.js';
import { MeetingCommandEnvelope } from '../../http/meeting-command.handler.js';

/** Whoever may put a case on the agenda may take it off again, before the meeting. */
const ROLES: Role[] = ['director', 'chair'];

@ApiTags('meetings')
@Controller('meetings')
export class RemoveAgendaItemHttp {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
  ) {}

  @Post(':meetingId/agenda/:itemNo/removal')
  @AllowRoles(...ROLES)
  @ApiCommand('removeAgendaItem', 'Take an item off the agenda before the meeting is opened', emptyBody)
  handle(
    @Param('meetingId') meetingId: string,
    @Param('itemNo') itemNo: string,
    @Headers() headers: RequestHeaders,
    @CurrentPrincipal() principal: Principal,
  ) {
    const data = { meetingId: parseInput(meetingIdSchema, meetingId, 'meetingId'), itemNo: parseInput(itemNoSchema, itemNo, 'itemNo') };
    const context = this.contexts.create(headers, principal, ROLES);
    return this.commands.execute<MeetingCommandEnvelope, CommandResult>(new MeetingCommandEnvelope('RemoveAgendaItem', data, context));
  }
}
