import {
  agendaItemAdded,
  asFacts,
  boardDecisionTookEffect,
  caseTaken,
  fact,
  funded,
  initiativeClosed,
  itemClosed,
  itemOpened,
  meetingClosed,
  meetingOpened,
  meetingScheduled,
  minutesAttested,
  recommended,
  recusalDeclared,
  reportSubmitted,
  rescheduled,
  revised,
  reviewed,
  seat,
  submitted,
  supplementRequested,
  voteCast,
  waived,
  withdrawn,
  type TestFact,
} from '../testing/reminder-fixtures.js';
import { evolveSchedule, initialScheduleState, reminderIntents } from './reminder-automation.js';
import type { ReminderIntent } from './reminder-intent.js';
import { DEFAULT_REMINDER_TIMINGS, timingsFrom, type ReminderTimings } from './reminder-timings.js';

const given = (facts: TestFact[], timings: ReminderTimings = DEFAULT_REMINDER_TIMINGS): ReminderIntent[] =>
  reminderIntents(asFacts(facts).reduce(evolveSchedule, initialScheduleState('t1')), timings).filter((i) => i.kind !== 'policy_review');
const ids = (intents: ReminderIntent[]) => intents.map((i) => i.id);
const summary = (intents: ReminderIntent[]) => intents.map(({ id, dueAt, audience }) => ({ id, dueAt, audience }));

const SUBMITTED_AT = '2026-03-02T09:00:00.000Z';

describe('Reminder automation: the director and the cases', () => {
  it('given a submitted case, then the director is reminded to prepare it at once', () => {
    expect(summary(given([fact(submitted('a1', '2026/0042', SUBMITTED_AT), SUBMITTED_AT)]))).toEqual([
      { id: 'case-a1-to-prepare', dueAt: SUBMITTED_AT, audience: 'director' },
    ]);
  });

  it('given the case was taken, then "to prepare" is gone and "preparation late" is due 14 days later at 08:00 Swedish time', () => {
    const intents = given([
      fact(submitted('a1', '2026/0042', SUBMITTED_AT), SUBMITTED_AT),
      fact(caseTaken('a1'), '2026-03-03T10:00:00.000Z'),
    ]);
    expect(summary(intents)).toEqual([
      { id: 'case-a1-preparation-late-2026-03-03', dueAt: '2026-03-17T07:00:00.000Z', audience: 'director' },
    ]);
    expect(intents[0]?.subject).toMatchObject({ caseNumber: '2026/0042', preparationStartedOn: '2026-03-03' });
  });

  it('given a recommendation, a withdrawal or a delegated decision, then nothing is pending for the case', () => {
    const base = [fact(submitted('a1', '2026/0042', SUBMITTED_AT), SUBMITTED_AT), fact(caseTaken('a1'), '2026-03-03T10:00:00.000Z')];
    expect(given([...base, fact(recommended('a1'), '2026-03-10T10:00:00.000Z')])).toEqual([]);
    expect(given([...base, fact(withdrawn('a1'), '2026-03-10T10:00:00.000Z')])).toEqual([]);
  });

  it('given a supplement answered by a revision, then the director hears of it at once, until the recommendation', () => {
    const base = [
      fact(submitted('a1', '2026/0042', SUBMITTED_AT), SUBMITTED_AT),
      fact(caseTaken('a1'), '2026-03-03T10:00:00.000Z'),
      fact(supplementRequested('a1', 'r1', '2026-03-20'), '2026-03-04T10:00:00.000Z'),
      fact(revised('a1', 2, 'r1', '2026-03-05T12:00:00.000Z'), '2026-03-05T12:00:00.000Z'),
    ];
    expect(ids(given(base))).toEqual(['case-a1-supplement-received-2', 'case-a1-preparation-late-2026-03-03']);
    expect(given(base).find((i) => i.kind === 'supplement_received')?.dueAt).toBe('2026-03-05T12:00:00.000Z');
    expect(given([...base, fact(recommended('a1'), '2026-03-06T10:00:00.000Z')])).toEqual([]);
  });

  it('given the board referred the case back, then preparation starts over with a new "late" reminder', () => {
    const intents = given([
      fact(submitted('a1', '2026/0042', SUBMITTED_AT), SUBMITTED_AT),
      fact(caseTaken('a1'), '2026-03-03T10:00:00.000Z'),
      fact(recommended('a1'), '2026-03-06T10:00:00.000Z'),
      fact(boardDecisionTookEffect('a1', 'referred_back', '2026-04-20'), '2026-04-20T12:00:00.000Z'),
    ]);
    expect(ids(intents)).toEqual(['case-a1-preparation-late-2026-04-20']);
  });
});

