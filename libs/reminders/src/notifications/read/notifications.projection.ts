import type Database from 'better-sqlite3';
import type { StoredEvent } from '@beslutskedjan/event-store';
import type { Projection } from '@beslutskedjan/projections';
import type { NotificationDelivered, NotificationRead } from '../notification.events.js';

export const NOTIFICATIONS_TABLE = 'notifications';

function prepareAll(db: Database.Database) {
  return {
    deliver: db.prepare<
      { tenant: string; position: number } & Omit<NotificationDelivered['data'], 'title' | 'body'> & { titleJson: string; bodyJson: string }
    >(
      `INSERT INTO ${NOTIFICATIONS_TABLE} (tenant, user_id, notification_id, kind, title_json, body_json, link, delivered_at, position)
       VALUES (@tenant, @userId, @notificationId, @kind, @titleJson, @bodyJson, @link, @deliveredAt, @position)
       ON CONFLICT (tenant, user_id, notification_id) DO NOTHING`,
    ),
    read: db.prepare<{ tenant: string } & NotificationRead['data']>(
      `UPDATE ${NOTIFICATIONS_TABLE} SET read_at = @readAt WHERE tenant = @tenant AND user_id = @userId AND notification_id = @notificationId`,
    ),
  };
}

const cache = new WeakMap<Database.Database, ReturnType<typeof prepareAll>>();
const statements = (db: Database.Database) => {
  let s = cache.get(db);
  if (s === undefined) cache.set(db, (s = prepareAll(db)));
  return s;
};

/** Each person's in-app inbox of reminders, for GET /api/notifications. */
export const notificationsProjection: Projection = {
  name: 'notifications',
  version: 1,
  tables: [NOTIFICATIONS_TABLE],

  init(db) {
    db.exec(`
      CREATE TABLE ${NOTIFICATIONS_TABLE} (
        tenant TEXT NOT NULL,
        user_id TEXT NOT NULL,
        notification_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        title_json TEXT NOT NULL,
        body_json TEXT NOT NULL,
        link TEXT NOT NULL,
        delivered_at TEXT NOT NULL,
        read_at TEXT,
        position INTEGER NOT NULL,
        PRIMARY KEY (tenant, user_id, notification_id)
      );
      CREATE INDEX ${NOTIFICATIONS_TABLE}_inbox ON ${NOTIFICATIONS_TABLE} (tenant, user_id, position);
    `);
  },

  apply(db, stored: StoredEvent) {
    const tenant = stored.metadata.tenant;
    if (stored.type === 'NotificationDelivered') {
      const { title, body, ...d } = stored.data as NotificationDelivered['data'];
      statements(db).deliver.run({
        tenant,
        ...d,
        titleJson: JSON.stringify(title),
        bodyJson: JSON.stringify(body),
        position: Number(stored.position),
      });
    } else if (stored.type === 'NotificationRead') {
      statements(db).read.run({ tenant, ...(stored.data as NotificationRead['data']) });
    }
  },
};
