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
import { recusalBody, meetingIdSchema, itemNoSchema } from '../../board.schemas.js';
import { DeclareRecusalEnvelope } from './declare-recusal.handler.js';

const ROLES: Role[] = ['board_member', 'chair'];
const meeting = (v: string) => parseInput(meetingIdSchema, v, 'meetingId');
const item = (v: string) => parseInput(itemNoSchema, v, 'itemNo');

@ApiTags('meetings')
@Controller('meetings')
export class DeclareRecusalHttp {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
  ) {}

  @Post(':meetingId/items/:itemNo/recusals')
  @AllowRoles(...ROLES)
  @ApiCommand('declareRecusal', 'Declare a conflict of interest (jäv) on an item: you take no part in it', recusalBody)
  handle(
    @Param('meetingId') meetingId: string,
    @Param('itemNo') itemNo: string,
    @Body() body: unknown,
    @Headers() headers: RequestHeaders,
    @CurrentPrincipal() principal: Principal,
  ) {
    const context = this.contexts.create(headers, principal, ROLES);
    return this.commands.execute<DeclareRecusalEnvelope, CommandResult>(
      new DeclareRecusalEnvelope(
        { ...parseInput(recusalBody, body), meetingId: meeting(meetingId), itemNo: item(itemNo), personId: principal.userId },
        context,
      ),
    );
  }
}