describe('Reminder automation: follow-up of funded initiatives', () => {
  const fundedFact = fact(
    funded('i1', '2026/0042', [
      [1, 'progress_report', '2027-07-01'],
      [2, 'final_report', '2028-02-29'],
    ]),
    '2026-12-14T12:00:00.000Z',
  );

  it('given a funded initiative, then each open report is due in 14 days, due today and 7 days overdue (escalated to the board)', () => {
    const intents = given([fundedFact]).filter((i) => i.subject.n === 1);
    expect(summary(intents)).toEqual([
      { id: 'followup-i1-1-2027-07-01-due14', dueAt: '2027-06-17T06:00:00.000Z', audience: 'contact_and_director' },
      { id: 'followup-i1-1-2027-07-01-due0', dueAt: '2027-07-01T06:00:00.000Z', audience: 'contact_and_director' },
      { id: 'followup-i1-1-2027-07-01-overdue7', dueAt: '2027-07-08T06:00:00.000Z', audience: 'contact_director_and_board' },
    ]);
    expect(intents[0]).toMatchObject({
      expiresAt: '2027-07-01T06:00:00.000Z',
      subject: { caseNumber: '2026/0042', contactUserId: 'ann', followUpKind: 'progress_report' },
    });
  });

  it('given the report was submitted, then its reminders are gone (the other item keeps its own)', () => {
    const intents = given([fundedFact, fact(reportSubmitted('i1', 1, '2027-07-03'), '2027-07-03T10:00:00.000Z')]);
    expect(intents.every((i) => i.subject.n === 2)).toBe(true);
    expect(intents).toHaveLength(3);
  });

  it('given the item was rescheduled, then the reminders carry the new date in their ids', () => {
    const intents = given([fundedFact, fact(rescheduled('i1', 1, '2027-07-01', '2027-09-01'), '2027-05-01T10:00:00.000Z')]);
    expect(ids(intents.filter((i) => i.subject.n === 1))).toEqual([
      'followup-i1-1-2027-09-01-due14',
      'followup-i1-1-2027-09-01-due0',
      'followup-i1-1-2027-09-01-overdue7',
    ]);
  });

  it('given a returned report with a new due date, then reminders start again for that date; accepted, waived or closed: none', () => {
    const submittedFact = fact(reportSubmitted('i1', 1, '2027-07-03'), '2027-07-03T10:00:00.000Z');
    const returned = given([fundedFact, submittedFact, fact(reviewed('i1', 1, 'returned', '2027-08-15'), '2027-07-05T10:00:00.000Z')]);
    expect(ids(returned.filter((i) => i.subject.n === 1))).toContain('followup-i1-1-2027-08-15-due0');
    expect(
      given([fundedFact, submittedFact, fact(reviewed('i1', 1, 'accepted'), '2027-07-05T10:00:00.000Z')]).filter((i) => i.subject.n === 1),
    ).toEqual([]);
    expect(given([fundedFact, fact(waived('i1', 1), '2027-05-01T10:00:00.000Z')]).filter((i) => i.subject.n === 1)).toEqual([]);
    expect(given([fundedFact, fact(initiativeClosed('i1'), '2028-03-01T10:00:00.000Z')])).toEqual([]);
  });

  it('given a tenant with its own timings, then its ids and times follow them', () => {
    const timings = timingsFrom({ defaults: {}, tenants: { t1: { followUpDueSoonDays: 10, sendAt: '09:30' } } })('t1');
    expect(summary(given([fundedFact], timings).filter((i) => i.subject.n === 1))[0]).toEqual({
      id: 'followup-i1-1-2027-07-01-due10',
      dueAt: '2027-06-21T07:30:00.000Z',
      audience: 'contact_and_director',
    });
  });

  it('given a ReminderDelivered in the log, then that intent is no longer pending', () => {
    const delivered = fact({ type: 'ReminderDelivered', data: { intentId: 'followup-i1-1-2027-07-01-due14' } }, '2027-06-17T06:00:05.000Z');
    expect(ids(given([fundedFact, delivered]))).not.toContain('followup-i1-1-2027-07-01-due14');
  });
});

