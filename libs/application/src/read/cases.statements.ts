import type Database from 'better-sqlite3';
import type { ApplicationContent } from '../application.types.js';
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

/** Identifies the case row; every statement is scoped to one tenant. */
export interface CaseKey {
  tenant: string;
  applicationId: string;
}

export interface ContentParams {
  title: string;
  category: string;
  kind: string;
  applicantName: string;
  applicantMemberKind: string | null;
  procuringMemberKind: string;
  procuringMemberName: string;
  budgetTotalSek: number;
}

export const contentParams = (content: ApplicationContent): ContentParams => ({
  title: content.title,
  category: content.category,
  kind: content.kind,
  applicantName: content.applicant.name,
  applicantMemberKind: content.applicant.memberKind,
  procuringMemberKind: content.procuringMember.kind,
  procuringMemberName: content.procuringMember.name,
  budgetTotalSek: content.budget.reduce((sum, line) => sum + line.amountSek, 0),
});

export interface DecisionParams extends CaseKey {
  status: CaseStatus;
  at: string;
  decision: 'approved' | 'rejected' | null;
  decidedByKind: 'board' | 'delegation' | null;
  decidedBy: string | null;
  decidedOn: string | null;
  decidedAmountSek: number | null;
  termsJson: string | null;
  motivation: string | null;
  meetingDate: string | null;
}

const contentColumns = `title = @title, category = @category, kind = @kind, applicant_name = @applicantName,
  applicant_member_kind = @applicantMemberKind, procuring_member_kind = @procuringMemberKind,
  procuring_member_name = @procuringMemberName, budget_total_sek = @budgetTotalSek`;
const where = 'WHERE tenant = @tenant AND application_id = @applicationId';
/** Keeps the time the case entered its status; SET expressions see the row as it was before the update. */
const since = (status: string) => {
  const value = status.startsWith('@') ? status : `'${status}'`;
  return `status_since = CASE WHEN status = ${value} THEN status_since ELSE @at END`;
};

