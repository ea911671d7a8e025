import type { DomainEvent } from '@beslutskedjan/shared';

/** Swedish first; the English is for the language switch. */
export interface LocalisedText {
  sv: string;
  en: string;
}

/**
 * A message in one person's in-app inbox. Stream: `${tenant}/notifications-${userId}`; event ids
 * are derived from the reminder intent and the user, so a retried delivery appends nothing.
 */
export type NotificationDelivered = DomainEvent<
  'NotificationDelivered',
  {
    notificationId: string;
    userId: string;
    /** The reminder kind it came from, e.g. `follow_up_overdue`. */
    kind: string;
    title: LocalisedText;
    body: LocalisedText;
    link: string;
    deliveredAt: string;
  }
>;

export type NotificationRead = DomainEvent<'NotificationRead', { notificationId: string; userId: string; readAt: string }>;

export type NotificationEvent = NotificationDelivered | NotificationRead;

export const NOTIFICATION_EVENT_SCHEMA_VERSIONS: Readonly<Record<NotificationEvent['type'], number>> = {
  NotificationDelivered: 1,
  NotificationRead: 1,
};

export const notificationsStreamId = (tenant: string, userId: string) => `${tenant}/notifications-${userId}`;
