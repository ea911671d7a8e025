import type Database from 'better-sqlite3';
import { prepared } from '@beslutskedjan/platform';
import type { ReminderIntent } from './reminder-intent.js';
import { REMINDER_DIRECTORS_TABLE, REMINDER_SCHEDULE_TABLE, type ScheduleStatus } from './reminder-schedule.projection.js';

export interface ScheduledReminder {
  intent: ReminderIntent;
  status: ScheduleStatus;
  /** Position of the event that last changed the row. */
  changedPosition: number;
}

interface Row {
  payload_json: string;
  status: ScheduleStatus;
  changed_position: number;
}

const toScheduled = (row: Row): ScheduledReminder => ({
  intent: JSON.parse(row.payload_json) as ReminderIntent,
  status: row.status,
  changedPosition: Number(row.changed_position),
});

export function getScheduledReminder(db: Database.Database, tenant: string, intentId: string): ScheduledReminder | null {
  const row = prepared<[string, string], Row>(
    db,
    `SELECT payload_json, status, changed_position FROM ${REMINDER_SCHEDULE_TABLE} WHERE tenant = ? AND intent_id = ?`,
  ).get(tenant, intentId);
  return row === undefined ? null : toScheduled(row);
}

/**
 * Pending reminders still worth sending at `liveAt` (not expired), optionally only those due by
 * `dueBy`; in due order. This is the pending set the queue is reconciled against, and the
 * embedded due-list itself.
 */
export function pendingReminders(db: Database.Database, options: { liveAt: string; dueBy?: string; limit?: number }): ScheduledReminder[] {
  return db
    .prepare<{ liveAt: string; dueBy: string; limit: number }, Row>(
      `SELECT payload_json, status, changed_position FROM ${REMINDER_SCHEDULE_TABLE}
        WHERE status = 'pending' AND expires_at > @liveAt AND due_at <= @dueBy
        ORDER BY due_at, tenant, intent_id LIMIT @limit`,
    )
    .all({ liveAt: options.liveAt, dueBy: options.dueBy ?? '\uffff', limit: options.limit ?? -1 })
    .map(toScheduled);
}

/** Rows changed by events after `position`, for the queue adapter to follow. */
export function remindersChangedSince(db: Database.Database, position: number): ScheduledReminder[] {
  return db
    .prepare<[number], Row>(
      `SELECT payload_json, status, changed_position FROM ${REMINDER_SCHEDULE_TABLE} WHERE changed_position > ? ORDER BY changed_position`,
    )
    .all(position)
    .map(toScheduled);
}

export function lastScheduleChange(db: Database.Database): number {
  return Number(db.prepare<[], { p: number | null }>(`SELECT MAX(changed_position) AS p FROM ${REMINDER_SCHEDULE_TABLE}`).get()?.p ?? 0);
}

/**
 * Who currently acts as director: everyone who acted with the director role within a year of the
 * tenant's latest director activity, first seen first. A director who left years ago (or a
 * seeding identity) is no longer reminded; DIRECTOR_USER_IDS overrides this guess.
 */
export function directorsSeen(db: Database.Database, tenant: string): string[] {
  return prepared<[string, string], { user_id: string }>(
    db,
    `SELECT user_id FROM ${REMINDER_DIRECTORS_TABLE}
      WHERE tenant = ? AND last_seen_at >= (SELECT date(MAX(last_seen_at), '-365 days') FROM ${REMINDER_DIRECTORS_TABLE} WHERE tenant = ?)
      ORDER BY first_seen_at, user_id`,
  )
    .all(tenant, tenant)
    .map((r) => r.user_id);
}
