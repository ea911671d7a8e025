import { appointed, org } from '../testing/board-fixtures.js';
import type { BoardEvent } from './board.events.js';
import { evolveBoard, initialBoardState } from './board.state.js';
import { chairOf, compositionOn, members, seatOf, substitutes } from './composition-on.js';

const history: BoardEvent[] = [
  appointed({ appointmentId: 'a-s1', personId: 'p-s1', position: 'substitute', substituteFor: 'p-1' }),
  appointed({ appointmentId: 'a-1', personId: 'p-1', memberOrganisation: org('region') }),
  appointed({ appointmentId: 'a-c', personId: 'p-chair', position: 'chair' }),
  appointed({ appointmentId: 'a-2', personId: 'p-2', termFrom: '2024-07-01' }),
  appointed({ appointmentId: 'a-old', personId: 'p-old', termFrom: '2019-01-01', termTo: '2022-12-31' }),
  appointed({ appointmentId: 'a-3', personId: 'p-3' }),
  {
    type: 'BoardMembershipEnded',
    data: { appointmentId: 'a-3', personId: 'p-3', endedOn: '2024-03-14', reason: 'Flyttat', endedBy: 'u-admin' },
  },
];

describe('compositionOn', () => {
  it('lists the seats held on the date: chair, members, substitutes, each in appointment order', () => {
    expect(compositionOn(history, '2024-03-13').map((s) => [s.personId, s.position])).toEqual([
      ['p-chair', 'chair'],
      ['p-1', 'member'],
      ['p-3', 'member'],
      ['p-s1', 'substitute'],
    ]);
  });

  it('carries organisation and substituteFor into each seat', () => {
    const seats = compositionOn(history, '2024-03-13');
    expect(seatOf(seats, 'p-1')).toEqual({ personId: 'p-1', position: 'member', memberOrganisation: org('region'), substituteFor: null });
    expect(seatOf(seats, 'p-s1')?.substituteFor).toBe('p-1');
  });

  it('drops a membership from the day it ended', () => {
    expect(compositionOn(history, '2024-03-14').map((s) => s.personId)).not.toContain('p-3');
  });

  it('includes terms from their first day to their last, inclusive', () => {
    expect(compositionOn(history, '2024-07-01').map((s) => s.personId)).toContain('p-2');
    expect(compositionOn(history, '2024-06-30').map((s) => s.personId)).not.toContain('p-2');
    expect(compositionOn(history, '2022-12-31').map((s) => s.personId)).toEqual(['p-old']);
    expect(compositionOn(history, '2027-01-01')).toEqual([]);
  });

  it('reads folded state as well as events', () => {
    const state = history.reduce(evolveBoard, initialBoardState());
    expect(compositionOn(state, '2024-08-01')).toEqual(compositionOn(history, '2024-08-01'));
  });

  it('splits members (chair included) from substitutes', () => {
    const seats = compositionOn(history, '2024-08-01');
    expect(members(seats).map((s) => s.personId)).toEqual(['p-chair', 'p-1', 'p-2']);
    expect(substitutes(seats).map((s) => s.personId)).toEqual(['p-s1']);
    expect(chairOf(seats)?.personId).toBe('p-chair');
    expect(chairOf(members(compositionOn(history, '2020-01-01')))).toBeUndefined();
  });
});
