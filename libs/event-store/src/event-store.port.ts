import type { AppendResult, ExpectedRevision, NewEvent, StoredEvent } from './event.js';

export interface ReadStreamOptions {
  /** Start at this revision (inclusive): the tail after a state the reader already holds. */
  fromRevision?: number;
  /** Stop after this revision (inclusive). */
  toRevision?: number;
  /** Only events committed at or before this global position (the store as it stood then). */
  toPosition?: bigint;
  /** Only facts with `metadata.occurredAt` at or before this instant (ISO 8601). */
  asOf?: string;
}

/** How many events `readAll` returns when no limit is given: a page, never the whole log. */
export const READ_ALL_PAGE_SIZE = 1000;

export interface ReadAllOptions {
  /** Exclusive lower bound; omitted means from the very beginning. */
  after?: bigint;
  /** At most this many events; defaults to READ_ALL_PAGE_SIZE. */
  limit?: number;
}

/** A live feed of all events after a position, in commit order. Iteration ends after `close()`. */
export interface AllSubscription extends AsyncIterable<StoredEvent> {
  close(): Promise<void>;
}

/**
 * The event store port. Adapters: embedded SQLite (default) and KurrentDB.
 * Both must pass `event-store.contract.ts`.
 */
export interface EventStore {
  readonly kind: 'sqlite' | 'kurrentdb';
  /**
   * Throws WrongExpectedRevisionError on mismatch. Events whose ids are already stored in this stream are not
   * appended again, whatever the expectation (KurrentDB looks in the stream's newest 64 events). An id stored
   * in another stream is a conflict on SQLite (ids are unique in the file); KurrentDB has no index by event id
   * and appends it (a known divergence: ids are random, or derived from a tenant's Idempotency-Key).
   * Data must be a JSON object (TypeError otherwise, nothing written).
   */
  append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult>;
  /** Events of one stream in revision order; empty when the stream does not exist. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<StoredEvent[]>;
  /** Events of all streams in global commit order. */
  readAll(options?: ReadAllOptions): Promise<StoredEvent[]>;
  /**
   * Catches up from `after` and then follows new events as they are committed. Survives the store going
   * away and coming back: it resubscribes from the last event it yielded, with backoff.
   */
  subscribeToAll(options?: { after?: bigint }): AllSubscription;
  /** Position of the newest of our events (one `readAll` returns), or 0n when there is none. */
  headPosition(): Promise<bigint>;
  /** Throws when the store is not usable; used by /health. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export const EVENT_STORE = Symbol('EVENT_STORE');
