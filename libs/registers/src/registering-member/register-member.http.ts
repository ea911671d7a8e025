import { Body, Controller, Headers, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CommandBus } from '@nestjs/cqrs';
import { AllowRoles, CurrentPrincipal } from '../../../platform/src/auth/auth.decorators.js';
import { CommandContextFactory, type RequestHeaders } from '../../../platform/src/commands/command-context.factory.js';
import type { CommandResult } from '../../../platform/src/commands/command-executor.js';
import { ApiCommand } from '../../../platform/src/http/api-docs.js';
import type { Principal, Role } from '../../../shared/src/identity.js';
import { parseInput } from '../../../platform/src/http/validation.js';
import { registerMemberBody } from '../registers.schemas.js';
import { RegisterMemberEnvelope } from './register-member.handler.js';

const ROLES: Role[] = ['admin', 'director'];

@ApiTags('registers')
@Controller('registers')
export class RegisterMemberHttp {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
  ) {}

  @Post('members')
  @AllowRoles(...ROLES)
  @ApiCommand(
    'registerMember',
    'Register a member (kommun, region, Arbetsförmedlingen, Försäkringskassan) with its units',
    registerMemberBody,
  )
  handle(@Body() body: unknown, @Headers() headers: RequestHeaders, @CurrentPrincipal() principal: Principal) {
    const data = parseInput(registerMemberBody, body);
    const context = this.contexts.create(headers, principal, ROLES);
    return this.commands.execute<RegisterMemberEnvelope, CommandResult>(new RegisterMemberEnvelope(data, context));
  }
}
