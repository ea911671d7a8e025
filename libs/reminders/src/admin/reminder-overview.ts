import type Database from 'better-sqlite3';
import type { ReminderIntent } from '../schedule/reminder-intent.js';
import { REMINDER_SCHEDULE_TABLE } from '../schedule/reminder-schedule.projection.js';

/** At most this many of each list; the oldest sent fall off first. */
export const OVERVIEW_LIMIT = 200;

export interface ReminderOverviewEntry {
  intentId: string;
  kind: ReminderIntent['kind'];
  audience: ReminderIntent['audience'];
  dueAt: string;
  subject: ReminderIntent['subject'];
  /** When the ledger recorded it as sent; null while scheduled. */
  deliveredAt: string | null;
}

export interface ReminderOverview {
  /** Pending and still worth sending, soonest first. */
  scheduled: ReminderOverviewEntry[];
  /** Delivered, latest first. */
  sent: ReminderOverviewEntry[];
}

interface Row {
  payload_json: string;
  delivered_at: string | null;
}

const toEntry = (row: Row): ReminderOverviewEntry => {
  const intent = JSON.parse(row.payload_json) as ReminderIntent;
  return {
    intentId: intent.id,
    kind: intent.kind,
    audience: intent.audience,
    dueAt: intent.dueAt,
    subject: intent.subject,
    deliveredAt: row.delivered_at,
  };
};

/** One förbund's reminders: what is scheduled and what was sent, from the schedule read model. */
export function reminderOverview(db: Database.Database, tenant: string, liveAt: string): ReminderOverview {
  const scheduled = db
    .prepare<[string, string, number], Row>(
      `SELECT payload_json, delivered_at FROM ${REMINDER_SCHEDULE_TABLE}
        WHERE tenant = ? AND status = 'pending' AND expires_at > ? ORDER BY due_at, intent_id LIMIT ?`,
    )
    .all(tenant, liveAt, OVERVIEW_LIMIT)
    .map(toEntry);
  const sent = db
    .prepare<[string, number], Row>(
      `SELECT payload_json, delivered_at FROM ${REMINDER_SCHEDULE_TABLE}
        WHERE tenant = ? AND status = 'delivered' ORDER BY delivered_at DESC, intent_id LIMIT ?`,
    )
    .all(tenant, OVERVIEW_LIMIT)
    .map(toEntry);
  return { scheduled, sent };
}
