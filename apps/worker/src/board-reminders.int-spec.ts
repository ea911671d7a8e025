import {
  startSmtpSink,
  type SmtpSink,
  agendaItemAdded,
  appendFacts,
  appointed,
  caseTaken,
  fact,
  itemOpened,
  meetingClosed,
  meetingOpened,
  meetingScheduled,
  minutesAttested,
  seat,
  submitted,
  supplementRequested,
  revised,
  voteCast,
} from '@beslutskedjan/reminders/testing';
import { startWorker, type WorkerHarness } from './testing/worker-harness.js';

/**
 * The director's and the board's reminders end to end in the worker (embedded due-list; the
 * BullMQ path is the same delivery, see reminders.int-spec.ts): who gets what, and when.
 */
const T = 't1';
const ADMIN = { userId: 'adam', role: 'admin' } as const;
const CARL = { userId: 'carl', role: 'chair' } as const;
const board = [seat('carl', 'chair'), seat('kim'), seat('rut'), seat('af'), seat('sub', 'substitute', 'af')];

describe('Reminders to the director and the board (embedded)', () => {
  let smtp: SmtpSink;
  let w: WorkerHarness;
  let seen = 0;
  const fresh = () => {
    const mails = smtp.received.slice(seen);
    seen = smtp.received.length;
    return mails.map((m) => `${m.to.join(',')} | ${m.subject}`).sort();
  };

  beforeAll(async () => {
    smtp = await startSmtpSink();
    w = await startWorker({ now: '2027-01-10T08:00:00.000Z', env: { SMTP_URL: smtp.url, DIRECTOR_USER_IDS: `${T}:dora` } });
    for (const p of ['dora', 'ann', 'carl', 'kim', 'rut', 'af', 'sub'])
      w.people.upsert(T, p, { displayName: null, email: `${p}@example.se` }, '2027-01-01T00:00:00.000Z');
    await appendFacts(w.store, T, [
      ...['kim', 'rut', 'af'].map((p) => fact(appointed(p, 'member', '2027-01-01', '2027-12-31'), '2027-01-01T09:00:00.000Z', ADMIN)),
      fact(appointed('carl', 'chair', '2027-01-01', '2027-12-31'), '2027-01-01T09:00:00.000Z', ADMIN),
      fact(appointed('sub', 'substitute', '2027-01-01', '2027-12-31', 'af'), '2027-01-01T09:00:00.000Z', ADMIN),
    ]);
    await w.settle();
  });
  afterAll(async () => {
    await w.close();
    await smtp.close();
  });

  it('a new case goes to the configured director at once; once taken, its preparer hears of the supplement', async () => {
    await appendFacts(w.store, T, [
      fact(submitted('a1', '2027/0001', '2027-01-10T08:00:00.000Z'), '2027-01-10T08:00:00.000Z', { userId: 'ann', role: 'applicant' }),
    ]);
    await w.settle();
    expect(fresh()).toEqual(['dora@example.se | Nytt ärende att bereda: 2027/0001 Arbetsträning på Kooperativet Exempel']);
    await appendFacts(w.store, T, [
      fact(caseTaken('a1', 'rut'), '2027-01-11T08:00:00.000Z', { userId: 'rut', role: 'director' }),
      fact(supplementRequested('a1', 'r1', '2027-01-20'), '2027-01-11T09:00:00.000Z', { userId: 'rut', role: 'director' }),
      fact(revised('a1', 2, 'r1', '2027-01-12T10:00:00.000Z'), '2027-01-12T10:00:00.000Z', { userId: 'ann', role: 'applicant' }),
    ]);
    await w.at('2027-01-12T10:00:01.000Z');
    expect(fresh()).toEqual(['rut@example.se | Komplettering inkommen: 2027/0001 Arbetsträning på Kooperativet Exempel']);
    await w.at('2027-01-25T07:00:00.000Z');
    expect(fresh()).toEqual(['rut@example.se | Beredningen drar ut på tiden: 2027/0001 Arbetsträning på Kooperativet Exempel']);
  });

  it('the kallelse goes to chair, members and substitutes seven days before the meeting', async () => {
    await appendFacts(w.store, T, [
      fact(meetingScheduled('m1', '2027-02-11'), '2027-01-25T08:00:00.000Z'),
      fact(agendaItemAdded('m1', 1, 'a1', '2027/0001', 'rut'), '2027-01-25T08:01:00.000Z'),
    ]);
    await w.at('2027-02-04T06:59:00.000Z');
    expect(fresh()).toEqual([]);
    await w.at('2027-02-04T07:00:00.000Z');
    expect(fresh()).toEqual(
      ['af', 'carl', 'kim', 'rut', 'sub'].map((p) => `${p}@example.se | Kallelse: Styrelsemöte 2027-02-11 (2027-02-11)`),
    );
  });

  it('once votering is asked for, an hour after the item opened each voter still missing is reminded, and after closing chair and adjuster are asked to attest', async () => {
    w.clock.set('2027-02-11T13:00:00.000Z');
    await appendFacts(w.store, T, [
      fact(meetingOpened('m1', ['carl', 'kim', 'rut', 'sub'], board, 'kim'), '2027-02-11T13:00:00.000Z', CARL),
      fact(itemOpened('m1', 1), '2027-02-11T13:05:00.000Z', CARL),
      fact({ type: 'VoteringRequested', data: { meetingId: 'm1', itemNo: 1, personId: 'kim' } }, '2027-02-11T13:06:00.000Z', {
        userId: 'kim',
        role: 'board_member',
      }),
      fact(voteCast('m1', 1, 'carl'), '2027-02-11T13:10:00.000Z', CARL),
      fact(voteCast('m1', 1, 'kim'), '2027-02-11T13:11:00.000Z', { userId: 'kim', role: 'board_member' }),
    ]);
    await w.at('2027-02-11T14:05:00.000Z');
    // rut prepared the case, so she does not vote; the substitute votes for the absent af.
    expect(fresh()).toEqual(['sub@example.se | Din röst saknas: § 1 2027/0001 Arbetsträning på Kooperativet Exempel']);
    await appendFacts(w.store, T, [
      fact(meetingClosed('m1'), '2027-02-11T15:00:00.000Z', CARL),
      fact(minutesAttested('m1', 'carl', 'chair', '2027-02-11'), '2027-02-11T15:30:00.000Z', CARL),
    ]);
    await w.at('2027-02-12T15:00:00.000Z');
    expect(fresh()).toEqual(['kim@example.se | Protokoll att justera: Styrelsemöte 2027-02-11 (2027-02-11)']);
  });

  it('on 1 October the director and the chair are reminded of the yearly policy review', async () => {
    await w.at('2027-10-01T06:00:00.000Z');
    expect(fresh()).toEqual(['carl', 'dora'].map((p) => `${p}@example.se | Årlig översyn av riktlinjer och handlingsplan 2027`));
  });
});