function prepareAll(db: Database.Database) {
  return {
    insertCase: db.prepare<
      CaseKey & ContentParams & { caseNumber: string; year: number; submittedBy: string; submittedAt: string; at: string }
    >(
      `INSERT INTO ${CASES_TABLE}
         (tenant, application_id, case_number, year, title, status, status_since, category, kind, applicant_name, applicant_member_kind,
          procuring_member_kind, procuring_member_name, submitted_by, submitted_at, revision, budget_total_sek, updated_at)
       VALUES (@tenant, @applicationId, @caseNumber, @year, @title, 'submitted', @at, @category, @kind, @applicantName, @applicantMemberKind,
          @procuringMemberKind, @procuringMemberName, @submittedBy, @submittedAt, 1, @budgetTotalSek, @at)
       ON CONFLICT (tenant, application_id) DO NOTHING`,
    ),
    revise: db.prepare<CaseKey & ContentParams & { revision: number; at: string }>(
      `UPDATE ${CASES_TABLE}
          SET ${contentColumns}, revision = MAX(revision, @revision),
              status = CASE WHEN status = 'awaiting_supplement' THEN 'in_preparation' ELSE status END,
              status_since = CASE WHEN status = 'awaiting_supplement' THEN @at ELSE status_since END
        ${where}`,
    ),
    insertRevision: db.prepare<CaseKey & { revision: number; contentJson: string; at: string; by: string; inResponseTo: string | null }>(
      `INSERT INTO ${CASE_REVISIONS_TABLE} (tenant, application_id, revision, content_json, at, by, in_response_to)
       VALUES (@tenant, @applicationId, @revision, @contentJson, @at, @by, @inResponseTo)
       ON CONFLICT (tenant, application_id, revision) DO NOTHING`,
    ),
    answerSupplement: db.prepare<CaseKey & { requestId: string; revision: number }>(
      `UPDATE ${CASE_SUPPLEMENTS_TABLE} SET answered_by_revision = @revision ${where} AND request_id = @requestId`,
    ),
    insertScreening: db.prepare<
      CaseKey & {
        seq: number;
        applicationRevision: number;
        screenedOn: string;
        policiesJson: string;
        findingsJson: string;
        blocking: 0 | 1;
        threshold: number | null;
      }
    >(
      `INSERT INTO ${CASE_SCREENINGS_TABLE}
         (tenant, application_id, seq, application_revision, screened_on, policies_json, findings_json, blocking, delegation_threshold_sek)
       VALUES (@tenant, @applicationId, @seq, @applicationRevision, @screenedOn, @policiesJson, @findingsJson, @blocking, @threshold)
       ON CONFLICT (tenant, application_id, seq) DO NOTHING`,
    ),
    // An older revision screened late must not hide the verdict on the latest one.
    screened: db.prepare<CaseKey & { applicationRevision: number; blocking: 0 | 1; threshold: number | null }>(
      `UPDATE ${CASES_TABLE}
          SET screened_revision = @applicationRevision, screening_blocking = @blocking, delegation_threshold_sek = @threshold
        ${where} AND (screened_revision IS NULL OR screened_revision <= @applicationRevision)`,
    ),
    withdraw: db.prepare<CaseKey & { reason: string; at: string }>(
      `UPDATE ${CASES_TABLE} SET status = 'withdrawn', ${since('withdrawn')}, withdrawal_reason = @reason ${where}`,
    ),
    take: db.prepare<CaseKey & { preparedBy: string; at: string }>(
      `UPDATE ${CASES_TABLE} SET status = 'in_preparation', ${since('in_preparation')}, preparer = @preparedBy ${where}`,
    ),
    insertSupplement: db.prepare<
      CaseKey & { requestId: string; question: string; dueDate: string; requestedBy: string; requestedAt: string }
    >(
      `INSERT INTO ${CASE_SUPPLEMENTS_TABLE} (tenant, application_id, request_id, question, due_date, requested_by, requested_at)
       VALUES (@tenant, @applicationId, @requestId, @question, @dueDate, @requestedBy, @requestedAt)
       ON CONFLICT (tenant, application_id, request_id) DO NOTHING`,
    ),
    awaitSupplement: db.prepare<CaseKey & { requestedBy: string; at: string }>(
      `UPDATE ${CASES_TABLE}
          SET status = 'awaiting_supplement', ${since('awaiting_supplement')}, preparer = COALESCE(preparer, @requestedBy)
        ${where}`,
    ),
    insertRecommendation: db.prepare<
      CaseKey & {
        recommendation: string;
        motivation: string;
        termsJson: string | null;
        overrideJson: string | null;
        basedOnRevision: number;
        by: string;
        at: string;
      }
    >(
      `INSERT INTO ${CASE_RECOMMENDATIONS_TABLE}
         (tenant, application_id, seq, recommendation, motivation, terms_json, override_json, based_on_revision, by, at)
       SELECT @tenant, @applicationId, COALESCE(MAX(seq), 0) + 1, @recommendation, @motivation, @termsJson, @overrideJson,
              @basedOnRevision, @by, @at
         FROM ${CASE_RECOMMENDATIONS_TABLE} ${where}`,
    ),
    recommend: db.prepare<CaseKey & { recommendation: string; amountSek: number | null; by: string; at: string }>(
      `UPDATE ${CASES_TABLE}
          SET status = 'recommended', ${since('recommended')}, recommendation = @recommendation, recommended_amount_sek = @amountSek,
              preparer = COALESCE(preparer, @by)
        ${where}`,
    ),
    decide: db.prepare<DecisionParams>(
      `UPDATE ${CASES_TABLE}
          SET status = @status, ${since('@status')}, decision = @decision, decided_by_kind = @decidedByKind, decided_by = @decidedBy,
              decided_on = @decidedOn, decided_amount_sek = @decidedAmountSek, decision_terms_json = @termsJson,
              decision_motivation = @motivation, decision_meeting_date = @meetingDate
        ${where}`,
    ),
    placement: db.prepare<CaseKey, { status: CaseStatus; meeting_id: string | null }>(
      `SELECT status, meeting_id FROM ${CASES_TABLE} ${where}`,
    ),
    setStatus: db.prepare<CaseKey & { status: CaseStatus; meetingId: string | null; itemNo: number | null; at: string }>(
      `UPDATE ${CASES_TABLE} SET status = @status, ${since('@status')}, meeting_id = @meetingId, item_no = @itemNo ${where}`,
    ),
    insertAgendaCase: db.prepare<{ tenant: string; meetingId: string; itemNo: number; applicationId: string; kind: string }>(
      `INSERT INTO ${AGENDA_CASES_TABLE} (tenant, meeting_id, item_no, application_id, kind)
       VALUES (@tenant, @meetingId, @itemNo, @applicationId, @kind)
       ON CONFLICT (tenant, meeting_id, item_no) DO UPDATE SET application_id = excluded.application_id, kind = excluded.kind`,
    ),
    removeAgendaCase: db.prepare<{ tenant: string; meetingId: string; itemNo: number }>(
      `DELETE FROM ${AGENDA_CASES_TABLE} WHERE tenant = @tenant AND meeting_id = @meetingId AND item_no = @itemNo`,
    ),
    agendaCase: db.prepare<
      { tenant: string; meetingId: string; itemNo: number },
      { application_id: string; kind: 'decision' | 'reported_delegated_decision' }
    >(`SELECT application_id, kind FROM ${AGENDA_CASES_TABLE} WHERE tenant = @tenant AND meeting_id = @meetingId AND item_no = @itemNo`),
    insertHistory: db.prepare<CaseKey & { position: bigint; type: string; at: string; userId: string; role: string; summaryJson: string }>(
      `INSERT INTO ${CASE_HISTORY_TABLE} (tenant, application_id, position, type, at, actor_user_id, actor_role, summary_json)
       VALUES (@tenant, @applicationId, @position, @type, @at, @userId, @role, @summaryJson)
       ON CONFLICT (tenant, application_id, position) DO NOTHING`,
    ),
    touch: db.prepare<CaseKey & { at: string }>(`UPDATE ${CASES_TABLE} SET updated_at = @at ${where}`),
  };
}

export type CaseStatements = ReturnType<typeof prepareAll>;

const cache = new WeakMap<Database.Database, CaseStatements>();

/** Prepared once per handle: a rebuild applies every event of the log through these. */
export function caseStatements(db: Database.Database): CaseStatements {
  let statements = cache.get(db);
  if (statements === undefined) {
    statements = prepareAll(db);
    cache.set(db, statements);
  }
  return statements;
}
