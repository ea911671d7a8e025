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
import { reviewFollowUpReportBody } from '../initiative.schemas.js';
import { ReviewFollowUpReportEnvelope } from './review-follow-up-report.handler.js';

const ROLES: Role[] = ['director'];

@ApiTags('initiatives')
@Controller('initiatives')
export class ReviewFollowUpReportHttp {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
  ) {}

  @Post(':initiativeId/follow-ups/:n/review')
  @AllowRoles(...ROLES)
  @ApiCommand(
    'reviewFollowUpReport',
    'Accept a submitted report, or return it for completion with a comment and a new due date',
    reviewFollowUpReportBody,
  )
  handle(
    @Param('initiativeId') initiativeId: string,
    @Param('n') n: string,
    @Body() body: unknown,
    @Headers() headers: RequestHeaders,
    @CurrentPrincipal() principal: Principal,
  ) {
    const target = itemPath(initiativeId, n);
    const input = parseInput(reviewFollowUpReportBody, body);
    const context = this.contexts.create(headers, principal, ROLES);
    return this.commands.execute<ReviewFollowUpReportEnvelope, CommandResult>(
      new ReviewFollowUpReportEnvelope({ ...input, ...target }, context),
    );
  }
}
