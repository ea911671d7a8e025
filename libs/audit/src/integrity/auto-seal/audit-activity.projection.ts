import type Database from 'better-sqlite3';
import type { StoredEvent } from '@beslutskedjan/event-store';
import type { Projection } from '@beslutskedjan/projections';
import { auditSealStreamId } from '../audit-seal.events.js';
import { auditGenesisStreamId } from '../audit-genesis.js';

export interface TenantActivity {
  tenant: string;
  lastPosition: bigint;
  /** When the newest fact happened (its `occurredAt`): quiet since then. */
  lastOccurredAt: string;
}

/** Per förbund, the newest event that a seal would have to cover (seals and the genesis themselves aside). */
export const auditActivityProjection: Projection = {
  name: 'audit-activity',
  version: 1,
  tables: ['audit_activity'],
  init: (db) =>
    db.exec('CREATE TABLE audit_activity (tenant TEXT PRIMARY KEY, last_position INTEGER NOT NULL, last_occurred_at TEXT NOT NULL)'),
  apply: (db: Database.Database, event: StoredEvent) => {
    const { tenant, occurredAt } = event.metadata;
    if (event.streamId === auditSealStreamId(tenant) || event.streamId === auditGenesisStreamId(tenant)) return;
    db.prepare(
      `INSERT INTO audit_activity VALUES (?, ?, ?) ON CONFLICT (tenant) DO UPDATE SET last_position = excluded.last_position,
         last_occurred_at = MAX(last_occurred_at, excluded.last_occurred_at)`,
    ).run(tenant, Number(event.position), occurredAt);
  },
};

export function tenantActivity(db: Database.Database): TenantActivity[] {
  return db
    .prepare<[], { tenant: string; last_position: number; last_occurred_at: string }>(
      'SELECT tenant, last_position, last_occurred_at FROM audit_activity',
    )
    .all()
    .map((row) => ({ tenant: row.tenant, lastPosition: BigInt(row.last_position), lastOccurredAt: row.last_occurred_at }));
}
