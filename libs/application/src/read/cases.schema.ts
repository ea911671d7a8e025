import type Database from 'better-sqlite3';

export const CASES_TABLE = 'cases';
export const CASE_REVISIONS_TABLE = 'case_revisions';
export const CASE_SCREENINGS_TABLE = 'case_screenings';
export const CASE_HISTORY_TABLE = 'case_history';
export const CASE_SUPPLEMENTS_TABLE = 'case_supplements';
export const CASE_RECOMMENDATIONS_TABLE = 'case_recommendations';
/** Which application each agenda item concerns: meeting events name the item, not the case. */
export const AGENDA_CASES_TABLE = 'agenda_cases';

export const CASES_TABLES = [
  CASES_TABLE,
  CASE_REVISIONS_TABLE,
  CASE_SCREENINGS_TABLE,
  CASE_HISTORY_TABLE,
  CASE_SUPPLEMENTS_TABLE,
  CASE_RECOMMENDATIONS_TABLE,
  AGENDA_CASES_TABLE,
] as const;

export const CASE_STATUSES = [
  'submitted',
  'in_preparation',
  'awaiting_supplement',
  'recommended',
  'on_agenda',
  'decided_pending_attestation',
  'approved',
  'rejected',
  'withdrawn',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

const statusCheck = CASE_STATUSES.map((s) => `'${s}'`).join(', ');

export function createCasesTables(db: Database.Database): void {
  db.exec(`
    CREATE TABLE ${CASES_TABLE} (
      tenant TEXT NOT NULL,
      application_id TEXT NOT NULL,
      case_number TEXT NOT NULL,
      year INTEGER NOT NULL,
      title TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN (${statusCheck})),
      status_since TEXT NOT NULL,
      category TEXT NOT NULL,
      kind TEXT NOT NULL,
      applicant_name TEXT NOT NULL,
      applicant_member_kind TEXT,
      procuring_member_kind TEXT NOT NULL,
      procuring_member_name TEXT NOT NULL,
      submitted_by TEXT NOT NULL,
      submitted_at TEXT NOT NULL,
      revision INTEGER NOT NULL,
      preparer TEXT,
      screened_revision INTEGER,
      screening_blocking INTEGER CHECK (screening_blocking IN (0, 1)),
      delegation_threshold_sek INTEGER,
      recommendation TEXT CHECK (recommendation IN ('approve', 'reject')),
      recommended_amount_sek INTEGER,
      decision TEXT CHECK (decision IN ('approved', 'rejected')),
      decided_by_kind TEXT CHECK (decided_by_kind IN ('board', 'delegation')),
      decided_by TEXT,
      decided_on TEXT,
      decided_amount_sek INTEGER,
      decision_terms_json TEXT,
      decision_motivation TEXT,
      decision_meeting_date TEXT,
      meeting_id TEXT,
      item_no INTEGER,
      budget_total_sek INTEGER NOT NULL,
      withdrawal_reason TEXT,
      updated_at TEXT NOT NULL,
      PRIMARY KEY (tenant, application_id)
    );
    CREATE INDEX ${CASES_TABLE}_number ON ${CASES_TABLE} (tenant, case_number);
    CREATE INDEX ${CASES_TABLE}_status ON ${CASES_TABLE} (tenant, status, case_number);
    CREATE INDEX ${CASES_TABLE}_preparer ON ${CASES_TABLE} (tenant, preparer, status);

    CREATE TABLE ${CASE_REVISIONS_TABLE} (
      tenant TEXT NOT NULL,
      application_id TEXT NOT NULL,
      revision INTEGER NOT NULL,
      content_json TEXT NOT NULL,
      at TEXT NOT NULL,
      by TEXT NOT NULL,
      in_response_to TEXT,
      PRIMARY KEY (tenant, application_id, revision)
    );

    CREATE TABLE ${CASE_SCREENINGS_TABLE} (
      tenant TEXT NOT NULL,
      application_id TEXT NOT NULL,
      -- The event's revision in the application stream: a revision may be screened more than once.
      seq INTEGER NOT NULL,
      application_revision INTEGER NOT NULL,
      screened_on TEXT NOT NULL,
      policies_json TEXT NOT NULL,
      findings_json TEXT NOT NULL,
      blocking INTEGER NOT NULL CHECK (blocking IN (0, 1)),
      delegation_threshold_sek INTEGER,
      PRIMARY KEY (tenant, application_id, seq)
    );

    CREATE TABLE ${CASE_HISTORY_TABLE} (
      tenant TEXT NOT NULL,
      application_id TEXT NOT NULL,
      position INTEGER NOT NULL,
      type TEXT NOT NULL,
      at TEXT NOT NULL,
      actor_user_id TEXT NOT NULL,
      actor_role TEXT NOT NULL,
      summary_json TEXT NOT NULL,
      PRIMARY KEY (tenant, application_id, position)
    );

    CREATE TABLE ${CASE_SUPPLEMENTS_TABLE} (
      tenant TEXT NOT NULL,
      application_id TEXT NOT NULL,
      request_id TEXT NOT NULL,
      question TEXT NOT NULL,
      due_date TEXT NOT NULL,
      requested_by TEXT NOT NULL,
      requested_at TEXT NOT NULL,
      answered_by_revision INTEGER,
      PRIMARY KEY (tenant, application_id, request_id)
    );

    CREATE TABLE ${CASE_RECOMMENDATIONS_TABLE} (
      tenant TEXT NOT NULL,
      application_id TEXT NOT NULL,
      seq INTEGER NOT NULL,
      recommendation TEXT NOT NULL CHECK (recommendation IN ('approve', 'reject')),
      motivation TEXT NOT NULL,
      terms_json TEXT,
      override_json TEXT,
      based_on_revision INTEGER NOT NULL,
      by TEXT NOT NULL,
      at TEXT NOT NULL,
      PRIMARY KEY (tenant, application_id, seq)
    );

    CREATE TABLE ${AGENDA_CASES_TABLE} (
      tenant TEXT NOT NULL,
      meeting_id TEXT NOT NULL,
      item_no INTEGER NOT NULL,
      application_id TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('decision', 'reported_delegated_decision')),
      PRIMARY KEY (tenant, meeting_id, item_no)
    );
    CREATE INDEX ${AGENDA_CASES_TABLE}_application ON ${AGENDA_CASES_TABLE} (tenant, application_id);
  `);
}
