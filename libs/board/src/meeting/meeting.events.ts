import type { DomainEvent } from '../../../shared/src/decider.js';
import type { ApprovalTerms, PolicyVersionRef } from '../../../application/src/application.types.js';
import type { BoardSeat } from '../composition/board.events.js';

/** Events of one board meeting's stream `${tenant}/meeting-${meetingId}`. */
export type BoardMeetingScheduled = DomainEvent<
  'BoardMeetingScheduled',
  { meetingId: string; date: string; label: string; location: string | null; scheduledBy: string }
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

/** The meeting is opened: who is present and who adjusts the minutes (justerare). */
export type BoardMeetingOpened = DomainEvent<
  'BoardMeetingOpened',
  { meetingId: string; present: string[]; adjusterId: string; board: BoardSeat[]; openedBy: string }
>;

export type AgendaItemOpened = DomainEvent<'AgendaItemOpened', { meetingId: string; itemNo: number; openedBy: string }>;

/** A declared conflict of interest (jäv): the person takes no part in the item. */
export type RecusalDeclared = DomainEvent<'RecusalDeclared', { meetingId: string; itemNo: number; personId: string; reason: string }>;

export type VoteCast = DomainEvent<
  'VoteCast',
  { meetingId: string; itemNo: number; personId: string; vote: 'approve' | 'reject' | 'abstain'; replacing: string | null }
>;

export interface Tally {
  approve: number;
  reject: number;
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
    tally: Tally;
    votes: Array<{ personId: string; vote: 'approve' | 'reject' | 'abstain'; replacing: string | null }>;
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
    decisions: Array<{
      itemNo: number;
      applicationId: string;
      caseNumber: string;
      outcome: 'approved' | 'rejected' | 'referred_back' | 'tabled';
      terms: ApprovalTerms | null;
      motivation: string | null;
    }>;
  }
>;

export type MeetingEvent =
  | BoardMeetingScheduled
  | AgendaItemAdded
  | BoardMeetingOpened
  | AgendaItemOpened
  | RecusalDeclared
  | VoteCast
  | OutcomeRecorded
  | AgendaItemClosed
  | BoardMeetingClosed
  | MinutesAttested
  | MinutesAttestationCompleted;

export const MEETING_EVENT_SCHEMA_VERSIONS: Readonly<Record<MeetingEvent['type'], number>> = {
  BoardMeetingScheduled: 1,
  AgendaItemAdded: 1,
  BoardMeetingOpened: 1,
  AgendaItemOpened: 1,
  RecusalDeclared: 1,
  VoteCast: 1,
  OutcomeRecorded: 1,
  AgendaItemClosed: 1,
  BoardMeetingClosed: 1,
  MinutesAttested: 1,
  MinutesAttestationCompleted: 1,
};

export const meetingStreamId = (tenant: string, meetingId: string) => `${tenant}/meeting-${meetingId}`;
