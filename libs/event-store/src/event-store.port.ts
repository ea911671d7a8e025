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

export interface ReadAllOptions {
  /** Exclusive lower bound; omitted means from the very beginning. */
  after?: bigint;
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
  /** Throws WrongExpectedRevisionError on mismatch. Events whose ids are already stored are not appended again. */
  append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult>;
  /** Events of one stream in revision order; empty when the stream does not exist. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<StoredEvent[]>;
  /** Events of all streams in global commit order. */
  readAll(options?: ReadAllOptions): Promise<StoredEvent[]>;
  /** Catches up from `after` and then follows new events as they are committed. */
  subscribeToAll(options?: { after?: bigint }): AllSubscription;
  /** Position of the newest event, or 0n when the store is empty. */
  headPosition(): Promise<bigint>;
  /** Throws when the store is not usable; used by /health. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export const EVENT_STORE = Symbol('EVENT_STORE');
