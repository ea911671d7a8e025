import type { DomainEvent } from '@beslutskedjan/shared';
import type { ApprovalTerms, PolicyVersionRef } from '@beslutskedjan/application';
import type { BoardSeat } from '../composition/board.events.js';

/** Events of one board meeting's stream `${tenant}/meeting-${meetingId}`. */
/** v2 added the time (HH:MM, Swedish time) the kallelse states. */
export type BoardMeetingScheduled = DomainEvent<
  'BoardMeetingScheduled',
  { meetingId: string; date: string; time: string | null; label: string; location: string | null; scheduledBy: string }
>;

/** What the board decides on, snapshotted when the item is put on the agenda. */
export interface CaseSnapshot {
  applicationId: string;
  caseNumber: string;
  title: string;
  /** Who prepared the case; they may neither vote on it nor decide it. */
  preparedBy: string;
  recommendation: 'approve' | 'reject';
  motivation: string;
  terms: ApprovalTerms | null;
}

export type AgendaItemAdded = DomainEvent<
  'AgendaItemAdded',
  {
    meetingId: string;
    itemNo: number;
    /** A decision to take, or a delegated decision reported (anmält) to the board. */
    kind: 'decision' | 'reported_delegated_decision';
    case: CaseSnapshot;
    addedBy: string;
  }
>;

/**
 * An item taken off the agenda before the meeting opens. The other items keep their numbers (the
 * kallelse and the members' papers already cite them) and a removed number is never given again.
 */
export type AgendaItemRemoved = DomainEvent<
  'AgendaItemRemoved',
  { meetingId: string; itemNo: number; applicationId: string; kind: 'decision' | 'reported_delegated_decision'; removedBy: string }
>;

/** Someone at the meeting without a seat: the director, a case officer (föredragande), a guest. */
export interface OtherPresent {
  personId: string;
  role: 'director' | 'case_officer' | 'other';
}

/**
 * The meeting is opened: who is present, who keeps the minutes (sekreterare) and whom the
 * meeting chose to adjust them (justerare). v2 added `secretaryId` and `othersPresent`.
 */
export type BoardMeetingOpened = DomainEvent<
  'BoardMeetingOpened',
  {
    meetingId: string;
    present: string[];
    adjusterId: string;
    secretaryId: string | null;
    othersPresent: OtherPresent[];
    /** The last day to attest the minutes, from the förbund's rules (default 14 days after the meeting). */
    attestationDueOn: string | null;
    board: BoardSeat[];
    openedBy: string;
  }
>;

/** Neither chair nor vice chair can preside (absent or jävig): the meeting chooses an ordförande för dagen. */
export type ChairForTheDayChosen = DomainEvent<'ChairForTheDayChosen', { meetingId: string; personId: string; chosenBy: string }>;

export type MotionKind = 'approve' | 'approve_amended' | 'reject' | 'refer_back' | 'table';

/** A motion (yrkande) by a member serving on the item. Motion 0 is the recommendation itself. */
export type MotionMoved = DomainEvent<
  'MotionMoved',
  {
    meetingId: string;
    itemNo: number;
    motionNo: number;
    personId: string;
    kind: MotionKind;
    /** For 'approve_amended': the changed amount, period or conditions. */
    terms: ApprovalTerms | null;
    motivation: string | null;
  }
>;

/**
 * The presiding member puts the question (proposition): the motion they find the board has
 * adopted, and the counter-motion a votering would be held against.
 */
export type QuestionPut = DomainEvent<
  'QuestionPut',
  { meetingId: string; itemNo: number; presidingId: string; motionNo: number; againstMotionNo: number | null }
>;

/** A serving member asks for a vote by name (votering) instead of acclamation. */
export type VoteringRequested = DomainEvent<'VoteringRequested', { meetingId: string; itemNo: number; personId: string }>;

/** A reservation (dissent) by a member who took part and lost; the motivation may follow in writing. */
export type ReservationRecorded = DomainEvent<
  'ReservationRecorded',
  { meetingId: string; itemNo: number; personId: string; motivation: string | null; motivationDueOn: string; recordedAt: string }
>;

/** A protokollsanteckning: a statement entered in the minutes, not a dissent. */
export type ProtocolNoteRecorded = DomainEvent<
  'ProtocolNoteRecorded',
  { meetingId: string; itemNo: number; personId: string; text: string; recordedAt: string }
>;

export type AgendaItemOpened = DomainEvent<'AgendaItemOpened', { meetingId: string; itemNo: number; openedBy: string }>;

/** A declared conflict of interest (jäv): the person takes no part in the item. */
export type RecusalDeclared = DomainEvent<'RecusalDeclared', { meetingId: string; itemNo: number; personId: string; reason: string }>;

/**
 * One vote by name in a votering: yes (ja) for the question put, no (nej) for the counter-motion.
 * `replacing` is the member whose seat a serving substitute votes in. v2: yes/no instead of approve/reject.
 */
export type VoteCast = DomainEvent<
  'VoteCast',
  { meetingId: string; itemNo: number; personId: string; vote: 'yes' | 'no' | 'abstain'; replacing: string | null }
>;

export interface Tally {
  yes: number;
  no: number;
  abstain: number;
}

export interface Quorum {
  /** Members (chair included) of the board as composed on the meeting date. */
  members: number;
  /** Members and replacing substitutes taking part in the item, recused excluded. */
  participating: number;
  /** More than half of the members. */
  required: number;
}

