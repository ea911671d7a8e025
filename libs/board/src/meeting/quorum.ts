import type { BoardSeat } from '../composition/board.events.js';
import { members } from '../composition/composition-on.js';
import type { Quorum } from './meeting.events.js';

/** More than half of the members: 7 → 4, 6 → 4. */
export const requiredFor = (memberCount: number): number => Math.floor(memberCount / 2) + 1;

export interface Participation {
  board: readonly BoardSeat[];
  present: readonly string[];
  recused: readonly string[];
  votes: ReadonlyArray<{ personId: string; replacing: string | null }>;
  /** Disqualified like the recused: the person who prepared the case takes no part in deciding it. */
  preparedBy?: string;
}

/**
 * Counted per member seat (chair included): a seat takes part when its holder is present and
 * neither recused nor the preparer, or when a substitute has voted in its place.
 */
export function quorumOf(p: Participation): Quorum {
  const seats = members(p.board);
  const present = new Set(p.present);
  const recused = new Set(p.recused);
  const replaced = new Set(p.votes.flatMap((v) => (v.replacing === null ? [] : [v.replacing])));
  const takesPart = (personId: string) =>
    replaced.has(personId) || (present.has(personId) && !recused.has(personId) && personId !== p.preparedBy);
  return {
    members: seats.length,
    participating: seats.filter((s) => takesPart(s.personId)).length,
    required: requiredFor(seats.length),
  };
}

export const isQuorate = (q: Quorum): boolean => q.participating >= q.required;
