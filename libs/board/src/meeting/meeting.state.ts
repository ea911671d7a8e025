import { assertNever } from '@beslutskedjan/shared';
import type {
  AgendaItemAdded,
  AppealRegistered,
  BoardMeetingOpened,
  BoardMeetingScheduled,
  MeetingEvent,
  MinutesAttested,
  MinutesNoticePosted,
  MotionMoved,
  OutcomeRecorded,
  ParagraphAttestedImmediately,
  ProtocolNoteRecorded,
  QuestionPut,
  RecusalDeclared,
  ReservationRecorded,
  VoteCast,
} from './meeting.events.js';

export type AgendaItemKind = AgendaItemAdded['data']['kind'];
export type Outcome = OutcomeRecorded['data']['outcome'];
export type VoteChoice = VoteCast['data']['vote'];
export type Vote = Omit<VoteCast['data'], 'meetingId' | 'itemNo'>;
export type Recusal = Omit<RecusalDeclared['data'], 'meetingId' | 'itemNo'>;
export type RecordedOutcome = Omit<OutcomeRecorded['data'], 'meetingId' | 'itemNo'>;
export type Signature = Omit<MinutesAttested['data'], 'meetingId'>;
export type Motion = Omit<MotionMoved['data'], 'meetingId' | 'itemNo'>;
export type Question = Omit<QuestionPut['data'], 'meetingId' | 'itemNo'>;
export type Reservation = Omit<ReservationRecorded['data'], 'meetingId' | 'itemNo'>;
export type ProtocolNote = Omit<ProtocolNoteRecorded['data'], 'meetingId' | 'itemNo'>;
export type ImmediateAttestation = Omit<ParagraphAttestedImmediately['data'], 'meetingId' | 'itemNo'>;
export type Notice = Omit<MinutesNoticePosted['data'], 'meetingId'>;
export type Appeal = Omit<AppealRegistered['data'], 'meetingId' | 'itemNo'>;

/** An agenda item (ärende): pending until the presiding member opens it, then open until closed. */
export interface AgendaItem extends Omit<AgendaItemAdded['data'], 'meetingId'> {
  status: 'pending' | 'open' | 'closed';
  recusals: Recusal[];
  motions: Motion[];
  question: Question | null;
  voteringRequestedBy: string | null;
  votes: Vote[];
  outcome: RecordedOutcome | null;
  reservations: Reservation[];
  notes: ProtocolNote[];
  attestedImmediately: ImmediateAttestation | null;
  appeal: Appeal | null;
}

/** `removedItemNos`: numbers of items taken off the agenda, never given to another item. */
type Planned = BoardMeetingScheduled['data'] & { items: AgendaItem[]; removedItemNos?: number[] };
/** Who sat, who keeps and adjusts the minutes, the board as composed on the meeting date. */
type Session = Omit<BoardMeetingOpened['data'], 'meetingId'> & { chairForTheDay: string | null };
type Adjourned = { closedBy: string; signatures: Signature[] };
type Attested = { attestedOn: string; notice: Notice | null };

export type MeetingState =
  | { status: 'none' }
  | ({ status: 'scheduled' } & Planned)
  | ({ status: 'opened' } & Planned & Session)
  | ({ status: 'closed' } & Planned & Session & Adjourned)
  | ({ status: 'attested' } & Planned & Session & Adjourned & Attested);

export type OpenedMeeting = Extract<MeetingState, { status: 'opened' }>;
/** A meeting that has been held (opened, perhaps closed and attested): it has minutes. */
export type HeldMeeting = Extract<MeetingState, { status: 'opened' | 'closed' | 'attested' }>;
export type AttestedMeeting = Extract<MeetingState, { status: 'attested' }>;

export const initialMeetingState = (): MeetingState => ({ status: 'none' });

const newItem = (added: Omit<AgendaItemAdded['data'], 'meetingId'>): AgendaItem => ({
  ...added,
  status: 'pending',
  recusals: [],
  motions: [],
  question: null,
  voteringRequestedBy: null,
  votes: [],
  outcome: null,
  reservations: [],
  notes: [],
  attestedImmediately: null,
  appeal: null,
});

