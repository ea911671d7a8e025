import type { PolicyVersionRef } from '../../../../application/src/application.types.js';
import type { BoardPosition } from '../../composition/board.events.js';
import type { Quorum, Tally } from '../meeting.events.js';
import type { AgendaItemKind, Outcome, VoteChoice } from '../meeting.state.js';

/**
 * The minutes (protokoll) of one meeting as a document: plain data with the Swedish headings,
 * people by id only. Its canonical JSON is what the chair and the adjuster sign (minutesSha256).
 */
export interface Minutes {
  schema: 1;
  heading: 'Protokoll';
  meetingId: string;
  label: string;
  date: string;
  location: string | null;
  chair: { heading: 'Ordförande'; personId: string | null };
  attendance: { heading: 'Närvarande'; present: MinutesSeat[]; absent: MinutesSeat[] };
  adjuster: { heading: 'Justerare'; personId: string };
  paragraphs: MinutesParagraph[];
}

export interface MinutesSeat {
  personId: string;
  position: BoardPosition;
  /** "ordförande", "ledamot", "ersättare" */
  positionText: string;
  memberOrganisation: string;
  substituteFor: string | null;
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
  recommendation: { text: string; motivation: string; terms: MinutesTerms | null };
  recusals: { heading: 'Jäv'; entries: Array<{ personId: string; reason: string }> };
  /** Null for a reported delegated decision: the board only notes it. */
  voting: {
    heading: 'Omröstning';
    tally: Tally;
    votes: Array<{ personId: string; vote: VoteChoice; voteText: string; replacing: string | null }>;
    quorum: Quorum | null;
  } | null;
  decision: {
    heading: 'Beslut';
    outcome: Outcome | 'noted' | 'undecided';
    text: string;
    terms: MinutesTerms | null;
    amended: boolean;
    motivation: string | null;
    policy: PolicyVersionRef | null;
  };
}

export interface MinutesTerms {
  amountSek: number;
  /** Swedish style, e.g. "250 000 kr". */
  amount: string;
  /** e.g. "2024-04-01 – 2025-03-31" */
  period: string;
  conditions: string[];
}
