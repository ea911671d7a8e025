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
import { endMembershipBody, appointmentIdSchema } from '../../board.schemas.js';
import { EndBoardMembershipEnvelope } from './end-board-membership.handler.js';

const ROLES: Role[] = ['admin', 'director'];

@ApiTags('board')
@Controller('board')
export class EndBoardMembershipHttp {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
  ) {}

  @Post('appointments/:appointmentId/end')
  @AllowRoles(...ROLES)
  @ApiCommand('endBoardMembership', 'End a board appointment (the person leaves the board)', endMembershipBody)
  handle(
    @Param('appointmentId') appointmentId: string,
    @Body() body: unknown,
    @Headers() headers: RequestHeaders,
    @CurrentPrincipal() principal: Principal,
  ) {
    const context = this.contexts.create(headers, principal, ROLES);
    return this.commands.execute<EndBoardMembershipEnvelope, CommandResult>(
      new EndBoardMembershipEnvelope(
        { ...parseInput(endMembershipBody, body), appointmentId: parseInput(appointmentIdSchema, appointmentId, 'appointmentId') },
        context,
      ),
    );
  }
}
