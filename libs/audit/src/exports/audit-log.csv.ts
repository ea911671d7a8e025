import type { AuditLogEntry } from '../read/audit-log.queries.js';
import type { NameOf } from '../timeline/case-timeline.types.js';
import { swedishDateOf } from '../../../policy/src/dates.js';
import { toCsv } from './csv.js';
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

/** The audit log (or a filtered part of it) as CSV, people named through the directory. */
export function auditLogCsv(entries: readonly AuditLogEntry[], nameOf: NameOf): string {
  return toCsv(
    AUDIT_LOG_CSV_HEADER,
    entries.map((e) => [
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
    ]),
  );
}
