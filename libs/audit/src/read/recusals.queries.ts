import type Database from 'better-sqlite3';
import { AUDIT_CASES_TABLE, AUDIT_MEETINGS_TABLE, AUDIT_RECUSALS_TABLE } from './audit.schema.js';

export interface RecusalRecord {
  position: string;
  personId: string;
  meetingId: string;
  meetingDate: string | null;
  meetingLabel: string | null;
  itemNo: number;
  applicationId: string | null;
  caseNumber: string | null;
  title: string | null;
  reason: string;
  declaredAt: string;
}

interface Row {
  position: number;
  person_id: string;
  meeting_id: string;
  item_no: number;
  application_id: string | null;
  reason: string;
  occurred_at: string;
  meeting_date: string | null;
  meeting_label: string | null;
  case_number: string | null;
  title: string | null;
}

/** Every conflict of interest (jäv) a person declared, with meeting, item, case and reason, oldest first. */
export function recusalsOf(db: Database.Database, tenant: string, personId: string): RecusalRecord[] {
  return db
    .prepare<[string, string], Row>(
      `SELECT r.*, m.date AS meeting_date, m.label AS meeting_label, c.case_number, c.title
       FROM ${AUDIT_RECUSALS_TABLE} r
       LEFT JOIN ${AUDIT_MEETINGS_TABLE} m ON m.tenant = r.tenant AND m.meeting_id = r.meeting_id
       LEFT JOIN ${AUDIT_CASES_TABLE} c ON c.tenant = r.tenant AND c.application_id = r.application_id
       WHERE r.tenant = ? AND r.person_id = ? ORDER BY r.position`,
    )
    .all(tenant, personId)
    .map((r) => ({
      position: String(r.position),
      personId: r.person_id,
      meetingId: r.meeting_id,
      meetingDate: r.meeting_date,
      meetingLabel: r.meeting_label,
      itemNo: r.item_no,
      applicationId: r.application_id,
      caseNumber: r.case_number,
      title: r.title,
      reason: r.reason,
      declaredAt: r.occurred_at,
    }));
}