describe('Reminder automation: the board', () => {
  const board = [seat('carl', 'chair'), seat('kim'), seat('rut'), seat('af'), seat('sub-af', 'substitute', 'af')];
  const scheduled = [
    fact(meetingScheduled('m1', '2026-12-10'), '2026-11-20T10:00:00.000Z'),
    fact(agendaItemAdded('m1', 1, 'a1', '2026/0042'), '2026-11-21T10:00:00.000Z'),
  ];

  it('arbetsordning – given a scheduled meeting with a pending item, then members and substitutes get the kallelse 7 days before', () => {
    expect(summary(given(scheduled))).toEqual([
      { id: 'meeting-m1-agenda', dueAt: '2026-12-03T07:00:00.000Z', audience: 'board_and_substitutes' },
    ]);
    expect(given([scheduled[0]!])).toEqual([]);
  });

  it('given an open item decided by acclamation, then nobody is asked to vote', () => {
    const acclamation = [
      ...scheduled,
      fact(meetingOpened('m1', ['carl', 'kim', 'rut', 'sub-af', 'dora'], board, 'rut'), '2026-12-10T13:00:00.000Z', {
        userId: 'carl',
        role: 'chair',
      }),
      fact(itemOpened('m1', 1), '2026-12-10T13:05:00.000Z', { userId: 'carl', role: 'chair' }),
    ];
    expect(ids(given(acclamation)).filter((id) => id.includes('-vote-'))).toEqual([]);
  });

  it('given votering asked for on an open item, then every present voter but the preparer is reminded an hour after the item opened, until they vote or recuse', () => {
    const open = [
      ...scheduled,
      fact(meetingOpened('m1', ['carl', 'kim', 'rut', 'sub-af', 'dora'], board, 'rut'), '2026-12-10T13:00:00.000Z', {
        userId: 'carl',
        role: 'chair',
      }),
      fact(itemOpened('m1', 1), '2026-12-10T13:05:00.000Z', { userId: 'carl', role: 'chair' }),
      fact({ type: 'VoteringRequested', data: { meetingId: 'm1', itemNo: 1, personId: 'kim' } }, '2026-12-10T13:06:00.000Z', {
        userId: 'kim',
        role: 'board_member',
      }),
    ];
    expect(summary(given(open))).toEqual(
      ['carl', 'kim', 'rut', 'sub-af'].map((p) => ({
        id: `meeting-m1-item-1-vote-${p}`,
        dueAt: '2026-12-10T14:05:00.000Z',
        audience: 'person',
      })),
    );
    const after = given([
      ...open,
      fact(voteCast('m1', 1, 'kim'), '2026-12-10T13:10:00.000Z'),
      fact(recusalDeclared('m1', 1, 'rut'), '2026-12-10T13:11:00.000Z'),
    ]);
    expect(ids(after)).toEqual(['meeting-m1-item-1-vote-carl', 'meeting-m1-item-1-vote-sub-af']);
    expect(given([...open, fact(itemClosed('m1', 1), '2026-12-10T14:00:00.000Z')])).toEqual([]);
  });

  it('given a closed meeting, then chair and adjuster are asked to attest a day later, each until they have', () => {
    const closed = [
      ...scheduled,
      fact(meetingOpened('m1', ['carl', 'kim', 'rut'], board, 'rut'), '2026-12-10T13:00:00.000Z'),
      fact(meetingClosed('m1'), '2026-12-10T15:00:00.000Z'),
    ];
    expect(summary(given(closed))).toEqual([
      { id: 'meeting-m1-minutes-carl', dueAt: '2026-12-11T15:00:00.000Z', audience: 'person' },
      { id: 'meeting-m1-minutes-rut', dueAt: '2026-12-11T15:00:00.000Z', audience: 'person' },
    ]);
    expect(ids(given([...closed, fact(minutesAttested('m1', 'carl', 'chair', '2026-12-12'), '2026-12-12T09:00:00.000Z')]))).toEqual([
      'meeting-m1-minutes-rut',
    ]);
  });
  it('KL 5:69 via 6:35 – given the attestation deadline the meeting recorded, then each signatory not yet signed is reminded 3 days before it', () => {
    const opened = meetingOpened('m1', ['carl', 'kim', 'rut'], board, 'rut');
    const closed = [
      ...scheduled,
      fact({ ...opened, data: { ...opened.data, attestationDueOn: '2026-12-24' } }, '2026-12-10T13:00:00.000Z'),
      fact(meetingClosed('m1'), '2026-12-10T15:00:00.000Z'),
    ];
    expect(summary(given(closed)).filter((r) => r.id.includes('deadline'))).toEqual([
      { id: 'meeting-m1-minutes-deadline-carl', dueAt: '2026-12-21T07:00:00.000Z', audience: 'person' },
      { id: 'meeting-m1-minutes-deadline-rut', dueAt: '2026-12-21T07:00:00.000Z', audience: 'person' },
    ]);
  });
});

describe('Reminder automation: the yearly policy review', () => {
  const policyReviews = (facts: TestFact[]) =>
    reminderIntents(asFacts(facts).reduce(evolveSchedule, initialScheduleState('t1')), DEFAULT_REMINDER_TIMINGS).filter(
      (i) => i.kind === 'policy_review',
    );

  it('given a tenant active since March 2026, then the review is due on 1 October of 2026 and of the next year, to the director and chair', () => {
    const intents = policyReviews([fact(submitted('a1', '2026/0042', SUBMITTED_AT), SUBMITTED_AT)]);
    expect(summary(intents)).toEqual([
      { id: 'policy-review-2026', dueAt: '2026-10-01T06:00:00.000Z', audience: 'director_and_chair' },
      { id: 'policy-review-2027', dueAt: '2027-10-01T06:00:00.000Z', audience: 'director_and_chair' },
    ]);
  });

  it('given a tenant that started after 1 October, then that year has no review', () => {
    expect(ids(policyReviews([fact(submitted('a1', '2026/0042', '2026-11-02T09:00:00.000Z'), '2026-11-02T09:00:00.000Z')]))).toEqual([
      'policy-review-2027',
    ]);
  });
});
