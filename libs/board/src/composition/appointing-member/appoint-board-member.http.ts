import { Body, Controller, Post, Headers } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { AllowRoles, CurrentPrincipal } from '../../../../platform/src/auth/auth.decorators.js';
import { CommandContextFactory, type RequestHeaders } from '../../../../platform/src/commands/command-context.factory.js';
import type { CommandResult } from '../../../../platform/src/commands/command-executor.js';
import { newIdFor } from '../../../../platform/src/commands/event-ids.js';
import { ApiCommand } from '../../../../platform/src/http/api-docs.js';
import { parseInput } from '../../../../platform/src/http/validation.js';
import type { Principal, Role } from '../../../../shared/src/identity.js';
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
