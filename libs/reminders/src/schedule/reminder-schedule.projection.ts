import type Database from 'better-sqlite3';
import type { StoredEvent } from '@beslutskedjan/event-store';
import type { ReminderTimingsSettings } from '@beslutskedjan/platform';
import type { Projection } from '@beslutskedjan/projections';
import {
  evolveSubject,
  evolveTenant,
  intentsOf,
  subjectKeyOf,
  TENANT_SUBJECT,
  type ReminderFact,
  type SubjectState,
} from './reminder-automation.js';
import type { ReminderIntent } from './reminder-intent.js';
import { timingsFingerprint, timingsFrom, type TimingsFor } from './reminder-timings.js';

export const REMINDER_SCHEDULE_TABLE = 'reminder_schedule';
export const REMINDER_SUBJECTS_TABLE = 'reminder_subjects';
export const REMINDER_DIRECTORS_TABLE = 'reminder_directors';

export type ScheduleStatus = 'pending' | 'cancelled' | 'delivered';

const SCHEMA_VERSION = 2;

interface ExistingRow {
  intent_id: string;
  status: ScheduleStatus;
  payload_json: string;
}

function prepareAll(db: Database.Database) {
  return {
    loadSubject: db.prepare<[string, string], { state_json: string }>(
      `SELECT state_json FROM ${REMINDER_SUBJECTS_TABLE} WHERE tenant = ? AND subject = ?`,
    ),
    saveSubject: db.prepare<[string, string, string]>(
      `INSERT INTO ${REMINDER_SUBJECTS_TABLE} (tenant, subject, state_json) VALUES (?, ?, ?)
       ON CONFLICT (tenant, subject) DO UPDATE SET state_json = excluded.state_json`,
    ),
    rowsOf: db.prepare<[string, string], ExistingRow>(
      `SELECT intent_id, status, payload_json FROM ${REMINDER_SCHEDULE_TABLE} WHERE tenant = ? AND subject = ?`,
    ),
    upsert: db.prepare<{
      tenant: string;
      id: string;
      subject: string;
      kind: string;
      dueAt: string;
      expiresAt: string;
      personId: string | null;
      payload: string;
      position: number;
    }>(
      `INSERT INTO ${REMINDER_SCHEDULE_TABLE} (tenant, intent_id, subject, kind, due_at, expires_at, person_id, payload_json, status, changed_position)
       VALUES (@tenant, @id, @subject, @kind, @dueAt, @expiresAt, @personId, @payload, 'pending', @position)
       ON CONFLICT (tenant, intent_id) DO UPDATE SET
         due_at = excluded.due_at, expires_at = excluded.expires_at, payload_json = excluded.payload_json,
         status = 'pending', changed_position = excluded.changed_position
       WHERE status <> 'delivered'`,
    ),
    cancel: db.prepare<[number, string, string]>(
      `UPDATE ${REMINDER_SCHEDULE_TABLE} SET status = 'cancelled', changed_position = ? WHERE tenant = ? AND intent_id = ? AND status = 'pending'`,
    ),
    deliver: db.prepare<[string, number, string, string]>(
      `UPDATE ${REMINDER_SCHEDULE_TABLE} SET status = 'delivered', delivered_at = ?, changed_position = ? WHERE tenant = ? AND intent_id = ?`,
    ),
    director: db.prepare<[string, string, string, string]>(
      `INSERT INTO ${REMINDER_DIRECTORS_TABLE} (tenant, user_id, first_seen_at, last_seen_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (tenant, user_id) DO UPDATE SET last_seen_at = MAX(last_seen_at, excluded.last_seen_at)`,
    ),
  };
}

/**
 * The pending set of reminders, kept by the worker as a checkpointed projection of the log, so it
 * can always be rebuilt. Per subject (a case, an initiative, a meeting, the tenant's years) it keeps
 * the pure automation's state, and after each event diffs that subject's intents against its rows:
 * new ones become `pending`, vanished ones `cancelled`; `delivered` comes only from the ledger's
 * ReminderDelivered events and is never undone. `changed_position` lets the queue adapter follow
 * changes. Also records who ever acted as director in a tenant (recipients of last resort).
 *
 * The timings are part of the version: changing REMINDER_TIMINGS rebuilds the schedule.
 */
