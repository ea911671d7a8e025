import type { BoardSeat } from '../composition/board.events.js';
import { chairOf, members, substitutesFor, viceChairOf } from '../composition/composition-on.js';
import type { AgendaItem, HeldMeeting } from './meeting.state.js';

/** Who serves (tjänstgör) in one member seat on one item. */
export interface ServingSeat {
  /** The member (ledamot) whose seat it is. */
  seat: string;
  personId: string;
  substitute: boolean;
}

export interface SeatsInput {
  board: readonly BoardSeat[];
  present: readonly string[];
  /** Jävig on the item: takes no part and is not counted as present at it. */
  recused: readonly string[];
  /** Disqualified like the recused: the person who prepared the case takes no part in deciding it. */
  preparedBy?: string | undefined;
}

/**
 * Each member seat is served by its holder when present and not jävig, else by the first of the
 * holder's personal substitutes (in the order the composition lists them) who is present and not
 * jävig; else the seat is empty on the item.
 */
export function servingSeats({ board, present, recused, preparedBy }: SeatsInput): ServingSeat[] {
  const available = (personId: string) => present.includes(personId) && !recused.includes(personId) && personId !== preparedBy;
  return members(board).flatMap((holder): ServingSeat[] => {
    if (available(holder.personId)) return [{ seat: holder.personId, personId: holder.personId, substitute: false }];
    const standIn = substitutesFor(board, holder.personId).find((s) => available(s.personId));
    return standIn === undefined ? [] : [{ seat: holder.personId, personId: standIn.personId, substitute: true }];
  });
}

export const servingOn = (meeting: HeldMeeting, item: AgendaItem): ServingSeat[] =>
  servingSeats({
    board: meeting.board,
    present: meeting.present,
    recused: item.recusals.map((r) => r.personId),
    preparedBy: item.case.preparedBy,
  });

/**
 * Who presides over an item: the chair, else the vice chair, else the ordförande för dagen the
 * meeting chose; in each case present and not jävig on the item. Null when nobody can.
 */
export function presidingOn(meeting: HeldMeeting, item: AgendaItem | null): string | null {
  const recused = item?.recusals.map((r) => r.personId) ?? [];
  const can = (personId: string | undefined | null): personId is string =>
    personId !== undefined &&
    personId !== null &&
    meeting.present.includes(personId) &&
    !recused.includes(personId) &&
    personId !== item?.case.preparedBy;
  const candidates = [chairOf(meeting.board)?.personId, viceChairOf(meeting.board)?.personId, meeting.chairForTheDay];
  return candidates.find(can) ?? null;
}

/** Who chairs the meeting as a whole and signs its minutes: the first of chair, vice chair, ordförande för dagen present. */
export const meetingChairOf = (meeting: HeldMeeting): string | null => presidingOn(meeting, null);
