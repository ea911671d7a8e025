import { Redis } from 'ioredis';
import {
  type ReceivedMail,
  type SmtpSink,
  startSmtpSink,
  redisUnavailable,
  testRedisUrl,
  appendFacts,
  appointed,
  caseTaken,
  fact,
  funded,
  membershipEnded,
  recommended,
  reportSubmitted,
  submitted,
  type TestFact,
} from '@beslutskedjan/reminders/testing';
import { getScheduledReminder, pendingReminders } from '@beslutskedjan/reminders';
import { startWorker, type WorkerHarness } from './testing/worker-harness.js';

/**
 * Issue 5, reminders: an approved initiative's follow-up report, from "due in 14 days" to the
 * escalation to the board, with a real SMTP server and a clock moved by hand. The same scenario
 * runs on BullMQ (real Redis, a dedicated DB index that is flushed half-way) and on the embedded
 * due-list without Redis.
 */
const REDIS_URL = testRedisUrl(0);
const redisMissing = redisUnavailable(REDIS_URL);
if (redisMissing) console.warn(`Skipping the BullMQ run of the reminder scenario: ${redisMissing}`);

const T = 't1';
const ADMIN = { userId: 'adam', role: 'admin' } as const;
const DAN = { userId: 'dan', role: 'director' } as const;
const BO = { userId: 'bo', role: 'applicant' } as const;
const TERM = ['2026-11-01', '2027-12-31'] as const;

const history: TestFact[] = [
  fact(appointed('carl', 'chair', ...TERM), '2026-11-01T09:00:00.000Z', ADMIN),
  ...['kim', 'rut', 'af'].map((p) => fact(appointed(p, 'member', ...TERM), '2026-11-01T09:00:00.000Z', ADMIN)),
  fact(appointed('sub', 'substitute', ...TERM, 'af'), '2026-11-01T09:00:00.000Z', ADMIN),
  fact(submitted('a1', '2026/0042', '2026-11-23T09:00:00.000Z'), '2026-11-23T09:00:00.000Z', { userId: 'ann', role: 'applicant' }),
  fact(caseTaken('a1', 'dora'), '2026-11-24T09:00:00.000Z'),
  fact(recommended('a1'), '2026-11-30T09:00:00.000Z'),
  fact(submitted('b1', '2026/0043', '2026-11-25T09:00:00.000Z', 'Handledare på Kafé Gemenskap', 'bo'), '2026-11-25T09:00:00.000Z', BO),
  fact(caseTaken('b1', 'dan'), '2026-11-26T09:00:00.000Z', DAN),
  fact(recommended('b1'), '2026-11-30T10:00:00.000Z', DAN),
  fact(
    funded('a1', '2026/0042', [
      [1, 'progress_report', '2027-07-01'],
      [2, 'final_report', '2028-02-29'],
    ]),
    '2026-12-14T09:00:00.000Z',
    { userId: 'system', role: 'system' },
  ),
  fact(
    funded('b1', '2026/0043', [[1, 'progress_report', '2027-07-01']], { title: 'Handledare på Kafé Gemenskap', contactUserId: 'bo' }),
    '2026-12-14T09:00:00.000Z',
    { userId: 'system', role: 'system' },
  ),
];

const PEOPLE: Array<[string, string, 'sv' | 'en']> = [
  ['ann', 'Ann Sökande', 'sv'],
  ['bo', 'Bo Sökande', 'sv'],
  ['dora', 'Dora Förbundschef', 'sv'],
  ['dan', 'Dan Handläggare', 'sv'],
  ['carl', 'Carl Ordförande', 'sv'],
  ['kim', 'Kim Member', 'en'],
  ['rut', 'Rut Ledamot', 'sv'],
  ['af', 'Åsa Ledamot', 'sv'],
  ['sub', 'Sune Ersättare', 'sv'],
  ['nils', 'Nils Ledamot', 'sv'],
];
const email = (userId: string) => `${userId}@example.se`;
const recipientsOf = (mails: ReceivedMail[]) => mails.flatMap((m) => m.to).sort();