export function reminderScheduleProjection(settings?: ReminderTimingsSettings): Projection {
  const timingsFor: TimingsFor = timingsFrom(settings);
  const cache = new WeakMap<Database.Database, ReturnType<typeof prepareAll>>();
  const statements = (db: Database.Database) => {
    let s = cache.get(db);
    if (s === undefined) cache.set(db, (s = prepareAll(db)));
    return s;
  };

  function update(
    db: Database.Database,
    tenant: string,
    subject: string,
    position: number,
    evolve: (state: SubjectState | null) => SubjectState | null,
  ): void {
    const s = statements(db);
    const row = s.loadSubject.get(tenant, subject);
    const previous = row === undefined ? null : (JSON.parse(row.state_json) as SubjectState);
    const next = evolve(previous);
    if (next === null || next === previous) return;
    s.saveSubject.run(tenant, subject, JSON.stringify(next));
    const intents = new Map(intentsOf(next, tenant, timingsFor(tenant)).map((intent) => [intent.id, intent]));
    for (const existing of s.rowsOf.all(tenant, subject)) {
      const intent = intents.get(existing.intent_id);
      if (intent === undefined) {
        if (existing.status === 'pending') s.cancel.run(position, tenant, existing.intent_id);
      } else if (existing.status !== 'pending' || existing.payload_json !== JSON.stringify(intent)) {
        write(intent);
      }
      intents.delete(existing.intent_id);
    }
    for (const intent of intents.values()) write(intent);

    function write(intent: ReminderIntent): void {
      s.upsert.run({
        tenant,
        id: intent.id,
        subject,
        kind: intent.kind,
        dueAt: intent.dueAt,
        expiresAt: intent.expiresAt,
        personId: intent.personId ?? null,
        payload: JSON.stringify(intent),
        position,
      });
    }
  }

  return {
    name: 'reminder-schedule',
    version: SCHEMA_VERSION * 1_000_000 + timingsFingerprint(settings),
    tables: [REMINDER_SCHEDULE_TABLE, REMINDER_SUBJECTS_TABLE, REMINDER_DIRECTORS_TABLE],

    init(db) {
      db.exec(`
        CREATE TABLE ${REMINDER_SUBJECTS_TABLE} (tenant TEXT NOT NULL, subject TEXT NOT NULL, state_json TEXT NOT NULL, PRIMARY KEY (tenant, subject));
        CREATE TABLE ${REMINDER_SCHEDULE_TABLE} (
          tenant TEXT NOT NULL,
          intent_id TEXT NOT NULL,
          subject TEXT NOT NULL,
          kind TEXT NOT NULL,
          due_at TEXT NOT NULL,
          expires_at TEXT NOT NULL,
          person_id TEXT,
          payload_json TEXT NOT NULL,
          status TEXT NOT NULL CHECK (status IN ('pending', 'cancelled', 'delivered')),
          delivered_at TEXT,
          changed_position INTEGER NOT NULL,
          PRIMARY KEY (tenant, intent_id)
        );
        CREATE INDEX ${REMINDER_SCHEDULE_TABLE}_subject ON ${REMINDER_SCHEDULE_TABLE} (tenant, subject);
        CREATE INDEX ${REMINDER_SCHEDULE_TABLE}_due ON ${REMINDER_SCHEDULE_TABLE} (status, due_at);
        CREATE INDEX ${REMINDER_SCHEDULE_TABLE}_changed ON ${REMINDER_SCHEDULE_TABLE} (changed_position);
        CREATE TABLE ${REMINDER_DIRECTORS_TABLE} (tenant TEXT NOT NULL, user_id TEXT NOT NULL, first_seen_at TEXT NOT NULL, last_seen_at TEXT NOT NULL, PRIMARY KEY (tenant, user_id));
      `);
    },

    apply(db, stored: StoredEvent) {
      const { tenant, actor, occurredAt } = stored.metadata;
      if (typeof tenant !== 'string' || tenant === '') return;
      const position = Number(stored.position);
      if (actor?.role === 'director') statements(db).director.run(tenant, actor.userId, occurredAt, occurredAt);
      if (stored.type === 'ReminderDelivered') {
        const { intentId, deliveredAt } = stored.data as { intentId: string; deliveredAt: string };
        statements(db).deliver.run(deliveredAt, position, tenant, intentId);
      }
      const fact: ReminderFact = { type: stored.type, data: stored.data, at: occurredAt };
      update(db, tenant, TENANT_SUBJECT, position, (state) => evolveTenant(state, fact));
      const key = subjectKeyOf(fact);
      if (key !== null) update(db, tenant, key, position, (state) => evolveSubject(state, fact));
    },
  };
}
