import type Database from 'better-sqlite3';
import { listAuditLog, MAX_AUDIT_LOG_LIMIT, type AuditLogEntry, type AuditLogFilter } from '../read/audit-log.queries.js';

/** Every matching entry, page by page through the cursor (paging parameters of the filter are ignored). */
export function allAuditLogEntries(db: Database.Database, tenant: string, filter: AuditLogFilter): AuditLogEntry[] {
  const { cursor: _cursor, offset: _offset, limit: _limit, ...rest } = filter;
  const entries: AuditLogEntry[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = listAuditLog(db, tenant, { ...rest, limit: MAX_AUDIT_LOG_LIMIT, ...(cursor === undefined ? {} : { cursor }) });
    entries.push(...page.items);
    if (page.nextCursor === null) return entries;
    cursor = page.nextCursor;
  }
}
