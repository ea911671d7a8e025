import { Body, Controller, Headers, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CommandBus } from '@nestjs/cqrs';
import { AllowRoles, CurrentPrincipal } from '../../../platform/src/auth/auth.decorators.js';
import { CommandContextFactory, type RequestHeaders } from '../../../platform/src/commands/command-context.factory.js';
import type { CommandResult } from '../../../platform/src/commands/command-executor.js';
import { ApiCommand } from '../../../platform/src/http/api-docs.js';
import type { Principal, Role } from '../../../shared/src/identity.js';
import { parseInput } from '../../../platform/src/http/validation.js';
import { registerProviderBody } from '../registers.schemas.js';
import { RegisterProviderEnvelope } from './register-provider.handler.js';

const ROLES: Role[] = ['admin', 'director'];

@ApiTags('registers')
@Controller('registers')
export class RegisterProviderHttp {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
  ) {}

  @Post('providers')
  @AllowRoles(...ROLES)
  @ApiCommand('registerProvider', 'Register a provider (utförare), e.g. a work-integration social enterprise', registerProviderBody)
  handle(@Body() body: unknown, @Headers() headers: RequestHeaders, @CurrentPrincipal() principal: Principal) {
    const data = parseInput(registerProviderBody, body);
    const context = this.contexts.create(headers, principal, ROLES);
    return this.commands.execute<RegisterProviderEnvelope, CommandResult>(new RegisterProviderEnvelope(data, context));
  }
}
