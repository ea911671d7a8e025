import type { ApprovalTerms } from '@beslutskedjan/application';
import type { BoardPosition } from '../composition/board.events.js';
import type { Quorum, Tally } from '../meeting/meeting.events.js';
import type { AgendaItem, HeldMeeting, MeetingState } from '../meeting/meeting.state.js';
import { quorumOf } from '../meeting/quorum.js';
import { presidingOn, servingOn } from '../meeting/seats.js';

type Named = { personId: string; name: string };

/** One person's seat at the meeting, as the board was composed on its date. */
export interface RoomSeat extends Named {
  position: BoardPosition;
  memberOrganisation: string;
  substituteFor: string | null;
  present: boolean;
}

export interface RoomItem {
  itemNo: number;
  title: string;
  caseNumber: string;
  kind: AgendaItem['kind'];
  status: AgendaItem['status'];
  recommendation: 'approve' | 'reject';
  motivation: string;
  terms: ApprovalTerms | null;
  /** Who presides over this item, by the API's rule (chair, vice chair, ordförande för dagen). */
  presiding: Named | null;
  /** Each member seat and who serves in it on this item: the holder or their substitute. */
  serving: Array<Named & { seat: string; seatName: string; substitute: boolean }>;
  quorum: Quorum;
  recusals: Array<Named & { reason: string }>;
  motions: Array<Named & { motionNo: number; kind: string; terms: ApprovalTerms | null; motivation: string | null }>;
  question: { motionNo: number; againstMotionNo: number | null; presiding: Named } | null;
  votering: Named | null;
  /** Who has voted; how they voted stays out until the outcome is recorded. */
  voted: Named[];
  votes: Array<Named & { vote: 'yes' | 'no' | 'abstain' }> | null;
  outcome: { outcome: string; method: string; tally: Tally; castingVote: string | null; amended: boolean } | null;
  reservations: Array<Named & { motivation: string | null }>;
  notes: Array<Named & { text: string }>;
  /** Omedelbar justering of this paragraph at the meeting, with the hash of the paragraph attested. */
  attestedImmediately: { attestedOn: string; paragraphSha256: string } | null;
}

export interface MeetingRoomView {
  meetingId: string;
  label: string;
  date: string;
  location: string | null;
  status: Exclude<MeetingState['status'], 'none'>;
  /** Null until the meeting is opened and attendance taken. */
  seats: RoomSeat[] | null;
  adjuster: Named | null;
  chairForTheDay: Named | null;
  /** Who presides over the meeting when no item is open. */
  presiding: Named | null;
  openItem: RoomItem | null;
  items: Array<{ itemNo: number; title: string; caseNumber: string; status: AgendaItem['status']; outcome: string | null }>;
}

const held = (s: MeetingState): s is HeldMeeting => s.status === 'opened' || s.status === 'closed' || s.status === 'attested';

/**
 * What the meeting room shows, from the meeting's own state: the seats, who serves and presides,
 * the quorum, and the open item's motions, question, votering and outcome. Every rule here is the
 * board model's own function; the room only names the people.
 */
export function meetingRoomView(state: Exclude<MeetingState, { status: 'none' }>, nameOf: (personId: string) => string): MeetingRoomView {
  const named = (personId: string): Named => ({ personId, name: nameOf(personId) });
  const maybe = (personId: string | null | undefined) => (personId ? named(personId) : null);
  const meeting = held(state) ? state : null;
  const current = state.items.find((i) => i.status === 'open') ?? null;
  return {
    meetingId: state.meetingId,
    label: state.label,
    date: state.date,
    location: state.location,
    status: state.status,
    seats:
      meeting?.board.map((s) => ({
        ...named(s.personId),
        position: s.position,
        memberOrganisation: s.memberOrganisation.name,
        substituteFor: s.substituteFor,
        present: meeting.present.includes(s.personId),
      })) ?? null,
    adjuster: maybe(meeting?.adjusterId),
    chairForTheDay: maybe(meeting?.chairForTheDay),
    presiding: meeting ? maybe(presidingOn(meeting, null)) : null,
    openItem: meeting && current ? roomItem(meeting, current, named) : null,
    items: state.items.map((i) => ({
      itemNo: i.itemNo,
      title: i.case.title,
      caseNumber: i.case.caseNumber,
      status: i.status,
      outcome: i.outcome?.outcome ?? null,
    })),
  };
}

function roomItem(meeting: HeldMeeting, item: AgendaItem, named: (personId: string) => Named): RoomItem {
  const decided = item.outcome !== null;
  const recused = item.recusals.map((r) => r.personId);
  return {
    itemNo: item.itemNo,
    title: item.case.title,
    caseNumber: item.case.caseNumber,
    kind: item.kind,
    status: item.status,
    recommendation: item.case.recommendation,
    motivation: item.case.motivation,
    terms: item.case.terms,
    presiding: ((p) => (p ? named(p) : null))(presidingOn(meeting, item)),
    serving: servingOn(meeting, item).map((s) => ({
      ...named(s.personId),
      seat: s.seat,
      seatName: named(s.seat).name,
      substitute: s.substitute,
    })),
    quorum: quorumOf({ board: meeting.board, present: meeting.present, recused, preparedBy: item.case.preparedBy }),
    recusals: item.recusals.map((r) => ({ ...named(r.personId), reason: r.reason })),
    motions: item.motions.map((m) => ({
      ...named(m.personId),
      motionNo: m.motionNo,
      kind: m.kind,
      terms: m.terms,
      motivation: m.motivation,
    })),
    question: item.question
      ? { motionNo: item.question.motionNo, againstMotionNo: item.question.againstMotionNo, presiding: named(item.question.presidingId) }
      : null,
    votering: item.voteringRequestedBy ? named(item.voteringRequestedBy) : null,
    voted: item.votes.map((v) => named(v.personId)),
    votes: decided ? item.votes.map((v) => ({ ...named(v.personId), vote: v.vote })) : null,
    outcome: item.outcome
      ? {
          outcome: item.outcome.outcome,
          method: item.outcome.method,
          tally: item.outcome.tally,
          castingVote: item.outcome.castingVote,
          amended: item.outcome.amended,
        }
      : null,
    reservations: item.reservations.map((r) => ({ ...named(r.personId), motivation: r.motivation })),
    notes: item.notes.map((n) => ({ ...named(n.personId), text: n.text })),
    attestedImmediately: item.attestedImmediately
      ? { attestedOn: item.attestedImmediately.attestedOn, paragraphSha256: item.attestedImmediately.paragraphSha256 }
      : null,
  };
}
