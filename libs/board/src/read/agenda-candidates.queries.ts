import type Database from 'better-sqlite3';
import { AGENDA_CASES_TABLE, CASES_TABLE } from '@beslutskedjan/application';

/** A case the office may put before the board: one waiting for its decision, or a delegated decision to report. */
export interface AgendaCandidate {
  applicationId: string;
  caseNumber: string;
  title: string;
  /** For a case to decide: the recommendation; for a delegated decision: the decision taken. */
  recommendation: 'approve' | 'reject' | null;
  decision: 'approved' | 'rejected' | null;
  amountSek: number | null;
  decidedOn: string | null;
  since: string;
}

export interface AgendaCandidates {
  /** Prepared cases with a recommendation, on no meeting's agenda (putting one there makes it `on_agenda`). */
  toDecide: AgendaCandidate[];
  /** Decisions taken under delegation that no meeting's agenda reports yet (scheduling a meeting reports those taken by then). */
  toReport: AgendaCandidate[];
}

interface Row {
  application_id: string;
  case_number: string;
  title: string;
  recommendation: 'approve' | 'reject' | null;
  recommended_amount_sek: number | null;
  decision: 'approved' | 'rejected' | null;
  decided_amount_sek: number | null;
  decided_on: string | null;
  status_since: string;
}

const toCandidate = (r: Row, decided: boolean): AgendaCandidate => ({
  applicationId: r.application_id,
  caseNumber: r.case_number,
  title: r.title,
  recommendation: decided ? null : r.recommendation,
  decision: decided ? r.decision : null,
  amountSek: decided ? r.decided_amount_sek : r.recommended_amount_sek,
  decidedOn: decided ? r.decided_on : null,
  since: r.status_since,
});

/** Read from the case list's read model; the API still checks each case when it is put on an agenda. */
export function agendaCandidates(db: Database.Database, tenant: string, limit: number): AgendaCandidates {
  const columns = `c.application_id, c.case_number, c.title, c.recommendation, c.recommended_amount_sek, c.decision,
    c.decided_amount_sek, c.decided_on, c.status_since`;
  const toDecide = db
    .prepare<[string, number], Row>(
      `SELECT ${columns} FROM ${CASES_TABLE} c WHERE c.tenant = ? AND c.status = 'recommended' ORDER BY c.case_number LIMIT ?`,
    )
    .all(tenant, limit);
  const toReport = db
    .prepare<[string, number], Row>(
      `SELECT ${columns} FROM ${CASES_TABLE} c
        WHERE c.tenant = ? AND c.decided_by_kind = 'delegation' AND c.status <> 'withdrawn'
          AND NOT EXISTS (SELECT 1 FROM ${AGENDA_CASES_TABLE} a
                           WHERE a.tenant = c.tenant AND a.application_id = c.application_id AND a.kind = 'reported_delegated_decision')
        ORDER BY c.case_number LIMIT ?`,
    )
    .all(tenant, limit);
  return { toDecide: toDecide.map((r) => toCandidate(r, false)), toReport: toReport.map((r) => toCandidate(r, true)) };
}
