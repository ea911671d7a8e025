import Database from 'better-sqlite3';
import { SqliteEventStore } from '@beslutskedjan/event-store';
import { ProjectionRunner } from '@beslutskedjan/projections';
import type { ReminderTimingsSettings } from '@beslutskedjan/platform';
import {
  agendaItemAdded,
  appendFacts,
  asFacts,
  caseTaken,
  fact,
  funded,
  meetingScheduled,
  reportSubmitted,
  submitted,
  type TestFact,
} from '../testing/reminder-fixtures.js';
import { evolveSchedule, initialScheduleState, reminderIntents } from './reminder-automation.js';
import { reminderScheduleProjection, REMINDER_SCHEDULE_TABLE } from './reminder-schedule.projection.js';
import { getScheduledReminder } from './reminder-schedule.queries.js';
import { timingsFrom } from './reminder-timings.js';

const history: TestFact[] = [
  fact(submitted('a1', '2026/0042', '2026-11-23T09:00:00.000Z'), '2026-11-23T09:00:00.000Z', { userId: 'ann', role: 'applicant' }),
  fact(caseTaken('a1'), '2026-11-24T09:00:00.000Z'),
  fact(submitted('a2', '2026/0043', '2026-11-25T09:00:00.000Z'), '2026-11-25T09:00:00.000Z', { userId: 'ann', role: 'applicant' }),
  fact(
    funded('i1', '2026/0040', [
      [1, 'progress_report', '2027-07-01'],
      [2, 'final_report', '2028-02-29'],
    ]),
    '2026-12-14T09:00:00.000Z',
    { userId: 'system', role: 'system' },
  ),
  fact(reportSubmitted('i1', 1, '2027-06-20'), '2027-06-20T09:00:00.000Z', { userId: 'ann', role: 'applicant' }),
  fact(meetingScheduled('m1', '2027-02-11'), '2026-12-20T09:00:00.000Z'),
  fact(agendaItemAdded('m1', 1, 'a1', '2026/0042'), '2026-12-21T09:00:00.000Z'),
];
const delivered: TestFact = fact(
  {
    type: 'ReminderDelivered',
    data: {
      intentId: 'followup-i1-2-2028-02-29-due0',
      kind: 'follow_up_due_today',
      channel: 'email',
      recipients: [],
      mailedTo: [],
      dueAt: '2028-02-29T07:00:00.000Z',
      deliveredAt: '2028-02-29T07:00:01.000Z',
    },
  },
  '2028-02-29T07:00:01.000Z',
  { userId: 'system', role: 'system' },
);

async function build(store: SqliteEventStore, settings?: ReminderTimingsSettings, db = new Database(':memory:')) {
  const runner = new ProjectionRunner(store, db, [reminderScheduleProjection(settings)]);
  await runner.catchUp();
  return db;
}

const rows = (db: Database.Database) =>
  db.prepare(`SELECT tenant, intent_id, kind, due_at, status FROM ${REMINDER_SCHEDULE_TABLE} ORDER BY tenant, intent_id`).all() as Array<{
    intent_id: string;
    status: string;
    due_at: string;
  }>;

describe('The reminder schedule projection', () => {
  let store: SqliteEventStore;
  beforeAll(async () => {
    store = SqliteEventStore.open(':memory:');
    await appendFacts(store, 't1', [...history, delivered]);
  });
  afterAll(() => store.close());

  it('holds as pending exactly what the pure automation says, cancelled what it no longer says, and delivered what the ledger says', async () => {
    const db = await build(store);
    const pure = reminderIntents(asFacts([...history, delivered]).reduce(evolveSchedule, initialScheduleState('t1')), timingsFrom()('t1'));
    const pending = rows(db).filter((r) => r.status === 'pending');
    expect(pending.map((r) => [r.intent_id, r.due_at]).sort()).toEqual(pure.map((i) => [i.id, i.dueAt]).sort());
    expect(getScheduledReminder(db, 't1', 'case-a1-to-prepare')?.status).toBe('cancelled');
    expect(getScheduledReminder(db, 't1', 'followup-i1-1-2027-07-01-overdue7')?.status).toBe('cancelled');
    expect(getScheduledReminder(db, 't1', 'followup-i1-2-2028-02-29-due0')?.status).toBe('delivered');
    expect(getScheduledReminder(db, 't1', 'meeting-m1-agenda')?.intent.subject.agenda).toEqual([
      { itemNo: 1, caseNumber: '2026/0042', title: 'Arbetsträning på Kooperativet Exempel' },
    ]);
  });

  it('is rebuilt from the log to the same rows', async () => {
    expect(rows(await build(store))).toEqual(rows(await build(store)));
  });

  it('changed timings rebuild it (the version carries their fingerprint), and what was delivered stays delivered', async () => {
    const db = new Database(':memory:');
    await build(store, undefined, db);
    const settings = { defaults: { followUpDueSoonDays: 10 }, tenants: {} };
    expect(reminderScheduleProjection(settings).version).not.toBe(reminderScheduleProjection().version);
    await build(store, settings, db);
    expect(getScheduledReminder(db, 't1', 'followup-i1-2-2028-02-29-due10')?.status).toBe('pending');
    expect(getScheduledReminder(db, 't1', 'followup-i1-2-2028-02-29-due14')).toBeNull();
    expect(getScheduledReminder(db, 't1', 'followup-i1-2-2028-02-29-due0')?.status).toBe('delivered');
  });
});
