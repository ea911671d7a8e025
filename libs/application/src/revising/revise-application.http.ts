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
import { applicationContentBody, applicationIdSchema } from '../application.schemas.js';
import { ReviseApplicationRequested } from './revise-application.handler.js';

const ROLES: Role[] = ['applicant'];

@ApiTags('applications')
@Controller('applications')
export class ReviseApplicationHttp {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
  ) {}

  @Post(':applicationId/revisions')
  @AllowRoles(...ROLES)
  @ApiCommand(
    'reviseApplication',
    'Revise an application (e.g. answering a supplement request); every revision is kept and screened',
    applicationContentBody,
  )
  revise(
    @Param('applicationId') applicationId: string,
    @Body() body: unknown,
    @Headers() headers: RequestHeaders,
    @CurrentPrincipal() principal: Principal,
  ) {
    const id = parseInput(applicationIdSchema, applicationId, 'applicationId');
    const content = parseInput(applicationContentBody, body);
    const context = this.contexts.create(headers, principal, ROLES);
    return this.commands.execute<ReviseApplicationRequested, CommandResult>(new ReviseApplicationRequested(id, content, context));
  }
}
