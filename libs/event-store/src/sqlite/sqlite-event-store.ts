import { privateFile } from '@beslutskedjan/shared';
import { EventEmitter } from 'node:events';
import Database from 'better-sqlite3';
import type { AppendResult, ExpectedRevision, NewEvent, StoredEvent } from '../event.js';
import { READ_ALL_PAGE_SIZE } from '../event-store.port.js';
import type { AllSubscription, EventStore, ReadAllOptions, ReadStreamOptions } from '../event-store.port.js';
import { assertObjectData } from '../event-data.js';
import { resubscribing } from '../subscriptions/resubscribing.js';
import { EventStoreUnavailableError, WrongExpectedRevisionError } from '../errors.js';
import { applyDurablePragmas, createEventTables } from './sqlite-schema.js';
import { followAll } from './follow-all.js';

export interface EventRow {
  position: number;
  stream_id: string;
  revision: number;
  event_id: string;
  type: string;
  data: string;
  metadata: string;
}

export const toStored = (row: EventRow): StoredEvent => ({
  eventId: row.event_id,
  type: row.type,
  data: JSON.parse(row.data) as unknown,
  metadata: JSON.parse(row.metadata) as StoredEvent['metadata'],
  streamId: row.stream_id,
  revision: row.revision,
  position: BigInt(row.position),
});

export const COLUMNS = 'position, stream_id, revision, event_id, type, data, metadata';

interface PendingAppend {
  streamId: string;
  events: readonly NewEvent[];
  expected: ExpectedRevision;
  resolve(result: AppendResult): void;
  reject(error: unknown): void;
}

/** The embedded default: one SQLite file, safe for several processes (API and worker) at once. */
export class SqliteEventStore implements EventStore {
  readonly kind = 'sqlite' as const;
  /** Wakes in-process subscribers at once; other processes' writes are found by polling. */
  private readonly appended = new EventEmitter().setMaxListeners(0);
  private readonly statements;
  /** Appends waiting for the next group commit. */
  private pending: PendingAppend[] = [];
  private isClosed = false;
  /** Transactions committed and appends they carried: their ratio is the mean group size. */
  private readonly counts = { commits: 0, appends: 0 };
  private readonly commitGroup: (group: readonly PendingAppend[]) => Array<AppendResult | { error: unknown }>;
  /** Told of every group commit (metrics: group sizes); see observeGroupCommits. */
  private groupObserver: ((appends: number, events: number, seconds: number) => void) | null = null;

  private constructor(private readonly db: Database.Database) {
    // Nested inside the group's transaction, each append runs in its own savepoint: a conflict
    // undoes that append alone.
    const appendOne = db.transaction((p: PendingAppend) => this.appendInTransaction(p.streamId, p.events, p.expected));
    this.commitGroup = db.transaction((group: readonly PendingAppend[]) =>
      group.map((p) => {
        try {
          return appendOne(p);
        } catch (error) {
          return { error };
        }
      }),
    ).immediate;
    this.statements = {
      lastRevision: db.prepare<[string], { revision: number | null }>('SELECT MAX(revision) AS revision FROM events WHERE stream_id = ?'),
      insert: db.prepare(
        'INSERT INTO events (stream_id, revision, event_id, type, data, metadata, occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
      byEventId: db.prepare<[string], { stream_id: string; revision: number; position: number }>(
        'SELECT stream_id, revision, position FROM events WHERE event_id = ?',
      ),
      stream: db.prepare<[string, number, number, string, number], EventRow>(
        `SELECT ${COLUMNS} FROM events WHERE stream_id = ? AND revision >= ? AND revision <= ? AND occurred_at <= ? AND position <= ? ORDER BY revision`,
      ),
      all: db.prepare<[number, number], EventRow>(`SELECT ${COLUMNS} FROM events WHERE position > ? ORDER BY position LIMIT ?`),
      head: db.prepare<[], { position: number | null }>('SELECT MAX(position) AS position FROM events'),
    };
  }

  static open(file: string): SqliteEventStore {
    const db = new Database(privateFile(file));
    applyDurablePragmas(db);
    createEventTables(db);
    return new SqliteEventStore(db);
  }

  /**
   * Group commit: appends that arrive while the event loop is busy (concurrent requests) are
   * written in one transaction, so they share one fsync. Each still checks its own expected
   * revision, and none resolves before the transaction is durable.
   */
  append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    return new Promise((resolve, reject) => {
      for (const event of events) assertObjectData(event);
      if (this.pending.push({ streamId, events, expected, resolve, reject }) === 1) setImmediate(() => this.flush());
    });
  }

  /** One observer of group commits: how many appends and events each carried, and how long it held the loop. */
  observeGroupCommits(observer: (appends: number, events: number, seconds: number) => void): void {
    this.groupObserver = observer;
  }

