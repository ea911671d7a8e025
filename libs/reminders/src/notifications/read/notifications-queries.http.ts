import { Controller, Get, Query } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { AllowRoles, CurrentPrincipal, ApiQueryOperation, parseInput, ReadModels } from '@beslutskedjan/platform';
import { ROLES, type Principal } from '@beslutskedjan/shared';
import { notificationsOf } from './notifications.queries.js';

const query = z.object({
  unread: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
  minPosition: z.string().optional(),
});

@ApiTags('notifications')
@Controller('notifications')
@AllowRoles(...ROLES)
export class NotificationsQueriesHttp {
  constructor(private readonly readModels: ReadModels) {}

  /** Everyone sees their own inbox only: the user id comes from the token, never from the request. */
  @Get()
  @ApiQueryOperation('getNotifications', 'My in-app notifications (reminders), newest first, with the unread count')
  @ApiQuery({ name: 'unread', required: false, enum: ['true', 'false'] })
  @ApiQuery({ name: 'limit', required: false })
  async list(@Query() raw: Record<string, unknown>, @CurrentPrincipal() p: Principal) {
    const { unread, limit, minPosition } = parseInput(query, raw, 'query');
    const db = await this.readModels.consistentWith(minPosition);
    return notificationsOf(db, p.tenant, p.userId, { unreadOnly: unread === 'true', ...(limit === undefined ? {} : { limit }) });
  }
}
