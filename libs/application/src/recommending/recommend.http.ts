import { recommendData } from '../http/recommend-data.js';
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
import { applicationIdSchema, recommendBody } from '../application.schemas.js';
import { RecommendEnvelope } from './recommend.handler.js';

const ROLES: Role[] = ['director'];

@ApiTags('applications')
@Controller('applications')
export class RecommendHttp {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
  ) {}

  @Post(':applicationId/recommendation')
  @AllowRoles(...ROLES)
  @ApiCommand('recommend', 'Recommend approval or rejection (förslag till beslut) with a motivation', recommendBody)
  handle(
    @Param('applicationId') applicationId: string,
    @Body() body: unknown,
    @Headers() headers: RequestHeaders,
    @CurrentPrincipal() principal: Principal,
  ) {
    const id = parseInput(applicationIdSchema, applicationId, 'applicationId');
    const context = this.contexts.create(headers, principal, ROLES);
    return this.commands.execute<RecommendEnvelope, CommandResult>(
      new RecommendEnvelope(recommendData(parseInput(recommendBody, body), id), context),
    );
  }
}
