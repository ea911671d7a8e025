import { Controller, Param, Post, Headers } from '@nestjs/common';
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
import { meetingIdSchema, itemNoSchema } from '../../board.schemas.js';
import { CloseAgendaItemEnvelope } from './close-agenda-item.handler.js';

const ROLES: Role[] = ['chair'];
const meeting = (v: string) => parseInput(meetingIdSchema, v, 'meetingId');
const item = (v: string) => parseInput(itemNoSchema, v, 'itemNo');

@ApiTags('meetings')
@Controller('meetings')
export class CloseAgendaItemHttp {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
  ) {}

  @Post(':meetingId/items/:itemNo/closing')
  @AllowRoles(...ROLES)
  @ApiCommand('closeAgendaItem', 'Close an agenda item', emptyBody)
  handle(
    @Param('meetingId') meetingId: string,
    @Param('itemNo') itemNo: string,
    @Headers() headers: RequestHeaders,
    @CurrentPrincipal() principal: Principal,
  ) {
    const context = this.contexts.create(headers, principal, ROLES);
    return this.commands.execute<CloseAgendaItemEnvelope, CommandResult>(
      new CloseAgendaItemEnvelope({ meetingId: meeting(meetingId), itemNo: item(itemNo) }, context),
    );
  }
}
