import {
  newIdFor,
  AllowRoles,
  CurrentPrincipal,
  CommandContextFactory,
  type RequestHeaders,
  type CommandResult,
  ApiCommand,
  parseInput,
} from '@beslutskedjan/platform';
import { Body, Controller, Param, Post, Headers } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { Principal, Role } from '@beslutskedjan/shared';
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
