import type { BoardSeat } from '../composition/board.events.js';
import { members } from '../composition/composition-on.js';
import type { Quorum } from './meeting.events.js';
import { servingSeats, type SeatsInput } from './seats.js';

/** More than half of the members: 7 → 4, 6 → 4. */
export const requiredFor = (memberCount: number): number => Math.floor(memberCount / 2) + 1;

/** Counted over the member seats served on the item: by the holder, or by a substitute in the holder's place. */
export function quorumOf(input: SeatsInput & { board: readonly BoardSeat[] }): Quorum {
  return {
    members: members(input.board).length,
    participating: servingSeats(input).length,
    required: requiredFor(members(input.board).length),
  };
}

export const isQuorate = (q: Quorum): boolean => q.participating >= q.required;
