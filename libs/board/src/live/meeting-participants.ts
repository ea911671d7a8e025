import type { BoardPosition, BoardSeat } from '../composition/board.events.js';

export interface MeetingParticipant {
  personId: string;
  /** From the erasable people directory; an erased person shows as the directory says. */
  name: string;
  /** Their seat on the board as composed on the meeting's date; null for others named at the meeting. */
  position: BoardPosition | null;
  memberOrganisation: string | null;
  /** For a substitute: the member whose personal substitute they are. */
  substituteFor: string | null;
}

/**
 * Who the meeting room names: the board's seats on the meeting's date, then anyone else the
 * meeting recorded (present, adjuster) who holds no seat. Names only; who serves is the API's rule.
 */
export function meetingParticipants(
  seats: readonly BoardSeat[],
  others: readonly string[],
  nameOf: (personId: string) => string,
): MeetingParticipant[] {
  const seated = seats.map((s) => ({
    personId: s.personId,
    name: nameOf(s.personId),
    position: s.position,
    memberOrganisation: s.memberOrganisation.name,
    substituteFor: s.substituteFor,
  }));
  const known = new Set(seats.map((s) => s.personId));
  const rest = [...new Set(others)]
    .filter((id) => !known.has(id))
    .map((personId) => ({ personId, name: nameOf(personId), position: null, memberOrganisation: null, substituteFor: null }));
  return [...seated, ...rest];
}
