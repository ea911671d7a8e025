import type { BoardSeat, MeetingEvent } from '@beslutskedjan/board';
import { assertNever } from '@beslutskedjan/shared';
import { addDays, addMinutes, atSwedishTime } from './calendar.js';
import type { ReminderIntent } from './reminder-intent.js';
import type { ReminderTimings } from './reminder-timings.js';

export interface AgendaItemReminderState {
  itemNo: number;
  kind: 'decision' | 'reported_delegated_decision';
  applicationId: string;
  caseNumber: string;
  title: string;
  preparedBy: string;
  status: 'pending' | 'open' | 'closed';
  openedAt: string | null;
  decided: boolean;
  /** A member asked for votering: only then does each serving seat vote by name. */
  votering: boolean;
  voted: string[];
  recused: string[];
}

/** One board meeting, folded from its stream: the agenda, who may still vote, who must still attest. */
export interface MeetingReminderState {
  subject: 'meeting';
  meetingId: string;
  date: string;
  label: string;
  status: 'scheduled' | 'open' | 'closed' | 'attested';
  items: AgendaItemReminderState[];
  present: string[];
  board: BoardSeat[];
  adjusterId: string | null;
  /** The attestation deadline the meeting recorded when it opened. */
  attestationDueOn: string | null;
  closedAt: string | null;
  attestedBy: string[];
}

export function evolveMeeting(state: MeetingReminderState | null, event: MeetingEvent, at: string): MeetingReminderState | null {
  if (event.type === 'BoardMeetingScheduled') {
    const { meetingId, date, label } = event.data;
    return (
      state ?? {
        subject: 'meeting',
        meetingId,
        date,
        label,
        status: 'scheduled',
        items: [],
        present: [],
        board: [],
        adjusterId: null,
        attestationDueOn: null,
        closedAt: null,
        attestedBy: [],
      }
    );
  }
  if (state === null) return null;
  const item = (itemNo: number, change: (i: AgendaItemReminderState) => AgendaItemReminderState): MeetingReminderState => ({
    ...state,
    items: state.items.map((i) => (i.itemNo === itemNo ? change(i) : i)),
  });
  switch (event.type) {
    case 'AgendaItemAdded': {
      const { itemNo, kind, case: c } = event.data;
      if (state.items.some((i) => i.itemNo === itemNo)) return state;
      const added: AgendaItemReminderState = {
        itemNo,
        kind,
        applicationId: c.applicationId,
        caseNumber: c.caseNumber,
        title: c.title,
        preparedBy: c.preparedBy,
        status: 'pending',
        openedAt: null,
        decided: false,
        votering: false,
        voted: [],
        recused: [],
      };
      return { ...state, items: [...state.items, added] };
    }
    case 'AgendaItemRemoved':
      return { ...state, items: state.items.filter((i) => i.itemNo !== event.data.itemNo) };
    case 'BoardMeetingOpened':
      return {
        ...state,
        status: 'open',
        present: event.data.present,
        board: event.data.board,
        adjusterId: event.data.adjusterId,
        attestationDueOn: event.data.attestationDueOn,
      };
    case 'AgendaItemOpened':
      return item(event.data.itemNo, (i) => ({ ...i, status: 'open', openedAt: at }));
    case 'RecusalDeclared':
      return item(event.data.itemNo, (i) => ({ ...i, recused: [...i.recused, event.data.personId] }));
    case 'VoteCast':
      return item(event.data.itemNo, (i) => ({ ...i, voted: [...i.voted, event.data.personId] }));
    case 'OutcomeRecorded':
      return item(event.data.itemNo, (i) => ({ ...i, decided: true }));
    case 'AgendaItemClosed':
      return item(event.data.itemNo, (i) => ({ ...i, status: 'closed' }));
    case 'BoardMeetingClosed':
      return { ...state, status: 'closed', closedAt: at };
    case 'MinutesAttested':
      return { ...state, attestedBy: [...state.attestedBy, event.data.personId] };
    case 'MinutesAttestationCompleted':
      return { ...state, status: 'attested' };
    case 'VoteringRequested':
      return item(event.data.itemNo, (i) => ({ ...i, votering: true }));
    case 'ChairForTheDayChosen':
    case 'MotionMoved':
    case 'QuestionPut':
    case 'ReservationRecorded':
    case 'ProtocolNoteRecorded':
    case 'ParagraphAttestedImmediately':
    case 'MinutesNoticePosted':
    case 'AppealRegistered':
      return state;
    default:
      return assertNever(event);
  }
}

