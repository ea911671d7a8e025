import { Body, Controller, Post, Headers } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import {
  AllowRoles,
  CurrentPrincipal,
  CommandContextFactory,
  type RequestHeaders,
  type CommandResult,
  newIdFor,
  ApiCommand,
  parseInput,
} from '@beslutskedjan/platform';
import type { Principal, Role } from '@beslutskedjan/shared';
import { appointBody } from '../../board.schemas.js';
import { AppointBoardMemberEnvelope } from './appoint-board-member.handler.js';

const ROLES: Role[] = ['admin', 'director'];

@ApiTags('board')
@Controller('board')
export class AppointBoardMemberHttp {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
  ) {}

  @Post('appointments')
  @AllowRoles(...ROLES)
  @ApiCommand('appointBoardMember', 'Appoint a board member, substitute or chair for a term, for a member organisation', appointBody)
  async handle(
    @Body() body: unknown,
    @Headers() headers: RequestHeaders,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CommandResult & { appointmentId: string }> {
    const context = this.contexts.create(headers, principal, ROLES);
    const appointmentId = newIdFor(context, 'appointment');
    // The appointment's id is what ending the membership later needs; it is returned, not guessed.
    const result = await this.commands.execute<AppointBoardMemberEnvelope, CommandResult>(
      new AppointBoardMemberEnvelope({ ...parseInput(appointBody, body), appointmentId }, context),
    );
    return { ...result, appointmentId };
  }
}
