import { Body, Controller, Param, Post, Headers } from '@nestjs/common';
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
import { USER_ID_PATTERN, type Principal, type Role } from '@beslutskedjan/shared';
import { ErasePersonalDataEnvelope } from './erase-personal-data.handler.js';

const ROLES: Role[] = ['admin'];
export const userIdSchema = z.string().regex(USER_ID_PATTERN, 'must be a user id (letters, digits and . _ @ : | + -)');
export const erasureBody = z
  .object({ reason: z.string().trim().min(1).max(2000).describe('Why; never the person’s name (it is kept in the log)') })
  .strict();

@ApiTags('people')
@Controller('people')
export class ErasePersonalDataHttp {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
  ) {}

  @Post(':userId/erasure')
  @AllowRoles(...ROLES)
  @ApiParam({ name: 'userId' })
  @ApiCommand(
    'erasePersonalData',
    'Erase a person’s name and e-mail address; decisions keep the user id and show "[raderad person]"',
    erasureBody,
  )
  handle(
    @Param('userId') userId: string,
    @Body() body: unknown,
    @Headers() headers: RequestHeaders,
    @CurrentPrincipal() principal: Principal,
  ) {
    const id = parseInput(userIdSchema, userId, 'userId');
    const { reason } = parseInput(erasureBody, body);
    const context = this.contexts.create(headers, principal, ROLES);
    return this.commands.execute<ErasePersonalDataEnvelope, CommandResult>(
      new ErasePersonalDataEnvelope({ userId: id, reason, name: null, email: null }, context),
    );
  }
}
