import { recommendData } from '../http/recommend-data.js';
import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { AllowRoles, CurrentPrincipal } from '../../../platform/src/auth/auth.decorators.js';
import { CommandContextFactory } from '../../../platform/src/commands/command-context.factory.js';
import type { CommandResult } from '../../../platform/src/commands/command-executor.js';
import { ApiCommand } from '../../../platform/src/http/api-docs.js';
import { parseInput } from '../../../platform/src/http/validation.js';
import type { Principal, Role } from '../../../shared/src/identity.js';
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
  handle(@Param('applicationId') applicationId: string, @Body() body: unknown, @Req() request: Request, @CurrentPrincipal() principal: Principal) {
    const id = parseInput(applicationIdSchema, applicationId, 'applicationId');
    const context = this.contexts.create(request.headers, principal, ROLES);
    return this.commands.execute<RecommendEnvelope, CommandResult>(new RecommendEnvelope(recommendData(parseInput(recommendBody, body), id), context));
  }
}
