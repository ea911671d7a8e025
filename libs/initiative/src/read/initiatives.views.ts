import type { MemberKind } from '@beslutskedjan/application';
import type { FollowUpItem } from '../initiative.events.js';
import type { FollowUpItemStatus } from '../initiative.state.js';
import type { InitiativeStatus } from './initiatives.schema.js';

export interface InitiativeSummary {
  initiativeId: string;
  applicationId: string;
  caseNumber: string;
  title: string;
  procuringMember: { kind: MemberKind; name: string };
  amountSek: number;
  period: { from: string; to: string };
  decidedByKind: 'board' | 'delegation';
  fundedOn: string;
  /** The applicant who reports on the initiative. */
  contactUserId: string;
  status: InitiativeStatus;
  closedOn: string | null;
  /** The earliest due date of an item still to be reported; null when none is, or once closed. */
  nextDueDate: string | null;
}

export interface FollowUpItemView {
  n: number;
  kind: FollowUpItem['kind'];
  originalDueDate: string;
  dueDate: string;
  status: FollowUpItemStatus;
  submissions: number;
  lastSubmittedOn: string | null;
  reviewedOn: string | null;
  verdict: 'accepted' | 'returned' | null;
  waivedReason: string | null;
}

/** One event of the initiative; `summary` is its payload (reports with their text and figures). */
export interface InitiativeHistoryEntry {
  position: string;
  type: string;
  at: string;
  actorUserId: string;
  summary: Record<string, unknown>;
}

export interface InitiativeDetail extends InitiativeSummary {
  items: FollowUpItemView[];
  history: InitiativeHistoryEntry[];
}

export interface InitiativeListFilter {
  status?: InitiativeStatus;
  /** Only initiatives with an item to report due strictly before this date (YYYY-MM-DD). */
  dueBefore?: string;
  contactUserId?: string;
  limit?: number;
  offset?: number;
}

export interface InitiativeList {
  total: number;
  items: InitiativeSummary[];
}
