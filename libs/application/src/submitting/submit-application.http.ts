import { Body, Controller, Post, Headers } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import {
  AllowRoles,
  CurrentPrincipal,
  CommandContextFactory,
  type RequestHeaders,
  newIdFor,
  ApiCommand,
  parseInput,
} from '@beslutskedjan/platform';
import type { Principal, Role } from '@beslutskedjan/shared';
import { applicationContentBody } from '../application.schemas.js';
import { SubmitApplicationRequested, type SubmitResult } from './submit-application.handler.js';

const ROLES: Role[] = ['applicant'];

@ApiTags('applications')
@Controller('applications')
export class SubmitApplicationHttp {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
  ) {}

  @Post()
  @AllowRoles(...ROLES)
  @ApiCommand(
    'submitApplication',
    'Submit an application naming registered parties; it gets a case number (diarienummer) and is screened against the policies in force. A refused submission takes no number',
    applicationContentBody,
  )
  submit(@Body() body: unknown, @Headers() headers: RequestHeaders, @CurrentPrincipal() principal: Principal) {
    const content = parseInput(applicationContentBody, body);
    const context = this.contexts.create(headers, principal, ROLES);
    return this.commands.execute<SubmitApplicationRequested, SubmitResult>(
      new SubmitApplicationRequested(newIdFor(context, 'application'), content, context),
    );
  }
}
