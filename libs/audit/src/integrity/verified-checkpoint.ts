import { privateFile } from '../../../shared/src/private-files.js';
import { join } from 'node:path';
import Database from 'better-sqlite3';

/** One stream as far as it has been verified. */
export interface VerifiedHead {
  revision: number;
  hash: string;
  position: bigint;
  hashedSeen: boolean;
}

export interface VerifiedState {
  /** Every event of the tenant up to here has been verified. */
  upTo: bigint;
  /** The tenant's chain genesis (audit-genesis.ts), as last seen. Unhashed events after it are tampering. */
  genesis: bigint | null;
  heads: Map<string, VerifiedHead>;
}

export const emptyVerifiedState = (): VerifiedState => ({ upTo: 0n, genesis: null, heads: new Map() });

/**
 * Where verification got to, per tenant and stream, so the next run checks only what came after. Kept in
 * its own file in DATA_DIR; a full re-verification (an operator's action) ignores and rewrites it.
 */
export class VerifiedCheckpoints {
  private constructor(private readonly db: Database.Database) {
    db.exec(`CREATE TABLE IF NOT EXISTS verified_tenants (tenant TEXT PRIMARY KEY, up_to INTEGER NOT NULL, genesis INTEGER);
      CREATE TABLE IF NOT EXISTS verified_streams (tenant TEXT NOT NULL, stream_id TEXT NOT NULL, revision INTEGER NOT NULL,
        hash TEXT NOT NULL, position INTEGER NOT NULL, hashed_seen INTEGER NOT NULL, PRIMARY KEY (tenant, stream_id))`);
  }

  static open(dataDir: string): VerifiedCheckpoints {
    const db = new Database(privateFile(join(dataDir, 'audit-verified.sqlite')));
    db.pragma('journal_mode = WAL');
    db.pragma('busy_timeout = 5000');
    return new VerifiedCheckpoints(db);
  }

  static inMemory(): VerifiedCheckpoints {
    return new VerifiedCheckpoints(new Database(':memory:'));
  }

  load(tenant: string): VerifiedState {
    const row = this.db
      .prepare<[string], { up_to: number; genesis: number | null }>('SELECT up_to, genesis FROM verified_tenants WHERE tenant = ?')
      .get(tenant);
    if (!row) return emptyVerifiedState();
    const heads = new Map<string, VerifiedHead>();
    const rows = this.db
      .prepare<[string], { stream_id: string; revision: number; hash: string; position: number; hashed_seen: number }>(
        'SELECT stream_id, revision, hash, position, hashed_seen FROM verified_streams WHERE tenant = ?',
      )
      .iterate(tenant);
    for (const r of rows)
      heads.set(r.stream_id, { revision: r.revision, hash: r.hash, position: BigInt(r.position), hashedSeen: r.hashed_seen === 1 });
    return { upTo: BigInt(row.up_to), genesis: row.genesis === null ? null : BigInt(row.genesis), heads };
  }

  /**
   * Saves a verified state; only streams in `changed` are written (a full run passes them all). Another
   * process sharing the file may have moved the checkpoint meanwhile (`loadedUpTo` no longer holds): then
   * this run's result is not saved, since mixing two runs' heads would misplace the next walk's start.
   */
  save(tenant: string, state: VerifiedState, changed: Iterable<string>, loadedUpTo: bigint, replace = false): boolean {
    const upsertTenant = this.db.prepare('INSERT OR REPLACE INTO verified_tenants (tenant, up_to, genesis) VALUES (?, ?, ?)');
    const upsertStream = this.db.prepare('INSERT OR REPLACE INTO verified_streams VALUES (?, ?, ?, ?, ?, ?)');
    return this.db
      .transaction(() => {
        const current = this.db.prepare<[string], { up_to: number }>('SELECT up_to FROM verified_tenants WHERE tenant = ?').get(tenant);
        if (!replace && BigInt(current?.up_to ?? 0) !== loadedUpTo) return false;
        if (replace) this.db.prepare('DELETE FROM verified_streams WHERE tenant = ?').run(tenant);
        upsertTenant.run(tenant, Number(state.upTo), state.genesis === null ? null : Number(state.genesis));
        for (const streamId of changed) {
          const head = state.heads.get(streamId);
          if (head) upsertStream.run(tenant, streamId, head.revision, head.hash, Number(head.position), head.hashedSeen ? 1 : 0);
        }
        return true;
      })
      .immediate();
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
