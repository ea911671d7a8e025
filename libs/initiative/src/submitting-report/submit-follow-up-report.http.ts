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
