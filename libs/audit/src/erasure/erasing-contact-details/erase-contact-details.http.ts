import { Body, Controller, Headers, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
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
import { EraseContactEnvelope } from './erase-contact-details.handler.js';

const ROLES: Role[] = ['admin'];
const body = z.object({ reason: z.string().trim().min(1).max(2000) }).strict();
const userIdSchema = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[^\s/]+$/, 'must be a user id');

@ApiTags('people')
@Controller('people')
export class EraseContactDetailsHttp {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
  ) {}

  @Post(':userId/contact-erasure')
  @AllowRoles(...ROLES)
  @ApiParam({ name: 'userId' })
  @ApiCommand('eraseContactDetails', 'Remove a person’s e-mail address; allowed also for people named in public records', body)
  handle(
    @Param('userId') userId: string,
    @Body() input: unknown,
    @Headers() headers: RequestHeaders,
    @CurrentPrincipal() principal: Principal,
  ) {
    const data = { userId: parseInput(userIdSchema, userId, 'userId'), reason: parseInput(body, input).reason };
    const context = this.contexts.create(headers, principal, ROLES);
    return this.commands.execute<EraseContactEnvelope, CommandResult>(new EraseContactEnvelope(data, context));
  }
}
