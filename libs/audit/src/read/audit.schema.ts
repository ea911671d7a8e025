import type Database from 'better-sqlite3';

/** Every event of every stream, with who, when and what it concerns: the global audit log. */
export const AUDIT_LOG_TABLE = 'audit_log';
/** Which cases an event concerns (a meeting's attestation concerns every case on its agenda). */
export const AUDIT_LOG_CASES_TABLE = 'audit_log_cases';
/** Lookups the log needs: case numbers, meeting dates and which case each agenda item is. */
export const AUDIT_CASES_TABLE = 'audit_cases';
export const AUDIT_MEETINGS_TABLE = 'audit_meetings';
export const AUDIT_AGENDA_ITEMS_TABLE = 'audit_agenda_items';
/** Board outcomes and delegated decisions with the policy version they were taken under. */
export const AUDIT_DECISIONS_TABLE = 'audit_decisions';
/** Every declared conflict of interest (jäv). */
export const AUDIT_RECUSALS_TABLE = 'audit_recusals';

export const AUDIT_TABLES = [
  AUDIT_LOG_TABLE,
  AUDIT_LOG_CASES_TABLE,
  AUDIT_CASES_TABLE,
  AUDIT_MEETINGS_TABLE,
  AUDIT_AGENDA_ITEMS_TABLE,
  AUDIT_DECISIONS_TABLE,
  AUDIT_RECUSALS_TABLE,
] as const;

export function createAuditTables(db: Database.Database): void {
  db.exec(`
    CREATE TABLE ${AUDIT_LOG_TABLE} (
      position INTEGER PRIMARY KEY,
      tenant TEXT NOT NULL,
      stream_id TEXT NOT NULL,
      revision INTEGER NOT NULL,
      type TEXT NOT NULL,
      occurred_at TEXT NOT NULL,
      actor_user_id TEXT NOT NULL,
      actor_role TEXT NOT NULL,
      application_id TEXT,
      meeting_id TEXT,
      initiative_id TEXT,
      item_no INTEGER
    );
    CREATE INDEX ${AUDIT_LOG_TABLE}_tenant ON ${AUDIT_LOG_TABLE} (tenant, position);
    CREATE INDEX ${AUDIT_LOG_TABLE}_actor ON ${AUDIT_LOG_TABLE} (tenant, actor_user_id, position);
    CREATE INDEX ${AUDIT_LOG_TABLE}_type ON ${AUDIT_LOG_TABLE} (tenant, type, position);
    CREATE INDEX ${AUDIT_LOG_TABLE}_meeting ON ${AUDIT_LOG_TABLE} (tenant, meeting_id, position);
    CREATE INDEX ${AUDIT_LOG_TABLE}_initiative ON ${AUDIT_LOG_TABLE} (tenant, initiative_id, position);
    CREATE INDEX ${AUDIT_LOG_TABLE}_time ON ${AUDIT_LOG_TABLE} (tenant, occurred_at);

    CREATE TABLE ${AUDIT_LOG_CASES_TABLE} (
      tenant TEXT NOT NULL,
      application_id TEXT NOT NULL,
      position INTEGER NOT NULL,
      PRIMARY KEY (tenant, application_id, position)
    ) WITHOUT ROWID;

    CREATE TABLE ${AUDIT_CASES_TABLE} (
      tenant TEXT NOT NULL,
      application_id TEXT NOT NULL,
      case_number TEXT NOT NULL,
      title TEXT NOT NULL,
      PRIMARY KEY (tenant, application_id)
    );

    CREATE TABLE ${AUDIT_MEETINGS_TABLE} (
      tenant TEXT NOT NULL,
      meeting_id TEXT NOT NULL,
      date TEXT NOT NULL,
      label TEXT NOT NULL,
      PRIMARY KEY (tenant, meeting_id)
    );

    CREATE TABLE ${AUDIT_AGENDA_ITEMS_TABLE} (
      tenant TEXT NOT NULL,
      meeting_id TEXT NOT NULL,
      item_no INTEGER NOT NULL,
      application_id TEXT NOT NULL,
      kind TEXT NOT NULL,
      PRIMARY KEY (tenant, meeting_id, item_no)
    );
    CREATE INDEX ${AUDIT_AGENDA_ITEMS_TABLE}_case ON ${AUDIT_AGENDA_ITEMS_TABLE} (tenant, application_id);

    CREATE TABLE ${AUDIT_DECISIONS_TABLE} (
      position INTEGER PRIMARY KEY,
      tenant TEXT NOT NULL,
      decided_by_kind TEXT NOT NULL CHECK (decided_by_kind IN ('board', 'delegation')),
      application_id TEXT NOT NULL,
      meeting_id TEXT,
      item_no INTEGER,
      outcome TEXT NOT NULL,
      amount_sek INTEGER,
      motivation TEXT,
      policy_id TEXT,
      policy_revision INTEGER,
      policy_title TEXT,
      decided_on TEXT NOT NULL,
      decided_by TEXT NOT NULL,
      occurred_at TEXT NOT NULL
    );
    CREATE INDEX ${AUDIT_DECISIONS_TABLE}_policy ON ${AUDIT_DECISIONS_TABLE} (tenant, policy_id, policy_revision, position);

    CREATE TABLE ${AUDIT_RECUSALS_TABLE} (
      position INTEGER PRIMARY KEY,
      tenant TEXT NOT NULL,
      person_id TEXT NOT NULL,
      meeting_id TEXT NOT NULL,
      item_no INTEGER NOT NULL,
      application_id TEXT,
      reason TEXT NOT NULL,
      occurred_at TEXT NOT NULL
    );
    CREATE INDEX ${AUDIT_RECUSALS_TABLE}_person ON ${AUDIT_RECUSALS_TABLE} (tenant, person_id, position);
  `);
}
