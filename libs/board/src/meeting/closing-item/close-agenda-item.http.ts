import { Controller, Param, Post, Headers } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { AllowRoles, CurrentPrincipal } from '../../../../platform/src/auth/auth.decorators.js';
import { CommandContextFactory, type RequestHeaders } from '../../../../platform/src/commands/command-context.factory.js';
import type { CommandResult } from '../../../../platform/src/commands/command-executor.js';
import { ApiCommand } from '../../../../platform/src/http/api-docs.js';
import { emptyBody, parseInput } from '../../../../platform/src/http/validation.js';
import type { Principal, Role } from '../../../../shared/src/identity.js';
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