describe.each([
  ['BullMQ on Redis', REDIS_URL],
  ['the embedded due-list', null],
] as const)('Reminders for a funded initiative, on %s', (_, redisUrl) => {
  const skip = redisUrl !== null && redisMissing !== null;
  let smtp: SmtpSink;
  let w: WorkerHarness;
  let redis: Redis | null = null;
  const newMails = (() => {
    let seen = 0;
    return () => {
      const fresh = smtp.received.slice(seen);
      seen = smtp.received.length;
      return fresh;
    };
  })();

  beforeAll(async () => {
    if (skip) return;
    if (redisUrl) {
      redis = new Redis(redisUrl);
      await redis.flushdb();
    }
    smtp = await startSmtpSink();
    w = await startWorker({ now: '2026-12-14T10:00:00.000Z', env: { SMTP_URL: smtp.url, ...(redisUrl ? { REDIS_URL: redisUrl } : {}) } });
    for (const [userId, displayName, locale] of PEOPLE)
      w.people.upsert(T, userId, { displayName, email: email(userId), locale }, '2026-11-01T00:00:00.000Z');
    await appendFacts(w.store, T, history);
    await w.settle();
  }, 30_000);

  afterAll(async () => {
    if (skip) return;
    await w.close();
    await smtp.close();
    redis?.disconnect();
  });

  const test = skip ? it.skip : it;

  test('schedules the follow-up reminders from the plan in InitiativeFunded, and sends nothing before they are due', async () => {
    const a1 = getScheduledReminder(w.db, T, 'followup-a1-1-2027-07-01-due14');
    expect(a1).toMatchObject({ status: 'pending', intent: { dueAt: '2027-06-17T06:00:00.000Z', audience: 'contact_and_director' } });
    expect(getScheduledReminder(w.db, T, 'case-a1-to-prepare')?.status).toBe('cancelled');
    await w.at('2027-06-17T05:59:00.000Z');
    expect(newMails()).toEqual([]);
  });

  test('"due in 14 days" goes to the contact and the case\'s director, in Swedish with the case number and a link, once', async () => {
    await w.at('2027-06-17T06:00:00.000Z');
    const mails = newMails();
    expect(recipientsOf(mails)).toEqual(['ann', 'bo', 'dan', 'dora'].map(email));
    const toAnn = mails.find((m) => m.to.includes(email('ann')))!;
    expect(toAnn.subject).toBe('Lägesrapport ska lämnas senast 2027-07-01: 2026/0042 Arbetsträning på Kooperativet Exempel');
    expect(toAnn.text).toContain('Hej Ann Sökande!');
    expect(toAnn.text).toContain('2026/0042');
    expect(toAnn.text).toContain('https://beslut.example.se/cases/a1#uppfoljning');
    expect(mails.find((m) => m.to.includes(email('dan')))!.subject).toContain('2026/0043');

    const inbox = await w.store.readStream(`${T}/notifications-ann`);
    expect(inbox.map((e) => [e.type, (e.data as { notificationId: string }).notificationId])).toEqual([
      ['NotificationDelivered', 'followup-a1-1-2027-07-01-due14'],
    ]);

    await w.settle();
    await w.dispatch.promoteDue();
    await w.settle();
    expect(newMails()).toEqual([]);
    expect(getScheduledReminder(w.db, T, 'followup-a1-1-2027-07-01-due14')?.status).toBe('delivered');
  });

  test('after the queue is lost (Redis flushed), reconcile() restores every pending reminder and sends nothing twice', async () => {
    if (redis) {
      expect(await w.queue!.getDelayedCount()).toBeGreaterThan(0);
      await redis.flushdb();
      expect(await w.queue!.getDelayedCount()).toBe(0);
    }
    const report = await w.dispatch.reconcile();
    const pending = pendingReminders(w.db, { liveAt: w.clock.now().toISOString() }).map((r) => r.intent.id);
    expect(pending.sort()).toEqual([
      'followup-a1-1-2027-07-01-due0',
      'followup-a1-1-2027-07-01-overdue7',
      'followup-a1-2-2028-02-29-due0',
      'followup-a1-2-2028-02-29-due14',
      'followup-a1-2-2028-02-29-overdue7',
      'followup-b1-1-2027-07-01-due0',
      'followup-b1-1-2027-07-01-overdue7',
      // The tenant was active in 2027 (the deliveries are events too), so 2028's review is scheduled as well.
      'policy-review-2027',
      'policy-review-2028',
    ]);
    expect(report).toMatchObject({ pending: pending.length, removed: 0 });
    if (redis) {
      expect(report.added).toBe(pending.length);
      const jobs = await w.queue!.getDelayed(0, -1);
      expect(jobs.map((j) => j.id).sort()).toEqual(pending.map((id) => `${T}/${id}`));
    }
    await w.settle();
    expect(newMails()).toEqual([]);
  });

  test('"due today" goes out on the due date', async () => {
    await w.at('2027-07-01T06:00:00.000Z');
    const mails = newMails();
    expect(recipientsOf(mails)).toEqual(['ann', 'bo', 'dan', 'dora'].map(email));
    expect(mails.find((m) => m.to.includes(email('ann')))!.subject).toBe(
      'Lägesrapport ska lämnas i dag: 2026/0042 Arbetsträning på Kooperativet Exempel',
    );
  });

  test('a submitted report cancels its overdue reminder', async () => {
    w.clock.set('2027-07-03T10:00:00.000Z');
    await appendFacts(w.store, T, [
      fact(reportSubmitted('b1', 1, '2027-07-03', 'bo'), '2027-07-03T10:00:00.000Z', BO),
      fact(membershipEnded('rut', TERM[0], '2027-07-05'), '2027-07-03T11:00:00.000Z', ADMIN),
      fact(appointed('nils', 'member', '2027-07-05', TERM[1]), '2027-07-03T11:00:00.000Z', ADMIN),
    ]);
    await w.settle();
    expect(getScheduledReminder(w.db, T, 'followup-b1-1-2027-07-01-overdue7')?.status).toBe('cancelled');
    if (w.queue) expect(await w.queue.getJob('t1/followup-b1-1-2027-07-01-overdue7')).toBeUndefined();
  });

  test('7 days overdue, the report is escalated to the board as composed that day (English for whoever reads English)', async () => {
    await w.at('2027-07-08T06:00:00.000Z');
    const mails = newMails();
    expect(recipientsOf(mails)).toEqual(['af', 'ann', 'carl', 'dora', 'kim', 'nils'].map(email));
    const sv = mails.find((m) => m.to.includes(email('carl')))!;
    expect(sv.subject).toBe('Försenad uppföljning: 2026/0042 Arbetsträning på Kooperativet Exempel');
    expect(sv.text).toContain('skulle ha lämnats senast 2027-07-01');
    expect(sv.text).toContain('Styrelsen informeras');
    expect(sv.text).toContain('https://beslut.example.se/cases/a1#uppfoljning');
    expect(mails.find((m) => m.to.includes(email('kim')))!.subject).toBe(
      'Follow-up overdue: 2026/0042 Arbetsträning på Kooperativet Exempel',
    );
  });

  test('every reminder was delivered exactly once per recipient, and the ledger in the event store says so', async () => {
    await w.dispatch.reconcile();
    await w.at('2027-07-08T07:00:00.000Z');
    expect(newMails()).toEqual([]);
    const keys = smtp.received.map((m) => `${m.to.join(',')} ${m.messageId}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(smtp.received).toHaveLength(14);
    const ledger = [
      ...(await w.store.readStream(`${T}/reminder-deliveries-2027-06`)),
      ...(await w.store.readStream(`${T}/reminder-deliveries-2027-07`)),
    ];
    expect(
      ledger
        .filter((e) => e.type === 'ReminderDelivered')
        .map((e) => (e.data as { intentId: string }).intentId)
        .sort(),
    ).toEqual([
      'followup-a1-1-2027-07-01-due0',
      'followup-a1-1-2027-07-01-due14',
      'followup-a1-1-2027-07-01-overdue7',
      'followup-b1-1-2027-07-01-due0',
      'followup-b1-1-2027-07-01-due14',
    ]);
    expect(ledger.filter((e) => e.type === 'ReminderMailSent')).toHaveLength(14);
  });
});
