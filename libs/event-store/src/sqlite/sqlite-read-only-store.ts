import Database from 'better-sqlite3';
import type { AppendResult, StoredEvent } from '../event.js';
import {
  READ_ALL_PAGE_SIZE,
  type AllSubscription,
  type EventStore,
  type ReadAllOptions,
  type ReadStreamOptions,
} from '../event-store.port.js';
import { COLUMNS, toStored, type EventRow } from './sqlite-event-store.js';

/**
 * A read-only view of the SQLite event store, for worker threads that scan the log (verification, exports):
 * WAL lets it read beside the writer in the main thread without blocking it or being blocked. Reads see the
 * log as committed when each statement starts; it never writes.
 */
export class SqliteReadOnlyStore implements EventStore {
  readonly kind = 'sqlite' as const;
  private readonly statements;

  private constructor(private readonly db: Database.Database) {
    this.statements = {
      stream: db.prepare<[string, number, number, string, number], EventRow>(
        `SELECT ${COLUMNS} FROM events WHERE stream_id = ? AND revision >= ? AND revision <= ? AND occurred_at <= ? AND position <= ? ORDER BY revision`,
      ),
      all: db.prepare<[number, number], EventRow>(`SELECT ${COLUMNS} FROM events WHERE position > ? ORDER BY position LIMIT ?`),
      head: db.prepare<[], { position: number | null }>('SELECT MAX(position) AS position FROM events'),
    };
  }

  static open(file: string): SqliteReadOnlyStore {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    db.pragma('busy_timeout = 5000');
    return new SqliteReadOnlyStore(db);
  }

  append(): Promise<AppendResult> {
    return Promise.reject(new Error('SqliteReadOnlyStore: read only'));
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<StoredEvent[]> {
    return this.statements.stream
      .all(
        streamId,
        Math.max(0, options.fromRevision ?? 0),
        options.toRevision ?? Number.MAX_SAFE_INTEGER,
        options.asOf ?? '\uffff',
        options.toPosition === undefined ? Number.MAX_SAFE_INTEGER : Number(options.toPosition),
      )
      .map(toStored);
  }

  async readAll(options: ReadAllOptions = {}): Promise<StoredEvent[]> {
    if (options.limit !== undefined && options.limit <= 0) return [];
    return this.statements.all.all(Number(options.after ?? 0n), options.limit ?? READ_ALL_PAGE_SIZE).map(toStored);
  }

  subscribeToAll(): AllSubscription {
    throw new Error('SqliteReadOnlyStore: no subscriptions');
  }

  async headPosition(): Promise<bigint> {
    return BigInt(this.statements.head.get()?.position ?? 0);
  }

  async ping(): Promise<void> {
    this.db.prepare('SELECT 1').get();
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
