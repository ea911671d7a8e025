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
