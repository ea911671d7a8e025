import type { BoardEvent, BoardSeat } from './board.events.js';
import { evolveBoard, initialBoardState, isActiveOn, isMemberPosition, type BoardState } from './board.state.js';

const ORDER: Record<BoardSeat['position'], number> = { chair: 0, vice_chair: 1, member: 2, substitute: 3 };

/**
 * The board as composed on `date`: every appointment whose term covers the date and that did not
 * end on or before it. Chair first, then members, then substitutes, each in appointment order,
 * so the snapshot recorded in a decision is deterministic.
 */
export function compositionOn(source: BoardState | readonly BoardEvent[], date: string): BoardSeat[] {
  const state = 'appointments' in source ? source : source.reduce(evolveBoard, initialBoardState());
  return state.appointments
    .filter((a) => isActiveOn(a, date))
    .map((a, index) => ({ a, index }))
    .sort((x, y) => ORDER[x.a.position] - ORDER[y.a.position] || x.index - y.index)
    .map(({ a }) => ({
      personId: a.personId,
      position: a.position,
      memberOrganisation: a.memberOrganisation,
      substituteFor: a.substituteFor,
    }));
}

/** The seats with a vote of their own: chair and members. */
export const members = (seats: readonly BoardSeat[]): BoardSeat[] => seats.filter((s) => isMemberPosition(s.position));

export const substitutes = (seats: readonly BoardSeat[]): BoardSeat[] => seats.filter((s) => s.position === 'substitute');

export const chairOf = (seats: readonly BoardSeat[]): BoardSeat | undefined => seats.find((s) => s.position === 'chair');

export const viceChairOf = (seats: readonly BoardSeat[]): BoardSeat | undefined => seats.find((s) => s.position === 'vice_chair');

/** A member's personal substitutes (personliga ersättare) in the order they were appointed, which is the order they are called in. */
export const substitutesFor = (seats: readonly BoardSeat[], memberId: string): BoardSeat[] =>
  seats.filter((s) => s.position === 'substitute' && s.substituteFor === memberId);

export const seatOf = (seats: readonly BoardSeat[], personId: string): BoardSeat | undefined => seats.find((s) => s.personId === personId);
