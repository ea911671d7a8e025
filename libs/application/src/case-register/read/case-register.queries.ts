import type Database from 'better-sqlite3';
import { prepared } from '@beslutskedjan/platform';
import { CASE_DOCUMENTS_TABLE, CASE_NUMBERS_TABLE, type DocumentKind } from './case-register.projection.js';

export interface DiariumDocument {
  documentNumber: string;
  kind: DocumentKind;
  reference: string;
  receivedAt: string;
}

export interface DiariumEntry {
  caseNumber: string;
  sequence: number;
  /** 'taken': the number was handed out and the application is not (yet) registered under it. */
  status: 'taken' | 'registered' | 'void';
  applicationId: string;
  title: string | null;
  voidReason: string | null;
  takenAt: string;
  documents: DiariumDocument[];
}

interface NumberRow {
  case_number: string;
  sequence: number;
  status: DiariumEntry['status'];
  application_id: string;
  title: string | null;
  void_reason: string | null;
  taken_at: string;
}

interface DocumentRow {
  case_number: string;
  document_number: string;
  kind: DocumentKind;
  reference: string;
  received_at: string;
}

/** Every number of the year in order, with its status and documents, and the sequence numbers missing (none, unless the log was tampered with). */
export function caseRegisterOf(
  db: Database.Database,
  tenant: string,
  year: number,
): { year: number; entries: DiariumEntry[]; missing: number[] } {
  const rows = prepared<[string, number], NumberRow>(
    db,
    `SELECT case_number, sequence, status, application_id, title, void_reason, taken_at FROM ${CASE_NUMBERS_TABLE} WHERE tenant = ? AND year = ? ORDER BY sequence`,
  ).all(tenant, year);
  const documents = prepared<[string, string], DocumentRow>(
    db,
    `SELECT case_number, document_number, kind, reference, received_at FROM ${CASE_DOCUMENTS_TABLE} WHERE tenant = ? AND case_number LIKE ? ORDER BY case_number, document_no`,
  ).all(tenant, `${year}/%`);
  const byCase = new Map<string, DiariumDocument[]>();
  for (const d of documents) {
    const list = byCase.get(d.case_number) ?? [];
    list.push({ documentNumber: d.document_number, kind: d.kind, reference: d.reference, receivedAt: d.received_at });
    byCase.set(d.case_number, list);
  }
  const entries = rows.map((r) => ({
    caseNumber: r.case_number,
    sequence: r.sequence,
    status: r.status,
    applicationId: r.application_id,
    title: r.title,
    voidReason: r.void_reason,
    takenAt: r.taken_at,
    documents: byCase.get(r.case_number) ?? [],
  }));
  const present = new Set(rows.map((r) => r.sequence));
  const last = rows.at(-1)?.sequence ?? 0;
  const missing = Array.from({ length: last }, (_, i) => i + 1).filter((n) => !present.has(n));
  return { year, entries, missing };
}
