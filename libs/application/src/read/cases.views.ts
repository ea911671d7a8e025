import type { Role } from '@beslutskedjan/shared';
import type { ApplicationContent, ApprovalTerms, MemberKind, PolicyVersionRef, ScreeningFinding } from '../application.types.js';
import type { CaseStatus } from './cases.schema.js';

export { CASE_STATUSES, type CaseStatus } from './cases.schema.js';

/** One line of the case list. */
export interface CaseSummary {
  applicationId: string;
  caseNumber: string;
  year: number;
  title: string;
  status: CaseStatus;
  /** When the case entered its current status (the event's occurredAt). */
  statusSince: string;
  category: string;
  kind: string;
  applicant: { name: string; memberKind: MemberKind | null };
  procuringMember: { kind: MemberKind; name: string };
  submittedBy: string;
  submittedAt: string;
  /** Latest revision number (1 = the submission). */
  revision: number;
  preparer: string | null;
  /** Verdict of the latest screening; null until screened. */
  screeningBlocking: boolean | null;
  delegationThresholdSek: number | null;
  recommendation: 'approve' | 'reject' | null;
  recommendedAmountSek: number | null;
  decision: 'approved' | 'rejected' | null;
  decidedByKind: 'board' | 'delegation' | null;
  decidedOn: string | null;
  /** The meeting whose agenda holds the case, or the last one that did. */
  meetingId: string | null;
  itemNo: number | null;
  budgetTotalSek: number;
  updatedAt: string;
}

export interface CaseRevisionView {
  revision: number;
  content: ApplicationContent;
  at: string;
  by: string;
  inResponseTo: string | null;
}

export interface CaseScreeningView {
  applicationRevision: number;
  screenedOn: string;
  policies: PolicyVersionRef[];
  findings: ScreeningFinding[];
  blocking: boolean;
  delegationThresholdSek: number | null;
}

export interface CaseSupplementView {
  requestId: string;
  question: string;
  dueDate: string;
  requestedBy: string;
  requestedAt: string;
  answeredByRevision: number | null;
}

export interface CaseRecommendationView {
  seq: number;
  recommendation: 'approve' | 'reject';
  motivation: string;
  terms: ApprovalTerms | null;
  override: { motivation: string; ruleIds: string[] } | null;
  basedOnRevision: number;
  by: string;
  at: string;
}

/** A decision that stands (after attestation, or at once under delegation). */
export interface CaseDecisionView {
  outcome: 'approved' | 'rejected';
  by:
    | { kind: 'board'; meetingId: string | null; itemNo: number | null; meetingDate: string | null }
    | { kind: 'delegation'; userId: string | null };
  /** The day the decision took effect. */
  decidedOn: string | null;
  amountSek: number | null;
  terms: ApprovalTerms | null;
  motivation: string | null;
}

export interface CaseHistoryEntry {
  /** Global position in the log, as a string (JSON has no bigint). */
  position: string;
  type: string;
  at: string;
  actor: { userId: string; role: Role | 'system' };
  summary: Record<string, unknown>;
}

/** The case list's fields plus everything the case view shows. */
export interface CaseDetail extends CaseSummary {
  /** The content of the latest revision. */
  content: ApplicationContent;
  revisions: CaseRevisionView[];
  screenings: CaseScreeningView[];
  supplements: CaseSupplementView[];
  recommendations: CaseRecommendationView[];
  /** The decision with its terms and who took it; `decision` alone is the outcome. */
  decisionDetail: CaseDecisionView | null;
  withdrawalReason: string | null;
  history: CaseHistoryEntry[];
}

export interface CaseListFilter {
  status?: CaseStatus | readonly CaseStatus[];
  /** A member kind or name: matches the procuring member (kind or name) or the applicant's member kind. */
  member?: string;
  /** Cases that are or were on this meeting's agenda (decision items and reported delegated decisions). */
  meetingId?: string;
  year?: number;
  /** Only the cases this user submitted (what an applicant may see). */
  submittedBy?: string;
  limit?: number;
  offset?: number;
}

export interface CaseList {
  total: number;
  items: CaseSummary[];
}
