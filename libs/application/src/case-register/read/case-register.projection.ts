import type Database from 'better-sqlite3';
import type { StoredEvent } from '@beslutskedjan/event-store';
import type { Projection } from '@beslutskedjan/projections';
import { prepared } from '@beslutskedjan/platform';

export const CASE_NUMBERS_TABLE = 'diarium_numbers';
export const CASE_DOCUMENTS_TABLE = 'diarium_documents';

/** The kinds of incoming document registered under a case. */
export type DocumentKind = 'application' | 'revision' | 'supplement' | 'follow_up_report';

function init(db: Database.Database): void {
  db.exec(`
    CREATE TABLE ${CASE_NUMBERS_TABLE} (
      tenant TEXT NOT NULL, year INTEGER NOT NULL, sequence INTEGER NOT NULL, case_number TEXT NOT NULL,
      application_id TEXT NOT NULL, status TEXT NOT NULL CHECK (status IN ('taken', 'registered', 'void')),
      title TEXT, void_reason TEXT, taken_at TEXT NOT NULL, registered_at TEXT, voided_at TEXT,
      PRIMARY KEY (tenant, case_number));
    CREATE INDEX diarium_numbers_by_year ON ${CASE_NUMBERS_TABLE} (tenant, year, sequence);
    CREATE INDEX diarium_numbers_by_application ON ${CASE_NUMBERS_TABLE} (tenant, application_id, status);
    CREATE TABLE ${CASE_DOCUMENTS_TABLE} (
      tenant TEXT NOT NULL, case_number TEXT NOT NULL, document_no INTEGER NOT NULL, document_number TEXT NOT NULL,
      kind TEXT NOT NULL, reference TEXT NOT NULL, received_at TEXT NOT NULL, received_by TEXT NOT NULL,
      PRIMARY KEY (tenant, case_number, document_no));`);
}

type Data = Record<string, unknown>;

/**
 * The diarium as a register: every number of every year with its status, and the incoming
 * documents of each case numbered in the order they arrived (2026/0042-1 the application,
 * -2 a revision or a supplement, -3 a follow-up report, …). Derived from the log, so the
 * numbering is the same on every rebuild.
 */
export const caseRegisterProjection: Projection = {
  name: 'case-register',
  version: 1,
  tables: [CASE_NUMBERS_TABLE, CASE_DOCUMENTS_TABLE],
  init,
  apply(db, stored: StoredEvent) {
    const { tenant, occurredAt, actor } = stored.metadata;
    const d = stored.data as Data;
    switch (stored.type) {
      case 'CaseNumberAssigned':
        prepared(
          db,
          `INSERT OR IGNORE INTO ${CASE_NUMBERS_TABLE} (tenant, year, sequence, case_number, application_id, status, taken_at) VALUES (?, ?, ?, ?, ?, 'taken', ?)`,
        ).run(tenant, d.year, d.sequence, d.caseNumber, d.applicationId, occurredAt);
        return;
      case 'CaseNumberVoided':
        prepared(
          db,
          `UPDATE ${CASE_NUMBERS_TABLE} SET status = 'void', void_reason = ?, voided_at = ? WHERE tenant = ? AND case_number = ?`,
        ).run(d.reason, occurredAt, tenant, d.caseNumber);
        return;
      case 'ApplicationSubmitted': {
        const title = (d.content as { title?: string } | undefined)?.title ?? null;
        prepared(
          db,
          `UPDATE ${CASE_NUMBERS_TABLE} SET status = 'registered', title = ?, registered_at = ? WHERE tenant = ? AND case_number = ?`,
        ).run(title, occurredAt, tenant, d.caseNumber);
        addDocument(db, tenant, String(d.caseNumber), 'application', 'revision 1', occurredAt, actor.userId);
        return;
      }
      case 'ApplicationRevised': {
        const caseNumber = caseOf(db, tenant, String(d.applicationId));
        const kind: DocumentKind = d.inResponseTo ? 'supplement' : 'revision';
        if (caseNumber) addDocument(db, tenant, caseNumber, kind, `revision ${String(d.revision)}`, occurredAt, actor.userId);
        return;
      }
      case 'FollowUpReportSubmitted': {
        // The initiative's id is its application's id (one approved application, one initiative).
        const caseNumber = caseOf(db, tenant, String(d.initiativeId));
        if (caseNumber)
          addDocument(
            db,
            tenant,
            caseNumber,
            'follow_up_report',
            `uppföljning ${String(d.n)}, inlämning ${String(d.submission)}`,
            occurredAt,
            actor.userId,
          );
        return;
      }
      default:
        return;
    }
  },
};

function caseOf(db: Database.Database, tenant: string, applicationId: string): string | undefined {
  return prepared<[string, string], { case_number: string }>(
    db,
    `SELECT case_number FROM ${CASE_NUMBERS_TABLE} WHERE tenant = ? AND application_id = ? AND status = 'registered'`,
  ).get(tenant, applicationId)?.case_number;
}

function addDocument(
  db: Database.Database,
  tenant: string,
  caseNumber: string,
  kind: DocumentKind,
  reference: string,
  at: string,
  by: string,
): void {
  const next =
    (prepared<[string, string], { n: number | null }>(
      db,
      `SELECT MAX(document_no) AS n FROM ${CASE_DOCUMENTS_TABLE} WHERE tenant = ? AND case_number = ?`,
    ).get(tenant, caseNumber)?.n ?? 0) + 1;
  prepared(db, `INSERT INTO ${CASE_DOCUMENTS_TABLE} VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(
    tenant,
    caseNumber,
    next,
    `${caseNumber}-${next}`,
    kind,
    reference,
    at,
    by,
  );
}
