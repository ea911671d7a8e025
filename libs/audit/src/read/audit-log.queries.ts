import type Database from 'better-sqlite3';
import type { Role } from '@beslutskedjan/shared';
import { AUDIT_AGENDA_ITEMS_TABLE, AUDIT_LOG_CASES_TABLE, AUDIT_LOG_TABLE } from './audit.schema.js';

export const MAX_AUDIT_LOG_LIMIT = 500;

export interface AuditLogFilter {
  actor?: string;
  /** One or more event types. */
  types?: readonly string[];
  applicationId?: string;
  meetingId?: string;
  initiativeId?: string;
  /** Inclusive bounds on occurredAt, as ISO instants. */
  fromInstant?: string;
  toInstant?: string;
  /** Continue after this position (from `nextCursor`). */
  cursor?: string;
  offset?: number;
  limit?: number;
}

export interface AuditLogEntry {
  position: string;
  streamId: string;
  revision: number;
  type: string;
  occurredAt: string;
  actor: { userId: string; role: Role | 'system' };
  applicationId: string | null;
  meetingId: string | null;
  initiativeId: string | null;
  itemNo: number | null;
}

export interface AuditLogPage {
  total: number;
  items: AuditLogEntry[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

interface Row {
  position: number;
  stream_id: string;
  revision: number;
  type: string;
  occurred_at: string;
  actor_user_id: string;
  actor_role: Role | 'system';
  application_id: string | null;
  meeting_id: string | null;
  initiative_id: string | null;
  item_no: number | null;
}

/** The tenant's log in commit order, filtered; page with `cursor` (stable while the log grows) or `offset`. */
export function listAuditLog(
  db: Database.Database,
  tenant: string,
  filter: AuditLogFilter = {},
  /** `false`: skip counting the matches (`total` is then 0): an export pages through all of them anyway. */
  withTotal = true,
): AuditLogPage {
  const clauses = ['l.tenant = ?'];
  const params: Array<string | number> = [tenant];
  const add = (clause: string, ...values: Array<string | number>) => {
    clauses.push(clause);
    params.push(...values);
  };
  if (filter.actor !== undefined) add('l.actor_user_id = ?', filter.actor);
  if (filter.types !== undefined && filter.types.length > 0) add(`l.type IN (${filter.types.map(() => '?').join(', ')})`, ...filter.types);
  if (filter.applicationId !== undefined) {
    add(
      `EXISTS (SELECT 1 FROM ${AUDIT_LOG_CASES_TABLE} c WHERE c.tenant = l.tenant AND c.application_id = ? AND c.position = l.position)`,
      filter.applicationId,
    );
  }
  if (filter.meetingId !== undefined) add('l.meeting_id = ?', filter.meetingId);
  if (filter.initiativeId !== undefined) add('l.initiative_id = ?', filter.initiativeId);
  if (filter.fromInstant !== undefined) add('l.occurred_at >= ?', filter.fromInstant);
  if (filter.toInstant !== undefined) add('l.occurred_at <= ?', filter.toInstant);
  const where = clauses.join(' AND ');
  const total = !withTotal
    ? 0
    : (db.prepare<Array<string | number>, { n: number }>(`SELECT COUNT(*) AS n FROM ${AUDIT_LOG_TABLE} l WHERE ${where}`).get(...params)
        ?.n ?? 0);
  const limit = Math.min(Math.max(Math.trunc(filter.limit ?? 100), 1), MAX_AUDIT_LOG_LIMIT);
  const paged = filter.cursor === undefined ? where : `${where} AND l.position > ?`;
  const pageParams = filter.cursor === undefined ? params : [...params, Number(filter.cursor)];
  const rows = db
    .prepare<Array<string | number>, Row>(`SELECT l.* FROM ${AUDIT_LOG_TABLE} l WHERE ${paged} ORDER BY l.position LIMIT ? OFFSET ?`)
    .all(...pageParams, limit, Math.max(Math.trunc(filter.offset ?? 0), 0));
  const items = rows.map(toEntry);
  return { total, items, nextCursor: items.length === limit ? (items.at(-1)?.position ?? null) : null };
}

const toEntry = (r: Row): AuditLogEntry => ({
  position: String(r.position),
  streamId: r.stream_id,
  revision: r.revision,
  type: r.type,
  occurredAt: r.occurred_at,
  actor: { userId: r.actor_user_id, role: r.actor_role },
  applicationId: r.application_id,
  meetingId: r.meeting_id,
  initiativeId: r.initiative_id,
  itemNo: r.item_no,
});

/** The meetings whose agenda holds (or held) the case, in the order they were added. */
export function meetingIdsOfCase(db: Database.Database, tenant: string, applicationId: string): string[] {
  return db
    .prepare<[string, string], { meeting_id: string }>(
      `SELECT DISTINCT meeting_id FROM ${AUDIT_AGENDA_ITEMS_TABLE} WHERE tenant = ? AND application_id = ? ORDER BY rowid`,
    )
    .all(tenant, applicationId)
    .map((r) => r.meeting_id);
}
