import { Body, Controller, Post, Headers } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { AllowRoles, CurrentPrincipal } from '../../../platform/src/auth/auth.decorators.js';
import { CommandContextFactory, type RequestHeaders } from '../../../platform/src/commands/command-context.factory.js';
import { newIdFor } from '../../../platform/src/commands/event-ids.js';
import { ApiCommand } from '../../../platform/src/http/api-docs.js';
import { parseInput } from '../../../platform/src/http/validation.js';
import type { Principal, Role } from '../../../shared/src/identity.js';
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