export function evolveMeeting(state: MeetingState, event: MeetingEvent): MeetingState {
  switch (event.type) {
    case 'BoardMeetingScheduled':
      return state.status === 'none' ? { status: 'scheduled', ...event.data, items: [] } : state;
    case 'AgendaItemAdded': {
      if (state.status === 'none') return state;
      const { meetingId: _meetingId, ...added } = event.data;
      return { ...state, items: [...state.items, newItem(added)] };
    }
    case 'AgendaItemRemoved': {
      if (state.status === 'none') return state;
      const { itemNo } = event.data;
      return { ...state, items: state.items.filter((i) => i.itemNo !== itemNo), removedItemNos: [...(state.removedItemNos ?? []), itemNo] };
    }
    case 'BoardMeetingOpened': {
      if (state.status !== 'scheduled') return state;
      const { meetingId: _meetingId, ...session } = event.data;
      return { ...state, ...session, chairForTheDay: null, status: 'opened' };
    }
    case 'ChairForTheDayChosen':
      return state.status === 'opened' ? { ...state, chairForTheDay: event.data.personId } : state;
    case 'AgendaItemOpened':
      return changeItem(state, event.data.itemNo, (item) => ({ ...item, status: 'open' }));
    case 'RecusalDeclared': {
      const { meetingId: _meetingId, itemNo, ...recusal } = event.data;
      return changeItem(state, itemNo, (item) => ({ ...item, recusals: [...item.recusals, recusal] }));
    }
    case 'MotionMoved': {
      const { meetingId: _meetingId, itemNo, ...motion } = event.data;
      return changeItem(state, itemNo, (item) => ({ ...item, motions: [...item.motions, motion] }));
    }
    case 'QuestionPut': {
      const { meetingId: _meetingId, itemNo, ...question } = event.data;
      return changeItem(state, itemNo, (item) => ({ ...item, question }));
    }
    case 'VoteringRequested':
      return changeItem(state, event.data.itemNo, (item) => ({ ...item, voteringRequestedBy: event.data.personId }));
    case 'VoteCast': {
      const { meetingId: _meetingId, itemNo, ...vote } = event.data;
      return changeItem(state, itemNo, (item) => ({ ...item, votes: [...item.votes, vote] }));
    }
    case 'OutcomeRecorded': {
      const { meetingId: _meetingId, itemNo, ...outcome } = event.data;
      return changeItem(state, itemNo, (item) => ({ ...item, outcome }));
    }
    case 'ReservationRecorded': {
      const { meetingId: _meetingId, itemNo, ...reservation } = event.data;
      // A later record by the same member adds the written motivation to the reservation.
      return changeItem(state, itemNo, (item) => ({
        ...item,
        reservations: [...item.reservations.filter((r) => r.personId !== reservation.personId), reservation],
      }));
    }
    case 'ProtocolNoteRecorded': {
      const { meetingId: _meetingId, itemNo, ...note } = event.data;
      return changeItem(state, itemNo, (item) => ({ ...item, notes: [...item.notes, note] }));
    }
    case 'ParagraphAttestedImmediately': {
      const { meetingId: _meetingId, itemNo, ...attestation } = event.data;
      return changeItem(state, itemNo, (item) => ({ ...item, attestedImmediately: attestation }));
    }
    case 'AgendaItemClosed':
      return changeItem(state, event.data.itemNo, (item) => ({ ...item, status: 'closed' }));
    case 'BoardMeetingClosed':
      return state.status === 'opened' ? { ...state, status: 'closed', closedBy: event.data.closedBy, signatures: [] } : state;
    case 'MinutesAttested': {
      if (state.status !== 'closed') return state;
      const { meetingId: _meetingId, ...signature } = event.data;
      return { ...state, signatures: [...state.signatures, signature] };
    }
    case 'MinutesAttestationCompleted':
      return state.status === 'closed' ? { ...state, status: 'attested', attestedOn: event.data.attestedOn, notice: null } : state;
    case 'MinutesNoticePosted': {
      if (state.status !== 'attested') return state;
      const { meetingId: _meetingId, ...notice } = event.data;
      return { ...state, notice };
    }
    case 'AppealRegistered': {
      const { meetingId: _meetingId, itemNo, ...appeal } = event.data;
      return changeItem(state, itemNo, (item) => ({ ...item, appeal }));
    }
    default:
      return assertNever(event);
  }
}

function changeItem(state: MeetingState, itemNo: number, change: (item: AgendaItem) => AgendaItem): MeetingState {
  if (state.status === 'none') return state;
  return { ...state, items: state.items.map((item) => (item.itemNo === itemNo ? change(item) : item)) };
}
