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
import { rescheduleFollowUpBody } from '../initiative.schemas.js';
import { RescheduleFollowUpEnvelope } from './reschedule-follow-up.handler.js';

const ROLES: Role[] = ['director'];

@ApiTags('initiatives')
@Controller('initiatives')
export class RescheduleFollowUpHttp {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
  ) {}

  @Post(':initiativeId/follow-ups/:n/reschedule')
  @AllowRoles(...ROLES)
  @ApiCommand(
    'rescheduleFollowUp',
    'Move a due date of the follow-up plan, with the reason; the old date stays on record',
    rescheduleFollowUpBody,
  )
  handle(
    @Param('initiativeId') initiativeId: string,
    @Param('n') n: string,
    @Body() body: unknown,
    @Headers() headers: RequestHeaders,
    @CurrentPrincipal() principal: Principal,
  ) {
    const target = itemPath(initiativeId, n);
    const input = parseInput(rescheduleFollowUpBody, body);
    const context = this.contexts.create(headers, principal, ROLES);
    return this.commands.execute<RescheduleFollowUpEnvelope, CommandResult>(
      new RescheduleFollowUpEnvelope({ ...input, ...target }, context),
    );
  }
}
