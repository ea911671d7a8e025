import type { Period, PolicyVersionRef } from '@beslutskedjan/application';
import type { BoardPosition, Quorum, Tally } from '@beslutskedjan/board';
import type { Role } from '@beslutskedjan/shared';

/** Names come from the erasable people directory at read time: an erased person shows as '[raderad person]'. */
export type NameOf = (userId: string) => string;

export interface TimelineActor {
  userId: string;
  name: string;
  role: Role | 'system';
}

export interface TimelineSeat {
  personId: string;
  name: string;
  position: BoardPosition;
  /** "ordförande", "ledamot", "ersättare" */
  positionText: string;
  memberOrganisation: string;
  substituteFor: string | null;
}

/** A decision as recorded: with the policy version in force, the board as composed that day, votes and recusals. */
export interface TimelineDecision {
  by: 'board' | 'delegation';
  outcome: 'approved' | 'rejected' | 'referred_back' | 'tabled';
  /** "bifall", "avslag", "återremiss", "bordläggning" */
  outcomeText: string;
  amountSek: number | null;
  /** Swedish style, e.g. "250 000 kr". */
  amount: string | null;
  period: Period | null;
  conditions: string[];
  motivation: string | null;
  policy: PolicyVersionRef | null;
  meeting: { meetingId: string; date: string | null; label: string | null; itemNo: number } | null;
  /** Null for a delegated decision: the board did not take it. */
  board: TimelineSeat[] | null;
  votes: Array<{ personId: string; name: string; vote: 'yes' | 'no' | 'abstain'; voteText: string; replacing: string | null }>;
  recusals: Array<{ personId: string; name: string; reason: string }>;
  tally: Tally | null;
  quorum: Quorum | null;
  decidedBy: { userId: string; name: string } | null;
}

export interface TimelineEntry {
  /** Global position (decimal string), the order of the timeline. */
  position: string;
  streamId: string;
  revision: number;
  /** When the fact happened (ISO, UTC). */
  at: string;
  /** The Swedish calendar day, YYYY-MM-DD. */
  date: string;
  type: string;
  actor: TimelineActor;
  /** Swedish, e.g. "Ansökan inkom", "Beslut: bifall 250 000 kr". */
  summary: string;
  motivation: string | null;
  /** For screenings: the policy versions the application was judged against. */
  policies?: PolicyVersionRef[];
  decision?: TimelineDecision;
}

export interface CaseTimeline {
  applicationId: string;
  caseNumber: string;
  title: string;
  entries: TimelineEntry[];
}
