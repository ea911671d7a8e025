import { Body, Controller, Param, Post, Headers } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { AllowRoles, CurrentPrincipal } from '../../../platform/src/auth/auth.decorators.js';
import { CommandContextFactory, type RequestHeaders } from '../../../platform/src/commands/command-context.factory.js';
import type { CommandResult } from '../../../platform/src/commands/command-executor.js';
import { ApiCommand } from '../../../platform/src/http/api-docs.js';
import { parseInput } from '../../../platform/src/http/validation.js';
import type { Principal, Role } from '../../../shared/src/identity.js';
import { itemPath } from '../http/initiative-command.js';
import { submitFollowUpReportBody } from '../initiative.schemas.js';
import { SubmitFollowUpReportEnvelope } from './submit-follow-up-report.handler.js';

const ROLES: Role[] = ['applicant'];

@ApiTags('initiatives')
@Controller('initiatives')
export class SubmitFollowUpReportHttp {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
  ) {}

  @Post(':initiativeId/follow-ups/:n/reports')
  @AllowRoles(...ROLES)
  @ApiCommand(
    'submitFollowUpReport',
    'Submit the report (or registration confirmation) for an item of the follow-up plan; only the contact of the initiative',
    submitFollowUpReportBody,
  )
  handle(
    @Param('initiativeId') initiativeId: string,
    @Param('n') n: string,
    @Body() body: unknown,
    @Headers() headers: RequestHeaders,
    @CurrentPrincipal() principal: Principal,
  ) {
    const target = itemPath(initiativeId, n);
    const input = parseInput(submitFollowUpReportBody, body);
    const context = this.contexts.create(headers, principal, ROLES);
    return this.commands.execute<SubmitFollowUpReportEnvelope, CommandResult>(
      new SubmitFollowUpReportEnvelope({ ...input, ...target }, context),
    );
  }
}
