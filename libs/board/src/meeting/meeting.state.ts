import { assertNever } from '../../../shared/src/decider.js';
import type {
  AgendaItemAdded,
  BoardMeetingOpened,
  BoardMeetingScheduled,
  MeetingEvent,
  MinutesAttested,
  OutcomeRecorded,
  RecusalDeclared,
  VoteCast,
} from './meeting.events.js';

export type AgendaItemKind = AgendaItemAdded['data']['kind'];
export type Outcome = OutcomeRecorded['data']['outcome'];
export type VoteChoice = VoteCast['data']['vote'];
export type Vote = Omit<VoteCast['data'], 'meetingId' | 'itemNo'>;
export type Recusal = Omit<RecusalDeclared['data'], 'meetingId' | 'itemNo'>;
export type RecordedOutcome = Omit<OutcomeRecorded['data'], 'meetingId' | 'itemNo'>;
export type Signature = Omit<MinutesAttested['data'], 'meetingId'>;

/** An agenda item (ärende): pending until the chair opens it, then open until closed. */
export interface AgendaItem extends Omit<AgendaItemAdded['data'], 'meetingId'> {
  status: 'pending' | 'open' | 'closed';
  recusals: Recusal[];
  votes: Vote[];
  outcome: RecordedOutcome | null;
}

type Planned = BoardMeetingScheduled['data'] & { items: AgendaItem[] };
/** Who sat, who adjusts the minutes and the board as composed on the meeting date. */
type Session = Omit<BoardMeetingOpened['data'], 'meetingId'>;
type Adjourned = { closedBy: string; signatures: Signature[] };

export type MeetingState =
  | { status: 'none' }
  | ({ status: 'scheduled' } & Planned)
  | ({ status: 'opened' } & Planned & Session)
  | ({ status: 'closed' } & Planned & Session & Adjourned)
  | ({ status: 'attested'; attestedOn: string } & Planned & Session & Adjourned);

export type OpenedMeeting = Extract<MeetingState, { status: 'opened' }>;
/** A meeting that has been held (opened, perhaps closed and attested): it has minutes. */
export type HeldMeeting = Extract<MeetingState, { status: 'opened' | 'closed' | 'attested' }>;

export const initialMeetingState = (): MeetingState => ({ status: 'none' });

export function evolveMeeting(state: MeetingState, event: MeetingEvent): MeetingState {
  switch (event.type) {
    case 'BoardMeetingScheduled':
      return state.status === 'none' ? { status: 'scheduled', ...event.data, items: [] } : state;
    case 'AgendaItemAdded': {
      if (state.status === 'none') return state;
      const { meetingId: _meetingId, ...added } = event.data;
      const item: AgendaItem = { ...added, status: 'pending', recusals: [], votes: [], outcome: null };
      return { ...state, items: [...state.items, item] };
    }
    case 'BoardMeetingOpened': {
      if (state.status !== 'scheduled') return state;
      const { meetingId: _meetingId, ...session } = event.data;
      return { ...state, ...session, status: 'opened' };
    }
    case 'AgendaItemOpened':
      return changeItem(state, event.data.itemNo, (item) => ({ ...item, status: 'open' }));
    case 'RecusalDeclared': {
      const { meetingId: _meetingId, itemNo, ...recusal } = event.data;
      return changeItem(state, itemNo, (item) => ({ ...item, recusals: [...item.recusals, recusal] }));
    }
    case 'VoteCast': {
      const { meetingId: _meetingId, itemNo, ...vote } = event.data;
      return changeItem(state, itemNo, (item) => ({ ...item, votes: [...item.votes, vote] }));
    }
    case 'OutcomeRecorded': {
      const { meetingId: _meetingId, itemNo, ...outcome } = event.data;
      return changeItem(state, itemNo, (item) => ({ ...item, outcome }));
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
      return state.status === 'closed' ? { ...state, status: 'attested', attestedOn: event.data.attestedOn } : state;
    default:
      return assertNever(event);
  }
}

function changeItem(state: MeetingState, itemNo: number, change: (item: AgendaItem) => AgendaItem): MeetingState {
  if (state.status === 'none') return state;
  return { ...state, items: state.items.map((item) => (item.itemNo === itemNo ? change(item) : item)) };
}
