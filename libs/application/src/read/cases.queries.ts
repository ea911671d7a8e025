import type Database from 'better-sqlite3';
import type { Role } from '@beslutskedjan/shared';
import type { ApplicationContent, MemberKind } from '../application.types.js';
import {
  AGENDA_CASES_TABLE,
  CASE_HISTORY_TABLE,
  CASE_RECOMMENDATIONS_TABLE,
  CASE_REVISIONS_TABLE,
  CASE_SCREENINGS_TABLE,
  CASE_SUPPLEMENTS_TABLE,
  CASES_TABLE,
  type CaseStatus,
} from './cases.schema.js';
import type {
  CaseDecisionView,
  CaseDetail,
  CaseHistoryEntry,
  CaseList,
  CaseListFilter,
  CaseRecommendationView,
  CaseRevisionView,
  CaseScreeningView,
  CaseSummary,
  CaseSupplementView,
} from './cases.views.js';

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 500;

/** A row of the `cases` table as SQLite returns it. */
export interface CaseRow {
  application_id: string;
  case_number: string;
  year: number;
  title: string;
  status: CaseStatus;
  status_since: string;
  category: string;
  kind: string;
  applicant_name: string;
  applicant_member_kind: MemberKind | null;
  procuring_member_kind: MemberKind;
  procuring_member_name: string;
  submitted_by: string;
  submitted_at: string;
  revision: number;
  preparer: string | null;
  screening_blocking: 0 | 1 | null;
  delegation_threshold_sek: number | null;
  recommendation: 'approve' | 'reject' | null;
  recommended_amount_sek: number | null;
  decision: 'approved' | 'rejected' | null;
  decided_by_kind: 'board' | 'delegation' | null;
  decided_by: string | null;
  decided_on: string | null;
  decided_amount_sek: number | null;
  decision_terms_json: string | null;
  decision_motivation: string | null;
  decision_meeting_date: string | null;
  meeting_id: string | null;
  item_no: number | null;
  budget_total_sek: number;
  withdrawal_reason: string | null;
  updated_at: string;
}

/** The tenant's cases ordered by case number, filtered and paged; `total` counts all matches. */
export function listCases(db: Database.Database, tenant: string, filter: CaseListFilter = {}): CaseList {
  const clauses = ['c.tenant = ?'];
  const params: Array<string | number> = [tenant];
  const statuses = filter.status === undefined ? [] : typeof filter.status === 'string' ? [filter.status] : [...filter.status];
  if (statuses.length > 0) {
    clauses.push(`c.status IN (${statuses.map(() => '?').join(', ')})`);
    params.push(...statuses);
  }
  if (filter.member !== undefined) {
    clauses.push('(c.procuring_member_kind = ? OR c.procuring_member_name = ? OR c.applicant_member_kind = ?)');
    params.push(filter.member, filter.member, filter.member);
  }
  if (filter.meetingId !== undefined) {
    clauses.push(
      `EXISTS (SELECT 1 FROM ${AGENDA_CASES_TABLE} a WHERE a.tenant = c.tenant AND a.application_id = c.application_id AND a.meeting_id = ?)`,
    );
    params.push(filter.meetingId);
  }
  if (filter.submittedBy !== undefined) {
    clauses.push('c.submitted_by = ?');
    params.push(filter.submittedBy);
  }
  if (filter.year !== undefined) {
    clauses.push('c.year = ?');
    params.push(filter.year);
  }
  const where = `WHERE ${clauses.join(' AND ')}`;
  const limit = Math.min(Math.max(Math.trunc(filter.limit ?? DEFAULT_LIMIT), 0), MAX_LIMIT);
  const offset = Math.max(Math.trunc(filter.offset ?? 0), 0);
  const { total } = db
    .prepare<Array<string | number>, { total: number }>(`SELECT COUNT(*) AS total FROM ${CASES_TABLE} c ${where}`)
    .get(...params) ?? {
    total: 0,
  };
  const rows = db
    .prepare<Array<string | number>, CaseRow>(
      `SELECT c.* FROM ${CASES_TABLE} c ${where} ORDER BY c.case_number, c.application_id LIMIT ? OFFSET ?`,
    )
    .all(...params, limit, offset);
  return { total, items: rows.map(toCaseSummary) };
}

/** Everything the case view shows, or null when the tenant has no such application. */
export function getCaseDetail(db: Database.Database, tenant: string, applicationId: string): CaseDetail | null {
  const key = [tenant, applicationId] as const;
  const row = db.prepare<[string, string], CaseRow>(`SELECT * FROM ${CASES_TABLE} WHERE tenant = ? AND application_id = ?`).get(...key);
  if (row === undefined) return null;
  const scoped = `WHERE tenant = ? AND application_id = ?`;
  const revisions = db
    .prepare<[string, string], RevisionRow>(`SELECT * FROM ${CASE_REVISIONS_TABLE} ${scoped} ORDER BY revision`)
    .all(...key)
    .map(toRevision);
  const latest = revisions.at(-1);
  if (latest === undefined) return null;
  return {
    ...toCaseSummary(row),
    content: latest.content,
    revisions,
    screenings: db
      .prepare<[string, string], ScreeningRow>(`SELECT * FROM ${CASE_SCREENINGS_TABLE} ${scoped} ORDER BY seq`)
      .all(...key)
      .map(toScreening),
    supplements: db
      .prepare<[string, string], SupplementRow>(`SELECT * FROM ${CASE_SUPPLEMENTS_TABLE} ${scoped} ORDER BY requested_at, request_id`)
      .all(...key)
      .map(toSupplement),
    recommendations: db
      .prepare<[string, string], RecommendationRow>(`SELECT * FROM ${CASE_RECOMMENDATIONS_TABLE} ${scoped} ORDER BY seq`)
      .all(...key)
      .map(toRecommendation),
    decisionDetail: toDecision(row),
    withdrawalReason: row.withdrawal_reason,
    history: db
      .prepare<[string, string], HistoryRow>(`SELECT * FROM ${CASE_HISTORY_TABLE} ${scoped} ORDER BY position`)
      .all(...key)
      .map(toHistory),
  };
}

