import { currentDueDates, openItems } from './follow-up-due-dates.js';
import { initiativeDecider } from './initiative.decider.js';
import type { InitiativeEvent } from './initiative.events.js';
import type { InitiativeState } from './initiative.state.js';
import { closed, finalAccepted, funded, rescheduled, reviewed, submitted, waived } from './testing/initiative-fixtures.js';

const stateOf = (events: InitiativeEvent[]): InitiativeState => events.reduce(initiativeDecider.evolve, initiativeDecider.initialState());

describe('the follow-up plan as the events left it', () => {
  const history: InitiativeEvent[] = [
    funded(),
    waived(1),
    rescheduled(2, '2027-04-01', '2027-05-01'),
    submitted(2),
    reviewed(2, 'returned', { newDueDate: '2027-05-20' }),
    submitted(3),
  ];

  it('tracks each item: original and current due date, status, submissions and history', () => {
    const state = stateOf(history);
    if (state.status !== 'funded') throw new Error('expected a funded initiative');
    expect(state.items.find((i) => i.n === 2)).toEqual({
      n: 2,
      kind: 'progress_report',
      originalDueDate: '2027-04-01',
      dueDate: '2027-05-20',
      status: 'returned',
      submissions: 1,
      history: [history[2], history[3], history[4]],
    });
  });

  it('gives every current due date, and the items still to be reported', () => {
    const state = stateOf(history);
    expect(currentDueDates(state)).toEqual([
      { n: 1, kind: 'finsam_registration', dueDate: '2027-02-01', status: 'waived' },
      { n: 2, kind: 'progress_report', dueDate: '2027-05-20', status: 'returned' },
      { n: 3, kind: 'progress_report', dueDate: '2027-10-01', status: 'submitted' },
      { n: 4, kind: 'final_report', dueDate: '2028-02-29', status: 'due' },
    ]);
    expect(openItems(state).map((i) => i.n)).toEqual([2, 4]);
  });

  it('has nothing open before funding or after closing', () => {
    expect(currentDueDates(stateOf([]))).toEqual([]);
    expect(openItems(stateOf([]))).toEqual([]);
    const done = stateOf([...finalAccepted(), closed()]);
    expect(done.status).toBe('closed');
    expect(openItems(done)).toEqual([]);
    expect(currentDueDates(done)).toHaveLength(4);
  });

  it('keeps the first of two items with the same number, and ignores events for unknown items', () => {
    const plan = funded().data.terms.followUpPlan;
    const twice = funded({
      terms: { ...funded().data.terms, followUpPlan: { items: [...plan.items, { n: 4, kind: 'progress_report', dueDate: '2029-01-01' }] } },
    });
    expect(currentDueDates(stateOf([twice, waived(9)]))).toEqual(currentDueDates(stateOf([funded()])));
  });
});
