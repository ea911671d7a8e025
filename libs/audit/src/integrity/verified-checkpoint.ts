import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { privateFile } from '@beslutskedjan/shared';

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

/** A checkpoint as loaded: `forged` when it exists but its MAC does not match (someone wrote it without the key). */
export interface LoadedCheckpoint {
  state: VerifiedState;
  forged: boolean;
}

/**
 * The checkpoint's MAC: HMAC-SHA-256 with the seal key over the tenant, how far it reaches, the genesis and a
 * digest of every stream head in it. Someone who can write the file but not read the key can neither move
 * `up_to` past events they changed ("already verified") nor drop a head to hide a deleted tail.
 */
export function checkpointMac(key: Buffer, tenant: string, state: VerifiedState): string {
  const heads = createHash('sha256');
  for (const streamId of [...state.heads.keys()].sort()) {
    const h = state.heads.get(streamId)!;
    heads.update(`${streamId}\u0000${h.revision}\u0000${h.hash}\u0000${h.position}\u0000${h.hashedSeen ? 1 : 0}\n`);
  }
  return createHmac('sha256', key)
    .update(`verified-checkpoint/v1\u0000${tenant}\u0000${state.upTo}\u0000${state.genesis ?? ''}\u0000${heads.digest('hex')}`)
    .digest('hex');
}

/**
 * Where verification got to, per tenant and stream, so the next run checks only what came after. Kept in
 * its own file in DATA_DIR; a full re-verification (an operator's action) ignores and rewrites it. With a
 * key (the seal key) every tenant's checkpoint carries a MAC (checkpointMac), checked on load.
 */
export class VerifiedCheckpoints {
  private constructor(
    private readonly db: Database.Database,
    private readonly key?: Buffer,
  ) {
    db.exec(`CREATE TABLE IF NOT EXISTS verified_tenants (tenant TEXT PRIMARY KEY, up_to INTEGER NOT NULL, genesis INTEGER);
      CREATE TABLE IF NOT EXISTS verified_streams (tenant TEXT NOT NULL, stream_id TEXT NOT NULL, revision INTEGER NOT NULL,
        hash TEXT NOT NULL, position INTEGER NOT NULL, hashed_seen INTEGER NOT NULL, PRIMARY KEY (tenant, stream_id))`);
    // Files from before keyed checkpoints get the column; their rows have no MAC and count as unsigned.
    const columns = db.prepare<[], { name: string }>('PRAGMA table_info(verified_tenants)').all();
    if (!columns.some((c) => c.name === 'mac')) db.exec('ALTER TABLE verified_tenants ADD COLUMN mac TEXT');
  }

  static open(dataDir: string, key?: Buffer): VerifiedCheckpoints {
    const db = new Database(privateFile(join(dataDir, 'audit-verified.sqlite')));
    db.pragma('journal_mode = WAL');
    db.pragma('busy_timeout = 5000');
    return new VerifiedCheckpoints(db, key);
  }

  static inMemory(key?: Buffer): VerifiedCheckpoints {
    return new VerifiedCheckpoints(new Database(':memory:'), key);
  }

  /** The checkpoint, with its MAC checked when there is a key; a forged one loads as empty and says so. */
  loadChecked(tenant: string): LoadedCheckpoint {
    const row = this.db.prepare<[string], { mac: string | null }>('SELECT mac FROM verified_tenants WHERE tenant = ?').get(tenant);
    const state = this.load(tenant);
    if (!row || !this.key) return { state, forged: false };
    const expected = Buffer.from(checkpointMac(this.key, tenant, state), 'hex');
    const stored = /^[0-9a-f]{64}$/.test(row.mac ?? '') ? Buffer.from(row.mac!, 'hex') : null;
    if (stored && timingSafeEqual(expected, stored)) return { state, forged: false };
    return { state: emptyVerifiedState(), forged: true };
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
    const upsertTenant = this.db.prepare('INSERT OR REPLACE INTO verified_tenants (tenant, up_to, genesis, mac) VALUES (?, ?, ?, ?)');
    const upsertStream = this.db.prepare('INSERT OR REPLACE INTO verified_streams VALUES (?, ?, ?, ?, ?, ?)');
    return this.db
      .transaction(() => {
        const current = this.db.prepare<[string], { up_to: number }>('SELECT up_to FROM verified_tenants WHERE tenant = ?').get(tenant);
        if (!replace && BigInt(current?.up_to ?? 0) !== loadedUpTo) return false;
        if (replace) this.db.prepare('DELETE FROM verified_streams WHERE tenant = ?').run(tenant);
        // `state.heads` holds every head (the loaded ones and the walk's), the same set the table holds after this.
        const mac = this.key ? checkpointMac(this.key, tenant, state) : null;
        upsertTenant.run(tenant, Number(state.upTo), state.genesis === null ? null : Number(state.genesis), mac);
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
