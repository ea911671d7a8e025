import { Controller, Param, Post, Headers } from '@nestjs/common';
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
  emptyBody,
  parseInput,
} from '@beslutskedjan/platform';
import { ROLES, type Principal } from '@beslutskedjan/shared';
import { MarkNotificationReadEnvelope } from './mark-notification-read.handler.js';

const notificationId = z
  .string()
  .min(1)
  .max(300)
  .regex(/^[^/\s]+$/, 'must be a notification id');

@ApiTags('notifications')
@Controller('notifications')
export class MarkNotificationReadHttp {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: CommandContextFactory,
  ) {}

  @Post(':notificationId/read')
  @AllowRoles(...ROLES)
  @ApiCommand('markNotificationRead', 'Mark one of my notifications read', emptyBody)
  @ApiParam({ name: 'notificationId' })
  handle(@Param('notificationId') id: string, @Headers() headers: RequestHeaders, @CurrentPrincipal() principal: Principal) {
    const data = { notificationId: parseInput(notificationId, id, 'notificationId') };
    const context = this.contexts.create(headers, principal, ROLES);
    return this.commands.execute<MarkNotificationReadEnvelope, CommandResult>(new MarkNotificationReadEnvelope(data, context));
  }
}