export type OutcomeRecorded = DomainEvent<
  'OutcomeRecorded',
  {
    meetingId: string;
    itemNo: number;
    outcome: 'approved' | 'rejected' | 'referred_back' | 'tabled';
    /** For approvals: the recommendation's terms or amended ones. */
    terms: ApprovalTerms | null;
    amended: boolean;
    motivation: string | null;
    /** v2: acclamation unless a member asked for votering. */
    method: 'acclamation' | 'votering';
    /** v2: who presided over the item and declared the outcome. */
    presidingId: string;
    /** v2: the motion adopted (0 = the recommendation), null when recorded without a question (v1). */
    motionNo: number | null;
    /** v2: the presiding member's casting vote (utslagsröst) when a votering tied. */
    castingVote: 'yes' | 'no' | null;
    /** v2: member seat → the person serving in it on this item (a substitute for an absent or jävig member). */
    serving: Array<{ seat: string; personId: string }>;
    tally: Tally;
    votes: Array<{ personId: string; vote: 'yes' | 'no' | 'abstain'; replacing: string | null }>;
    recusals: Array<{ personId: string; reason: string }>;
    quorum: Quorum;
    board: BoardSeat[];
    /** The policy version in force on the meeting date. */
    policy: PolicyVersionRef | null;
    recordedBy: string;
  }
>;

export type AgendaItemClosed = DomainEvent<'AgendaItemClosed', { meetingId: string; itemNo: number; closedBy: string }>;

export type BoardMeetingClosed = DomainEvent<'BoardMeetingClosed', { meetingId: string; closedBy: string }>;

/** One of the two required signatures on the minutes (protokoll): the chair's or the adjuster's. */
export type MinutesAttested = DomainEvent<
  'MinutesAttested',
  { meetingId: string; personId: string; as: 'chair' | 'adjuster'; attestedOn: string; minutesSha256: string }
>;

/** Both signatures are in: the meeting's decisions stand. Reactions act on this event. */
export type MinutesAttestationCompleted = DomainEvent<
  'MinutesAttestationCompleted',
  {
    meetingId: string;
    meetingDate: string;
    attestedOn: string;
    decisions: AttestedDecision[];
  }
>;

export interface AttestedDecision {
  itemNo: number;
  applicationId: string;
  caseNumber: string;
  outcome: 'approved' | 'rejected' | 'referred_back' | 'tabled';
  terms: ApprovalTerms | null;
  motivation: string | null;
}

/** The meeting attests one paragraph at once (omedelbar justering): its decision stands before the rest. */
export type ParagraphAttestedImmediately = DomainEvent<
  'ParagraphAttestedImmediately',
  {
    meetingId: string;
    itemNo: number;
    meetingDate: string;
    attestedOn: string;
    presidingId: string;
    adjusterId: string;
    paragraphSha256: string;
    decision: AttestedDecision;
  }
>;

/** The attested minutes are posted on the förbund's notice board (anslag); the appeal window runs from `postedOn`. */
export type MinutesNoticePosted = DomainEvent<
  'MinutesNoticePosted',
  { meetingId: string; postedOn: string; appealEndsOn: string; postedBy: string }
>;

/** An appeal (laglighetsprövning) against one paragraph's decision, and later its outcome. */
export type AppealRegistered = DomainEvent<
  'AppealRegistered',
  {
    meetingId: string;
    itemNo: number;
    court: string;
    courtCaseNumber: string;
    lodgedOn: string;
    outcome: 'pending' | 'dismissed' | 'rejected' | 'annulled' | 'withdrawn';
    registeredBy: string;
  }
>;

export type MeetingEvent =
  | BoardMeetingScheduled
  | AgendaItemAdded
  | AgendaItemRemoved
  | BoardMeetingOpened
  | ChairForTheDayChosen
  | MotionMoved
  | QuestionPut
  | VoteringRequested
  | ReservationRecorded
  | ProtocolNoteRecorded
  | ParagraphAttestedImmediately
  | MinutesNoticePosted
  | AppealRegistered
  | AgendaItemOpened
  | RecusalDeclared
  | VoteCast
  | OutcomeRecorded
  | AgendaItemClosed
  | BoardMeetingClosed
  | MinutesAttested
  | MinutesAttestationCompleted;

export const MEETING_EVENT_SCHEMA_VERSIONS: Readonly<Record<MeetingEvent['type'], number>> = {
  BoardMeetingScheduled: 2,
  AgendaItemAdded: 1,
  AgendaItemRemoved: 1,
  BoardMeetingOpened: 2,
  ChairForTheDayChosen: 1,
  MotionMoved: 1,
  QuestionPut: 1,
  VoteringRequested: 1,
  ReservationRecorded: 1,
  ProtocolNoteRecorded: 1,
  ParagraphAttestedImmediately: 1,
  MinutesNoticePosted: 1,
  AppealRegistered: 1,
  AgendaItemOpened: 1,
  RecusalDeclared: 1,
  VoteCast: 2,
  OutcomeRecorded: 2,
  AgendaItemClosed: 1,
  BoardMeetingClosed: 1,
  MinutesAttested: 1,
  MinutesAttestationCompleted: 1,
};

export const meetingStreamId = (tenant: string, meetingId: string) => `${tenant}/meeting-${meetingId}`;
