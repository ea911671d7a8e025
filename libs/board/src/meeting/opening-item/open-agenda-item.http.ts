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
import { OpenAgendaItemEnvelope } from './open-agenda-item.handler.js';

const ROLES: Role[] = ['chair'];
const meeting = (v: string) => parseInput(meetingIdSchema, v, 'meetingId');
const item = (v: string) => parseInput(itemNoSchema, v, 'itemNo');

@ApiTags('meetings')
@Controller('meetings')
export class OpenAgendaItemHttp {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
  ) {}

  @Post(':meetingId/items/:itemNo/opening')
  @AllowRoles(...ROLES)
  @ApiCommand('openAgendaItem', 'Open an agenda item (the chair takes it up)', emptyBody)
  handle(
    @Param('meetingId') meetingId: string,
    @Param('itemNo') itemNo: string,
    @Headers() headers: RequestHeaders,
    @CurrentPrincipal() principal: Principal,
  ) {
    const context = this.contexts.create(headers, principal, ROLES);
    return this.commands.execute<OpenAgendaItemEnvelope, CommandResult>(
      new OpenAgendaItemEnvelope({ meetingId: meeting(meetingId), itemNo: item(itemNo) }, context),
    );
  }
}
