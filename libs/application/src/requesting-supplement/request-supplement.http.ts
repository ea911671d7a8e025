import { newIdFor } from '../../../platform/src/commands/event-ids.js';
import { Body, Controller, Param, Post, Headers } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { AllowRoles, CurrentPrincipal } from '../../../platform/src/auth/auth.decorators.js';
import { CommandContextFactory, type RequestHeaders } from '../../../platform/src/commands/command-context.factory.js';
import type { CommandResult } from '../../../platform/src/commands/command-executor.js';
import { ApiCommand } from '../../../platform/src/http/api-docs.js';
import { parseInput } from '../../../platform/src/http/validation.js';
import type { Principal, Role } from '../../../shared/src/identity.js';
import { applicationIdSchema, requestSupplementBody } from '../application.schemas.js';
import { RequestSupplementEnvelope } from './request-supplement.handler.js';

const ROLES: Role[] = ['director'];

@ApiTags('applications')
@Controller('applications')
export class RequestSupplementHttp {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
  ) {}

  @Post(':applicationId/supplement-requests')
  @AllowRoles(...ROLES)
  @ApiCommand('requestSupplement', 'Ask the applicant for more information (komplettering) by a due date', requestSupplementBody)
  handle(
    @Param('applicationId') applicationId: string,
    @Body() body: unknown,
    @Headers() headers: RequestHeaders,
    @CurrentPrincipal() principal: Principal,
  ) {
    const id = parseInput(applicationIdSchema, applicationId, 'applicationId');
    const context = this.contexts.create(headers, principal, ROLES);
    return this.commands.execute<RequestSupplementEnvelope, CommandResult>(
      new RequestSupplementEnvelope(
        { ...parseInput(requestSupplementBody, body), applicationId: id, requestId: newIdFor(context, 'supplement-request') },
        context,
      ),
    );
  }
}
