import type Database from 'better-sqlite3';
import {
  AUDIT_AGENDA_ITEMS_TABLE,
  AUDIT_CASES_TABLE,
  AUDIT_DECISIONS_TABLE,
  AUDIT_LOG_CASES_TABLE,
  AUDIT_LOG_TABLE,
  AUDIT_MEETINGS_TABLE,
  AUDIT_RECUSALS_TABLE,
} from './audit.schema.js';

function prepare(db: Database.Database) {
  return {
    insertLog: db.prepare(
      `INSERT OR IGNORE INTO ${AUDIT_LOG_TABLE} (position, tenant, stream_id, revision, type, occurred_at, actor_user_id, actor_role, application_id, meeting_id, initiative_id, item_no)
       VALUES (@position, @tenant, @streamId, @revision, @type, @at, @userId, @role, @applicationId, @meetingId, @initiativeId, @itemNo)`,
    ),
    linkCase: db.prepare(
      `INSERT OR IGNORE INTO ${AUDIT_LOG_CASES_TABLE} (tenant, application_id, position) VALUES (@tenant, @applicationId, @position)`,
    ),
    upsertCase: db.prepare(
      `INSERT INTO ${AUDIT_CASES_TABLE} (tenant, application_id, case_number, title) VALUES (@tenant, @applicationId, @caseNumber, @title)
       ON CONFLICT (tenant, application_id) DO UPDATE SET case_number = excluded.case_number, title = excluded.title`,
    ),
    retitleCase: db.prepare(`UPDATE ${AUDIT_CASES_TABLE} SET title = @title WHERE tenant = @tenant AND application_id = @applicationId`),
    upsertMeeting: db.prepare(
      `INSERT INTO ${AUDIT_MEETINGS_TABLE} (tenant, meeting_id, date, label) VALUES (@tenant, @meetingId, @date, @label)
       ON CONFLICT (tenant, meeting_id) DO UPDATE SET date = excluded.date, label = excluded.label`,
    ),
    meeting: db.prepare<[string, string], { date: string; label: string }>(
      `SELECT date, label FROM ${AUDIT_MEETINGS_TABLE} WHERE tenant = ? AND meeting_id = ?`,
    ),
    upsertAgendaItem: db.prepare(
      `INSERT OR REPLACE INTO ${AUDIT_AGENDA_ITEMS_TABLE} (tenant, meeting_id, item_no, application_id, kind) VALUES (@tenant, @meetingId, @itemNo, @applicationId, @kind)`,
    ),
    agendaItem: db.prepare<[string, string, number], { application_id: string; kind: string }>(
      `SELECT application_id, kind FROM ${AUDIT_AGENDA_ITEMS_TABLE} WHERE tenant = ? AND meeting_id = ? AND item_no = ?`,
    ),
    agendaCases: db.prepare<[string, string], { application_id: string }>(
      `SELECT DISTINCT application_id FROM ${AUDIT_AGENDA_ITEMS_TABLE} WHERE tenant = ? AND meeting_id = ? ORDER BY application_id`,
    ),
    insertDecision: db.prepare(
      `INSERT OR IGNORE INTO ${AUDIT_DECISIONS_TABLE} (position, tenant, decided_by_kind, application_id, meeting_id, item_no, outcome, amount_sek, motivation, policy_id, policy_revision, policy_title, decided_on, decided_by, occurred_at)
       VALUES (@position, @tenant, @kind, @applicationId, @meetingId, @itemNo, @outcome, @amountSek, @motivation, @policyId, @policyRevision, @policyTitle, @decidedOn, @decidedBy, @at)`,
    ),
    insertRecusal: db.prepare(
      `INSERT OR IGNORE INTO ${AUDIT_RECUSALS_TABLE} (position, tenant, person_id, meeting_id, item_no, application_id, reason, occurred_at)
       VALUES (@position, @tenant, @personId, @meetingId, @itemNo, @applicationId, @reason, @at)`,
    ),
  };
}

export type AuditStatements = ReturnType<typeof prepare>;

/** Prepared once per database handle: the projection applies thousands of events in one rebuild. */
const cache = new WeakMap<Database.Database, AuditStatements>();

export function auditStatements(db: Database.Database): AuditStatements {
  let statements = cache.get(db);
  if (!statements) {
    statements = prepare(db);
    cache.set(db, statements);
  }
  return statements;
}
