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
  parseInput,
  emptyBody,
} from '@beslutskedjan/platform';
import type { Principal, Role } from '@beslutskedjan/shared';
import { applicationIdSchema } from '../application.schemas.js';
import { TakeCaseEnvelope } from './take-case.handler.js';

const ROLES: Role[] = ['director'];

@ApiTags('applications')
@Controller('applications')
export class TakeCaseHttp {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
  ) {}

  @Post(':applicationId/preparation')
  @AllowRoles(...ROLES)
  @ApiCommand('takeCase', 'Take the case for preparation (beredning)', emptyBody)
  handle(@Param('applicationId') applicationId: string, @Headers() headers: RequestHeaders, @CurrentPrincipal() principal: Principal) {
    const id = parseInput(applicationIdSchema, applicationId, 'applicationId');
    const context = this.contexts.create(headers, principal, ROLES);
    return this.commands.execute<TakeCaseEnvelope, CommandResult>(new TakeCaseEnvelope({ applicationId: id }, context));
  }
}
