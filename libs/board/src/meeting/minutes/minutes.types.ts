import type { PolicyVersionRef } from '@beslutskedjan/application';
import type { BoardPosition } from '../../composition/board.events.js';
import type { OtherPresent, Quorum, Tally } from '../meeting.events.js';
import type { AgendaItemKind, Outcome, VoteChoice } from '../meeting.state.js';

/**
 * The minutes (protokoll) of one meeting as a document: plain data with the Swedish headings,
 * people by id only. Its canonical JSON is what the chair and the adjuster sign (minutesSha256).
 * Schema 2 added the secretary, serving substitutes, others present, motions, the question put,
 * the votering, reservations and protokollsanteckningar.
 */
export interface Minutes {
  schema: 2;
  heading: 'Protokoll';
  meetingId: string;
  label: string;
  date: string;
  location: string | null;
  chair: { heading: 'Ordförande'; personId: string | null };
  secretary: { heading: 'Sekreterare'; personId: string | null };
  attendance: {
    heading: 'Närvarande';
    present: MinutesSeat[];
    /** Substitutes serving in a member's seat on at least one item. */
    servingSubstitutes: MinutesSeat[];
    othersPresent: OtherPresent[];
    absent: MinutesSeat[];
  };
  adjuster: { heading: 'Justerare'; personId: string };
  paragraphs: MinutesParagraph[];
}

export interface MinutesSeat {
  personId: string;
  position: BoardPosition;
  /** "ordförande", "vice ordförande", "ledamot", "ersättare" */
  positionText: string;
  memberOrganisation: string;
  substituteFor: string | null;
}

export interface MinutesMotion {
  motionNo: number;
  personId: string | null;
  text: string;
  terms: MinutesTerms | null;
}

/** One item (§ n) of the minutes. */
export interface MinutesParagraph {
  heading: string;
  itemNo: number;
  kind: AgendaItemKind;
  caseNumber: string;
  applicationId: string;
  title: string;
  preparedBy: string;
  presidingId: string | null;
  recommendation: { text: string; motivation: string; terms: MinutesTerms | null };
  recusals: { heading: 'Jäv'; entries: Array<{ personId: string; reason: string; text: string }> };
  /** Who served in which seat on the item, substitutes named with the member they stood in for. */
  serving: Array<{ seat: string; personId: string; substitute: boolean }>;
  motions: { heading: 'Yrkanden'; entries: MinutesMotion[] };
  question: { heading: 'Proposition'; text: string } | null;
  /** Only where a member asked for votering. */
  voting: {
    heading: 'Omröstning';
    tally: Tally;
    votes: Array<{ personId: string; vote: VoteChoice; voteText: string; replacing: string | null }>;
    castingVote: 'yes' | 'no' | null;
    text: string;
  } | null;
  quorum: Quorum | null;
  decision: {
    heading: 'Beslut';
    outcome: Outcome | 'noted' | 'undecided';
    method: 'acclamation' | 'votering' | null;
    text: string;
    terms: MinutesTerms | null;
    amended: boolean;
    motivation: string | null;
    policy: PolicyVersionRef | null;
  };
  reservations: { heading: 'Reservationer'; entries: Array<{ personId: string; motivation: string | null; motivationDueOn: string }> };
  notes: { heading: 'Protokollsanteckningar'; entries: Array<{ personId: string; text: string }> };
  attestedImmediately: { text: string; attestedOn: string } | null;
}

export interface MinutesTerms {
  amountSek: number;
  /** Swedish style, e.g. "250 000 kr". */
  amount: string;
  /** e.g. "2024-04-01 – 2025-03-31" */
  period: string;
  conditions: string[];
}
