import { Module } from '@nestjs/common';
import type { Projection } from '@beslutskedjan/projections';
import { MarkNotificationReadHandler } from './marking-read/mark-notification-read.handler.js';
import { MarkNotificationReadHttp } from './marking-read/mark-notification-read.http.js';
import { notificationsProjection } from './read/notifications.projection.js';
import { NotificationsQueriesHttp } from './read/notifications-queries.http.js';

/** Read models the API needs for the in-app inbox. */
export const notificationProjections: readonly Projection[] = [notificationsProjection];

const commandHandlers = [MarkNotificationReadHandler];
const controllers = [NotificationsQueriesHttp, MarkNotificationReadHttp];

/** The in-app inbox: GET /api/notifications (my own) and POST /api/notifications/:id/read. */
@Module({ controllers, providers: [...commandHandlers] })
export class NotificationsModule {}