  private flush(): void {
    const group = this.pending;
    this.pending = [];
    let outcomes: Array<AppendResult | { error: unknown }>;
    const started = this.groupObserver ? performance.now() : 0;
    try {
      // IMMEDIATE takes the write lock up front, so two processes never both read the same revision.
      outcomes = this.commitGroup(group);
    } catch (error) {
      for (const p of group) p.reject(error);
      return;
    }
    this.counts.commits += 1;
    this.counts.appends += group.length;
    this.groupObserver?.(
      group.length,
      group.reduce((n, p) => n + p.events.length, 0),
      (performance.now() - started) / 1000,
    );
    this.appended.emit('appended');
    group.forEach((p, i) => {
      const outcome = outcomes[i]!;
      if ('error' in outcome) p.reject(outcome.error);
      else p.resolve(outcome);
    });
  }

  private appendInTransaction(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): AppendResult {
    const duplicate = this.alreadyStored(streamId, events, expected);
    if (duplicate) return duplicate;
    const last = this.statements.lastRevision.get(streamId)?.revision ?? null;
    checkExpected(streamId, expected, last);
    let revision = last ?? -1;
    let position = 0n;
    for (const event of events) {
      revision += 1;
      const info = this.statements.insert.run(
        streamId,
        revision,
        event.eventId,
        event.type,
        JSON.stringify(event.data),
        JSON.stringify(event.metadata),
        event.metadata.occurredAt,
      );
      position = BigInt(info.lastInsertRowid);
    }
    return { nextExpectedRevision: revision, position };
  }

  /** A retried batch whose ids are all stored already appends nothing and reports where it landed. */
  private alreadyStored(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): AppendResult | null {
    const found = events.map((e) => this.statements.byEventId.get(e.eventId));
    if (found.every((row) => row === undefined)) return null;
    const complete = found.every((row) => row?.stream_id === streamId);
    const last = found[found.length - 1];
    if (!complete || !last) {
      throw new WrongExpectedRevisionError(streamId, String(expected), this.statements.lastRevision.get(streamId)?.revision ?? 'no_stream');
    }
    return { nextExpectedRevision: last.revision, position: BigInt(last.position) };
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<StoredEvent[]> {
    const rows = this.statements.stream.all(
      streamId,
      Math.max(0, options.fromRevision ?? 0),
      options.toRevision ?? Number.MAX_SAFE_INTEGER,
      options.asOf ?? '\uffff',
      options.toPosition === undefined ? Number.MAX_SAFE_INTEGER : Number(options.toPosition),
    );
    return rows.map(toStored);
  }

  async readAll(options: ReadAllOptions = {}): Promise<StoredEvent[]> {
    if (options.limit !== undefined && options.limit <= 0) return [];
    return this.readAllSync(options.after ?? 0n, options.limit ?? READ_ALL_PAGE_SIZE);
  }

  /** Synchronous batch read, used by the projection runner's rebuild loop and the benchmark. */
  readAllSync(after: bigint, limit: number): StoredEvent[] {
    return this.statements.all.all(Number(after), limit).map(toStored);
  }

  subscribeToAll(options: { after?: bigint } = {}): AllSubscription {
    const follow = (after: bigint | undefined) =>
      followAll({ after: after ?? 0n, read: (from, limit) => this.readAllSync(from, limit), signal: this.appended });
    return resubscribing(follow, options.after, { storeClosed: () => this.isClosed });
  }

  /** Fault tests: ends every live follower as a lost connection would; subscriptions resubscribe. */
  dropSubscriptions(): void {
    this.appended.emit('dropped');
  }

  async headPosition(): Promise<bigint> {
    return BigInt(this.statements.head.get()?.position ?? 0);
  }

  async ping(): Promise<void> {
    try {
      this.db.prepare('SELECT 1').get();
    } catch (error) {
      throw new EventStoreUnavailableError(`SQLite event store unusable: ${(error as Error).message}`);
    }
  }

  async close(): Promise<void> {
    this.isClosed = true;
    this.appended.emit('closed');
    if (this.db.open) this.db.close();
  }

  /** How well group commit is batching: commits made and the appends they carried. */
  get commitStats(): { commits: number; appends: number } {
    return { ...this.counts };
  }

  /** The raw handle, for the projection runner's shared-file mode and tamper tests. */
  get database(): Database.Database {
    return this.db;
  }
}

function checkExpected(streamId: string, expected: ExpectedRevision, last: number | null): void {
  const actual = last ?? 'no_stream';
  if (expected === 'any') return;
  if (expected === 'no_stream' ? last !== null : last !== expected) {
    throw new WrongExpectedRevisionError(streamId, String(expected), actual);
  }
}
