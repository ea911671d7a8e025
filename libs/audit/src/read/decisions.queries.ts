import type Database from 'better-sqlite3';
import { AUDIT_CASES_TABLE, AUDIT_DECISIONS_TABLE, AUDIT_MEETINGS_TABLE } from './audit.schema.js';

export interface DecisionUnderPolicy {
  position: string;
  decidedBy:
    | { kind: 'board'; meetingId: string; meetingLabel: string | null; itemNo: number; recordedBy: string }
    | { kind: 'delegation'; userId: string };
  applicationId: string;
  caseNumber: string | null;
  title: string | null;
  outcome: string;
  amountSek: number | null;
  motivation: string | null;
  policy: { policyId: string; revision: number; title: string };
  decidedOn: string;
  occurredAt: string;
}

interface Row {
  position: number;
  decided_by_kind: 'board' | 'delegation';
  application_id: string;
  meeting_id: string | null;
  item_no: number | null;
  outcome: string;
  amount_sek: number | null;
  motivation: string | null;
  policy_id: string;
  policy_revision: number;
  policy_title: string;
  decided_on: string;
  decided_by: string;
  occurred_at: string;
  case_number: string | null;
  title: string | null;
  meeting_label: string | null;
}

/** Board outcomes and delegated decisions whose recorded policy version is `policyId` revision `revision`. */
export function decisionsUnderPolicyVersion(
  db: Database.Database,
  tenant: string,
  policyId: string,
  revision: number,
): DecisionUnderPolicy[] {
  return db
    .prepare<[string, string, number], Row>(
      `SELECT d.*, c.case_number, c.title, m.label AS meeting_label
       FROM ${AUDIT_DECISIONS_TABLE} d
       LEFT JOIN ${AUDIT_CASES_TABLE} c ON c.tenant = d.tenant AND c.application_id = d.application_id
       LEFT JOIN ${AUDIT_MEETINGS_TABLE} m ON m.tenant = d.tenant AND m.meeting_id = d.meeting_id
       WHERE d.tenant = ? AND d.policy_id = ? AND d.policy_revision = ? ORDER BY d.position`,
    )
    .all(tenant, policyId, revision)
    .map((r) => ({
      position: String(r.position),
      decidedBy:
        r.decided_by_kind === 'board'
          ? {
              kind: 'board',
              meetingId: r.meeting_id ?? '',
              meetingLabel: r.meeting_label,
              itemNo: r.item_no ?? 0,
              recordedBy: r.decided_by,
            }
          : { kind: 'delegation', userId: r.decided_by },
      applicationId: r.application_id,
      caseNumber: r.case_number,
      title: r.title,
      outcome: r.outcome,
      amountSek: r.amount_sek,
      motivation: r.motivation,
      policy: { policyId: r.policy_id, revision: r.policy_revision, title: r.policy_title },
      decidedOn: r.decided_on,
      occurredAt: r.occurred_at,
    }));
}
