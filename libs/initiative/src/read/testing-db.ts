import { join } from 'node:path';
import Database from 'better-sqlite3';
import { type DraftEvent, toStored } from '@beslutskedjan/application/testing';
import { initiativeProjections } from './index.js';

let fileNo = 0;

/** A fresh SQLite file in `dir` with the history applied in one transaction, as the runner would. */
export function initiativesReadModelOf(dir: string, drafts: readonly DraftEvent[]): Database.Database {
  const db = new Database(join(dir, `initiatives-${process.pid}-${fileNo++}.sqlite`));
  for (const projection of initiativeProjections) projection.init(db);
  const events = toStored(drafts);
  db.transaction(() => {
    for (const projection of initiativeProjections) for (const event of events) projection.apply(db, event);
  })();
  return db;
}

/** Every row of every table the projections own, in a stable order, for comparing two builds. */
export function dumpInitiativeTables(db: Database.Database): Record<string, unknown[]> {
  const dump: Record<string, unknown[]> = {};
  for (const table of initiativeProjections.flatMap((p) => p.tables)) {
    const columns = db.prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${table}')`).all();
    dump[table] = db.prepare(`SELECT * FROM "${table}" ORDER BY ${columns.map((_, i) => i + 1).join(', ')}`).all();
  }
  return dump;
}

/** Rows per tenant in every table: a tenant's rows must only come from its own events. */
export function initiativeRowsPerTenant(db: Database.Database): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const table of initiativeProjections.flatMap((p) => p.tables)) {
    const rows = db
      .prepare<[], { tenant: string; n: number }>(`SELECT tenant, COUNT(*) AS n FROM "${table}" GROUP BY tenant ORDER BY tenant`)
      .all();
    counts[table] = Object.fromEntries(rows.map((r) => [r.tenant, r.n]));
  }
  return counts;
}
