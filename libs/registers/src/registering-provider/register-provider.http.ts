import { Body, Controller, Headers, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CommandBus } from '@nestjs/cqrs';
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
