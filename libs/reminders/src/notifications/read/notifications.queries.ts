import type Database from 'better-sqlite3';
import type { LocalisedText } from '../notification.events.js';
import { NOTIFICATIONS_TABLE } from './notifications.projection.js';

export interface NotificationView {
  notificationId: string;
  kind: string;
  title: LocalisedText;
  body: LocalisedText;
  link: string;
  deliveredAt: string;
  readAt: string | null;
}

interface Row {
  notification_id: string;
  kind: string;
  title_json: string;
  body_json: string;
  link: string;
  delivered_at: string;
  read_at: string | null;
}

/** One person's notifications, newest first, with the number still unread. */
export function notificationsOf(
  db: Database.Database,
  tenant: string,
  userId: string,
  options: { unreadOnly?: boolean; limit?: number } = {},
): { unread: number; items: NotificationView[] } {
  const unread =
    db
      .prepare<[string, string], { n: number }>(
        `SELECT COUNT(*) AS n FROM ${NOTIFICATIONS_TABLE} WHERE tenant = ? AND user_id = ? AND read_at IS NULL`,
      )
      .get(tenant, userId)?.n ?? 0;
  const items = db
    .prepare<[string, string, number], Row>(
      `SELECT * FROM ${NOTIFICATIONS_TABLE} WHERE tenant = ? AND user_id = ? ${options.unreadOnly ? 'AND read_at IS NULL' : ''}
        ORDER BY position DESC LIMIT ?`,
    )
    .all(tenant, userId, options.limit ?? 100)
    .map((r) => ({
      notificationId: r.notification_id,
      kind: r.kind,
      title: JSON.parse(r.title_json) as LocalisedText,
      body: JSON.parse(r.body_json) as LocalisedText,
      link: r.link,
      deliveredAt: r.delivered_at,
      readAt: r.read_at,
    }));
  return { unread, items };
}