export function meetingIntents(state: MeetingReminderState, tenant: string, t: ReminderTimings): ReminderIntent[] {
  const id = `meeting-${state.meetingId}`;
  const meeting = { meetingId: state.meetingId, meetingDate: state.date, meetingLabel: state.label };
  const lapse = (dueAt: string) => addMinutes(dueAt, t.lapseAfterDays * 24 * 60);
  const intents: ReminderIntent[] = [];

  const pending = state.items.filter((i) => i.status === 'pending');
  if (state.status === 'scheduled' && pending.length > 0) {
    const dueAt = atSwedishTime(addDays(state.date, -t.agendaDaysBefore), t.sendAt);
    const agenda = pending.map((i) => ({ itemNo: i.itemNo, caseNumber: i.caseNumber, title: i.title }));
    // Worth sending until the meeting starts, not after.
    intents.push({
      id: `${id}-agenda`,
      tenant,
      kind: 'meeting_agenda',
      dueAt,
      expiresAt: atSwedishTime(state.date, '00:00'),
      subject: { ...meeting, agenda },
      // The kallelse goes to members and substitutes alike: a substitute must know when to serve.
      audience: 'board_and_substitutes',
    });
  }

  if (state.status === 'open') {
    for (const i of state.items) {
      // Boards decide by acclamation; a vote by name is only asked of the members once votering is requested.
      if (i.kind !== 'decision' || i.status !== 'open' || i.decided || !i.votering || i.openedAt === null) continue;
      const dueAt = addMinutes(i.openedAt, t.votePendingAfterMinutes);
      for (const personId of voters(state.board, state.present)) {
        if (personId === i.preparedBy || i.voted.includes(personId) || i.recused.includes(personId)) continue;
        intents.push({
          id: `${id}-item-${i.itemNo}-vote-${personId}`,
          tenant,
          kind: 'vote_pending',
          dueAt,
          expiresAt: lapse(dueAt),
          subject: { ...meeting, itemNo: i.itemNo, applicationId: i.applicationId, caseNumber: i.caseNumber, title: i.title },
          audience: 'person',
          personId,
        });
      }
    }
  }

  if (state.status === 'closed' && state.closedAt !== null) {
    const dueAt = addMinutes(state.closedAt, t.minutesAttestationAfterDays * 24 * 60);
    const signatories: Array<[string, 'chair' | 'adjuster']> = [
      // Who chaired signs: the chair, or the vice chair when the chair was absent.
      ...['chair', 'vice_chair']
        .map((position) => state.board.find((s) => s.position === position && state.present.includes(s.personId)))
        .filter((s) => s !== undefined)
        .slice(0, 1)
        .map((s): [string, 'chair'] => [s.personId, 'chair']),
      ...(state.adjusterId === null ? [] : [[state.adjusterId, 'adjuster'] as [string, 'adjuster']]),
    ];
    for (const [personId, attestAs] of signatories) {
      if (state.attestedBy.includes(personId)) continue;
      if (state.attestationDueOn !== null) {
        const deadlineAt = atSwedishTime(addDays(state.attestationDueOn, -t.minutesDeadlineReminderDaysBefore), t.sendAt);
        intents.push({
          id: `${id}-minutes-deadline-${personId}`,
          tenant,
          kind: 'minutes_to_attest',
          dueAt: deadlineAt,
          expiresAt: atSwedishTime(addDays(state.attestationDueOn, 1), '00:00'),
          subject: { ...meeting, attestAs, attestationDueOn: state.attestationDueOn },
          audience: 'person',
          personId,
        });
      }
      intents.push({
        id: `${id}-minutes-${personId}`,
        tenant,
        kind: 'minutes_to_attest',
        dueAt,
        expiresAt: lapse(dueAt),
        subject: { ...meeting, attestAs },
        audience: 'person',
        personId,
      });
    }
  }
  return intents;
}

/** Present members and the chair vote; a present substitute votes only in place of an absent member. */
function voters(board: readonly BoardSeat[], present: readonly string[]): string[] {
  const ids = board
    .filter((seat) => present.includes(seat.personId))
    .filter((seat) => seat.position !== 'substitute' || (seat.substituteFor !== null && !present.includes(seat.substituteFor)))
    .map((seat) => seat.personId);
  return [...new Set(ids)];
}
