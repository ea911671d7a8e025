import { Controller, Param, Post, Headers } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { AllowRoles, CurrentPrincipal } from '../../../platform/src/auth/auth.decorators.js';
import { CommandContextFactory, type RequestHeaders } from '../../../platform/src/commands/command-context.factory.js';
import type { CommandResult } from '../../../platform/src/commands/command-executor.js';
import { ApiCommand } from '../../../platform/src/http/api-docs.js';
import { parseInput } from '../../../platform/src/http/validation.js';
import type { Principal, Role } from '../../../shared/src/identity.js';
import { applicationIdSchema } from '../application.schemas.js';
import { emptyBody } from '../../../platform/src/http/validation.js';
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
