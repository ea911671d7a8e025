import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteEventStore } from '@beslutskedjan/event-store';
import type { AuditTrailReport } from '../integrity/audit-trail.report.js';
import { verifyAuditTrail } from '../integrity/verify-audit-trail.js';

/** What a backup holds: the event log (the truth) and the erasable people directory. Read models are rebuilt. */
export const BACKED_UP_FILES = ['events.sqlite', 'people.sqlite'] as const;

/**
 * Online backup through SQLite's backup API: consistent while the API and worker keep writing
 * (pages changed during the copy are copied again), into `targetDir`, which must not hold a backup.
 */
export async function backupDataDir(dataDir: string, targetDir: string): Promise<string[]> {
  if (!existsSync(join(dataDir, 'events.sqlite'))) throw new Error(`No event store at ${join(dataDir, 'events.sqlite')}`);
  mkdirSync(targetDir, { recursive: true });
  const written: string[] = [];
  for (const file of BACKED_UP_FILES) {
    const source = join(dataDir, file);
    if (!existsSync(source)) continue;
    const target = join(targetDir, file);
    if (existsSync(target)) throw new Error(`${target} exists; back up into a fresh directory`);
    const db = new Database(source, { readonly: true, fileMustExist: true });
    try {
      await db.backup(target);
    } finally {
      db.close();
    }
    written.push(target);
  }
  return written;
}

/**
 * Restores a backup into a fresh data directory (absent or empty: a restore never overwrites a
 * live store), then verifies every förbund's audit trail in it; the caller decides what a break means.
 */
export async function restoreDataDir(backupDir: string, dataDir: string, sealKey?: Buffer): Promise<AuditTrailReport[]> {
  if (!existsSync(join(backupDir, 'events.sqlite'))) throw new Error(`No events.sqlite in ${backupDir}`);
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0)
    throw new Error(`${dataDir} is not empty; restore into a fresh data directory`);
  mkdirSync(dataDir, { recursive: true });
  for (const file of BACKED_UP_FILES) if (existsSync(join(backupDir, file))) copyFileSync(join(backupDir, file), join(dataDir, file));
  const store = SqliteEventStore.open(join(dataDir, 'events.sqlite'));
  try {
    // Every förbund in the whole log: readAll gives one page at a time.
    const tenants = new Set(
      store.database
        .prepare<[], { tenant: string | null }>("SELECT DISTINCT json_extract(metadata, '$.tenant') AS tenant FROM events")
        .all()
        .flatMap((r) => (typeof r.tenant === 'string' ? [r.tenant] : [])),
    );
    const reports: AuditTrailReport[] = [];
    for (const tenant of [...tenants].sort())
      reports.push(await verifyAuditTrail(store, tenant, { full: true, ...(sealKey ? { key: sealKey } : {}) }));
    return reports;
  } finally {
    await store.close();
  }
}
