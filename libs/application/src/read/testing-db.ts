import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Projection } from '@beslutskedjan/projections';
import { boardProjection, meetingsProjection } from '@beslutskedjan/board';
import { casesProjection } from './cases.projection.js';
import { type DraftEvent, toStored } from './testing-fixtures.js';

/** Every read model the case, meeting and inbox queries need, as the API process registers them. */
export const READ_PROJECTIONS: readonly Projection[] = [casesProjection, boardProjection, meetingsProjection];

let fileNo = 0;

/** A fresh SQLite file in `dir` with the history applied in one transaction, as the runner would. */
export function readModelOf(dir: string, drafts: readonly DraftEvent[]): Database.Database {
  const db = new Database(join(dir, `read-${process.pid}-${fileNo++}.sqlite`));
  for (const projection of READ_PROJECTIONS) projection.init(db);
  const events = toStored(drafts);
  db.transaction(() => {
    for (const projection of READ_PROJECTIONS) for (const event of events) projection.apply(db, event);
  })();
  return db;
}

/** Every row of every table the projections own, in a stable order, for comparing two builds. */
export function dumpTables(db: Database.Database): Record<string, unknown[]> {
  const dump: Record<string, unknown[]> = {};
  for (const table of READ_PROJECTIONS.flatMap((p) => p.tables)) {
    const columns = db.prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${table}')`).all();
    dump[table] = db.prepare(`SELECT * FROM "${table}" ORDER BY ${columns.map((_, i) => i + 1).join(', ')}`).all();
  }
  return dump;
}

/** Rows per tenant in every table: a tenant's rows must only come from its own events. */
export function rowsPerTenant(db: Database.Database): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const table of READ_PROJECTIONS.flatMap((p) => p.tables)) {
    const rows = db
      .prepare<[], { tenant: string; n: number }>(`SELECT tenant, COUNT(*) AS n FROM "${table}" GROUP BY tenant ORDER BY tenant`)
      .all();
    counts[table] = Object.fromEntries(rows.map((r) => [r.tenant, r.n]));
  }
  return counts;
}
