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
import { applicationIdSchema, withdrawBody } from '../application.schemas.js';
import { WithdrawApplicationEnvelope } from './withdraw-application.handler.js';

const ROLES: Role[] = ['applicant'];

@ApiTags('applications')
@Controller('applications')
export class WithdrawApplicationHttp {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
  ) {}

  @Post(':applicationId/withdrawal')
  @AllowRoles(...ROLES)
  @ApiCommand('withdrawApplication', 'Withdraw an application (by its applicant)', withdrawBody)
  handle(
    @Param('applicationId') applicationId: string,
    @Body() body: unknown,
    @Headers() headers: RequestHeaders,
    @CurrentPrincipal() principal: Principal,
  ) {
    const id = parseInput(applicationIdSchema, applicationId, 'applicationId');
    const context = this.contexts.create(headers, principal, ROLES);
    return this.commands.execute<WithdrawApplicationEnvelope, CommandResult>(
      new WithdrawApplicationEnvelope({ ...parseInput(withdrawBody, body), applicationId: id }, context),
    );
  }
}
