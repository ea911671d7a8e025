import {
  asFacts,
  caseTaken,
  fact,
  funded,
  recommended,
  reportSubmitted,
  rescheduled,
  submitted,
  supplementRequested,
  waived,
  type TestFact,
} from '../testing/reminder-fixtures.js';
import { deadlinesFallenDue } from './deadlines.js';
import { evolveSubject, subjectKeyOf, type SubjectState } from './reminder-automation.js';
import { DEFAULT_REMINDER_TIMINGS, timingsFrom } from './reminder-timings.js';

/** The subject's state as the schedule projection folds it, then what has fallen due at `now`. */
function given(facts: TestFact[]) {
  const states = new Map<string, SubjectState>();
  for (const f of asFacts(facts)) {
    const key = subjectKeyOf(f);
    if (key === null) continue;
    const next = evolveSubject(states.get(key) ?? null, f);
    if (next !== null) states.set(key, next);
  }
  return {
    at: (now: string, timings = DEFAULT_REMINDER_TIMINGS) =>
      [...states.values()].flatMap((s) => deadlinesFallenDue(s, 't1', timings, now)).map((i) => ({ kind: i.kind, id: i.id })),
  };
}

const SUBMITTED_AT = '2026-03-02T09:00:00.000Z';
const takenCase = [fact(submitted('a1', '2026/0042', SUBMITTED_AT), SUBMITTED_AT), fact(caseTaken('a1'), '2026-03-03T10:00:00.000Z')];

describe('Deadlines in the inbox: a case running late', () => {
  it('given a case taken on 3 March, when it is 17 March 07:59 Swedish time, then it is not late yet', () => {
    expect(given(takenCase).at('2026-03-17T06:59:59.999Z')).toEqual([]);
  });

  it('given a case taken on 3 March, when the 14 days have passed (17 March 08:00), then it is running late', () => {
    expect(given(takenCase).at('2026-03-17T07:00:00.000Z')).toEqual([
      { kind: 'preparation_late', id: 'case-a1-preparation-late-2026-03-03' },
    ]);
  });

  it('given a supplement was requested, when the 14 days have passed, then the case is still late (the clock runs while waiting)', () => {
    const waiting = [...takenCase, fact(supplementRequested('a1', 'r1', '2026-03-20'), '2026-03-04T10:00:00.000Z')];
    expect(
      given(waiting)
        .at('2026-03-20T12:00:00.000Z')
        .map((d) => d.kind),
    ).toEqual(['preparation_late']);
  });

  it('given the recommendation was made, when any time passes, then nothing is late', () => {
    expect(given([...takenCase, fact(recommended('a1'), '2026-03-20T10:00:00.000Z')]).at('2026-05-01T00:00:00.000Z')).toEqual([]);
  });

  it('given a tenant that allows 30 days, when 14 days have passed, then the case is not late', () => {
    const timings = timingsFrom({ defaults: {}, tenants: { t1: { preparationLateDays: 30 } } })('t1');
    expect(given(takenCase).at('2026-03-20T12:00:00.000Z', timings)).toEqual([]);
    expect(
      given(takenCase)
        .at('2026-04-02T06:00:00.000Z', timings)
        .map((d) => d.kind),
    ).toEqual(['preparation_late']);
  });
});

describe('Deadlines in the inbox: a follow-up report due', () => {
  const fundedFacts = [
    fact(
      funded('i1', '2026/0042', [
        [1, 'progress_report', '2027-07-01'],
        [2, 'final_report', '2028-02-29'],
      ]),
      '2026-12-14T12:00:00.000Z',
    ),
  ];

  it('given a report due on 1 July, when it is more than 14 days before, then nothing is due', () => {
    expect(given(fundedFacts).at('2027-06-16T12:00:00.000Z')).toEqual([]);
  });

  it('given a report due on 1 July, when it is 14 days before, then it is due soon', () => {
    expect(given(fundedFacts).at('2027-06-17T06:00:00.000Z')).toEqual([
      { kind: 'follow_up_due_soon', id: 'followup-i1-1-2027-07-01-due14' },
    ]);
  });

  it('given a report due on 1 July, when the day comes and passes, then it shows once: due today, then overdue, and stays overdue', () => {
    expect(
      given(fundedFacts)
        .at('2027-07-01T06:00:00.000Z')
        .map((d) => d.kind),
    ).toEqual(['follow_up_due_today']);
    expect(
      given(fundedFacts)
        .at('2027-07-08T06:00:00.000Z')
        .map((d) => d.kind),
    ).toEqual(['follow_up_overdue']);
    // A mail lapses after 30 days; the work does not.
    expect(
      given(fundedFacts)
        .at('2027-12-01T06:00:00.000Z')
        .map((d) => d.kind),
    ).toEqual(['follow_up_overdue']);
  });

  it('given the report was submitted, waived or rescheduled, when the old date passes, then that item is not due', () => {
    const at = '2027-07-02T12:00:00.000Z';
    expect(given([...fundedFacts, fact(reportSubmitted('i1', 1, '2027-06-30'), '2027-06-30T10:00:00.000Z')]).at(at)).toEqual([]);
    expect(given([...fundedFacts, fact(waived('i1', 1), '2027-05-01T10:00:00.000Z')]).at(at)).toEqual([]);
    const moved = given([...fundedFacts, fact(rescheduled('i1', 1, '2027-07-01', '2027-09-01'), '2027-05-01T10:00:00.000Z')]);
    expect(moved.at(at)).toEqual([]);
    expect(moved.at('2027-09-01T06:00:00.000Z')).toEqual([{ kind: 'follow_up_due_today', id: 'followup-i1-1-2027-09-01-due0' }]);
  });
});