export function toCaseSummary(row: CaseRow): CaseSummary {
  return {
    applicationId: row.application_id,
    caseNumber: row.case_number,
    year: row.year,
    title: row.title,
    status: row.status,
    statusSince: row.status_since,
    category: row.category,
    kind: row.kind,
    applicant: { name: row.applicant_name, memberKind: row.applicant_member_kind },
    procuringMember: { kind: row.procuring_member_kind, name: row.procuring_member_name },
    submittedBy: row.submitted_by,
    submittedAt: row.submitted_at,
    revision: row.revision,
    preparer: row.preparer,
    screeningBlocking: row.screening_blocking === null ? null : row.screening_blocking === 1,
    delegationThresholdSek: row.delegation_threshold_sek,
    recommendation: row.recommendation,
    recommendedAmountSek: row.recommended_amount_sek,
    decision: row.decision,
    decidedByKind: row.decided_by_kind,
    decidedOn: row.decided_on,
    meetingId: row.meeting_id,
    itemNo: row.item_no,
    budgetTotalSek: row.budget_total_sek,
    updatedAt: row.updated_at,
  };
}

function toDecision(row: CaseRow): CaseDecisionView | null {
  if (row.decision === null) return null;
  return {
    outcome: row.decision,
    by:
      row.decided_by_kind === 'delegation'
        ? { kind: 'delegation', userId: row.decided_by }
        : { kind: 'board', meetingId: row.meeting_id, itemNo: row.item_no, meetingDate: row.decision_meeting_date },
    decidedOn: row.decided_on,
    amountSek: row.decided_amount_sek,
    terms: parseOrNull(row.decision_terms_json),
    motivation: row.decision_motivation,
  };
}

interface RevisionRow {
  revision: number;
  content_json: string;
  at: string;
  by: string;
  in_response_to: string | null;
}
const toRevision = (r: RevisionRow): CaseRevisionView => ({
  revision: r.revision,
  content: JSON.parse(r.content_json) as ApplicationContent,
  at: r.at,
  by: r.by,
  inResponseTo: r.in_response_to,
});

interface ScreeningRow {
  application_revision: number;
  screened_on: string;
  policies_json: string;
  findings_json: string;
  blocking: 0 | 1;
  delegation_threshold_sek: number | null;
}
const toScreening = (r: ScreeningRow): CaseScreeningView => ({
  applicationRevision: r.application_revision,
  screenedOn: r.screened_on,
  policies: JSON.parse(r.policies_json) as CaseScreeningView['policies'],
  findings: JSON.parse(r.findings_json) as CaseScreeningView['findings'],
  blocking: r.blocking === 1,
  delegationThresholdSek: r.delegation_threshold_sek,
});

interface SupplementRow {
  request_id: string;
  question: string;
  due_date: string;
  requested_by: string;
  requested_at: string;
  answered_by_revision: number | null;
}
const toSupplement = (r: SupplementRow): CaseSupplementView => ({
  requestId: r.request_id,
  question: r.question,
  dueDate: r.due_date,
  requestedBy: r.requested_by,
  requestedAt: r.requested_at,
  answeredByRevision: r.answered_by_revision,
});

interface RecommendationRow {
  seq: number;
  recommendation: 'approve' | 'reject';
  motivation: string;
  terms_json: string | null;
  override_json: string | null;
  based_on_revision: number;
  by: string;
  at: string;
}
const toRecommendation = (r: RecommendationRow): CaseRecommendationView => ({
  seq: r.seq,
  recommendation: r.recommendation,
  motivation: r.motivation,
  terms: parseOrNull(r.terms_json),
  override: parseOrNull(r.override_json),
  basedOnRevision: r.based_on_revision,
  by: r.by,
  at: r.at,
});

interface HistoryRow {
  position: number | bigint;
  type: string;
  at: string;
  actor_user_id: string;
  actor_role: Role | 'system';
  summary_json: string;
}
const toHistory = (r: HistoryRow): CaseHistoryEntry => ({
  position: String(r.position),
  type: r.type,
  at: r.at,
  actor: { userId: r.actor_user_id, role: r.actor_role },
  summary: JSON.parse(r.summary_json) as Record<string, unknown>,
});

function parseOrNull<T>(json: string | null): T | null {
  return json === null ? null : (JSON.parse(json) as T);
}
