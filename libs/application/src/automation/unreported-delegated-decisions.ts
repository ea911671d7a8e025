import type Database from 'better-sqlite3';
import { AGENDA_CASES_TABLE, CASES_TABLE } from '../read/cases.schema.js';

/** Delegated decisions taken up to `until` that no meeting's agenda reports yet (anmälda delegationsbeslut). */
export function unreportedDelegatedDecisions(db: Database.Database, tenant: string, until: string): string[] {
  return db
    .prepare<[string, string], { application_id: string }>(
      `SELECT c.application_id FROM ${CASES_TABLE} c
        WHERE c.tenant = ? AND c.decided_by_kind = 'delegation' AND c.decided_on <= ?
          AND NOT EXISTS (SELECT 1 FROM ${AGENDA_CASES_TABLE} a
                           WHERE a.tenant = c.tenant AND a.application_id = c.application_id AND a.kind = 'reported_delegated_decision')
        ORDER BY c.case_number`,
    )
    .all(tenant, until)
    .map((r) => r.application_id);
}
