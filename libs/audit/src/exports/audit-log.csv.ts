import type Database from 'better-sqlite3';
import { listAuditLog, MAX_AUDIT_LOG_LIMIT, type AuditLogEntry, type AuditLogFilter } from '../read/audit-log.queries.js';
import type { NameOf } from '../timeline/case-timeline.types.js';
import { swedishDateOf } from '@beslutskedjan/policy/pure';
import { BOM, csvLine, toCsv, type CsvCell, type CsvDelimiter } from './csv.js';
import { ROLE_TEXT } from './swedish-labels.js';

export const AUDIT_LOG_CSV_HEADER = [
  'Position',
  'Datum',
  'Tidpunkt (UTC)',
  'Händelsetyp',
  'Ström',
  'Revision',
  'Användare',
  'Namn',
  'Roll',
  'Ansökan',
  'Sammanträde',
  'Paragraf',
  'Insats',
] as const;

const row = (e: AuditLogEntry, nameOf: NameOf): CsvCell[] => [
  e.position,
  swedishDateOf(e.occurredAt) ?? e.occurredAt.slice(0, 10),
  e.occurredAt,
  e.type,
  e.streamId,
  e.revision,
  e.actor.userId,
  nameOf(e.actor.userId),
  ROLE_TEXT[e.actor.role],
  e.applicationId,
  e.meetingId,
  e.itemNo,
  e.initiativeId,
];

/** The audit log (or a filtered part of it) as CSV, people named through the directory. */
export function auditLogCsv(entries: readonly AuditLogEntry[], nameOf: NameOf, delimiter: CsvDelimiter = ';'): string {
  return toCsv(
    AUDIT_LOG_CSV_HEADER,
    entries.map((e) => row(e, nameOf)),
    delimiter,
  );
}

/**
 * The same file as a stream: one chunk per page of the read model, so a förbund's whole log is never held
 * in memory, and the event loop is free between pages (the response's backpressure paces the reads).
 */
export function* auditLogCsvChunks(
  db: Database.Database,
  tenant: string,
  filter: AuditLogFilter,
  nameOf: NameOf,
  delimiter: CsvDelimiter = ';',
): Generator<string> {
  const { cursor: _cursor, offset: _offset, limit: _limit, ...rest } = filter;
  yield BOM + csvLine(AUDIT_LOG_CSV_HEADER, delimiter);
  let cursor: string | undefined;
  for (;;) {
    const page = listAuditLog(db, tenant, { ...rest, limit: MAX_AUDIT_LOG_LIMIT, ...(cursor === undefined ? {} : { cursor }) }, false);
    yield page.items.map((e) => csvLine(row(e, nameOf), delimiter)).join('');
    if (page.nextCursor === null) return;
    cursor = page.nextCursor;
  }
}
