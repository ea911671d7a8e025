import {
  BACKWARDS,
  END,
  FORWARDS,
  KurrentDBClient,
  START,
  StreamNotFoundError,
  WrongExpectedVersionError,
  excludeSystemEvents,
  jsonEvent,
} from '@kurrent/kurrentdb-client';
import type { AllStreamResolvedEvent, AppendResult as KurrentAppendResult, JSONType, Position } from '@kurrent/kurrentdb-client';
import { EventStoreUnavailableError, WrongExpectedRevisionError } from '../errors.js';
import type { AppendResult, ExpectedRevision, NewEvent, StoredEvent } from '../event.js';
import { READ_ALL_PAGE_SIZE } from '../event-store.port.js';
import type { AllSubscription, EventStore, ReadAllOptions, ReadStreamOptions } from '../event-store.port.js';
import { assertObjectData } from '../event-data.js';
import { resubscribing } from '../subscriptions/resubscribing.js';
import {
  endsWithEventIds,
  expectedToString,
  fromPositionFor,
  isAfter,
  isOnOrBefore,
  knownCommit,
  toActualRevision,
  toStoredEvent,
  toStreamState,
  unavailable,
} from './kurrentdb-mapping.js';
import type { ResolvedEventLike } from './kurrentdb-mapping.js';
import { KurrentDbAllSubscription } from './kurrentdb-all-subscription.js';

const PING_TIMEOUT_MS = 5_000;
/**
 * How far back an append looks for its own event ids. The server's own duplicate check is skipped when the
 * expected revision equals the current one, and with `any` it only consults a cache a restart empties; a
 * retry arrives soon after the original, so a bounded tail is enough to find it.
 */
const DUPLICATE_WINDOW = 64;
const HEAD_PAGE = 64;
/** In a cluster a follower may lag: the reads that decide an append or a position go to the leader. */
const LEADER = { requiresLeader: true } as const;

export class KurrentDbEventStore implements EventStore {
  readonly kind = 'kurrentdb';

  readonly #live = new Set<KurrentDbAllSubscription>();
  #closed = false;

  constructor(private readonly client: KurrentDBClient) {}

  /** Connects lazily: the client dials on first use, so a wrong URL surfaces on the first call (see `ping`). */
  static connect(connectionString: string): Promise<KurrentDbEventStore> {
    try {
      return Promise.resolve(new KurrentDbEventStore(KurrentDBClient.connectionString(connectionString)));
    } catch (error) {
      return Promise.reject(unavailable('connect', error));
    }
  }

  async append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    const streamState = toStreamState(expected);
    for (const event of events) assertObjectData(event);
    const data = events.map(toEventData);
    if (events.length === 0) return this.appendNothing(streamId, expected);
    const duplicate = await this.alreadyStored(streamId, events, expected);
    if (duplicate) return duplicate;
    let result: KurrentAppendResult;
    try {
      result = await this.client.appendToStream(streamId, data, { streamState });
    } catch (error) {
      if (error instanceof WrongExpectedVersionError) {
        return this.conflict(streamId, events, expected, toActualRevision(error.actualState));
      }
      throw unavailable('append', error);
    }
    // Only reached with `throwOnAppendFailure=false` in the connection string.
    if (!result.success) {
      return this.conflict(streamId, events, expected, toActualRevision(result.nextExpectedRevision));
    }
    // Idempotent (duplicate) writes may come back without a position; look up the stored event instead.
    const position = knownCommit(result.position?.commit) ?? (await this.positionOf(streamId, result.nextExpectedRevision));
    return { nextExpectedRevision: Number(result.nextExpectedRevision), position };
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<StoredEvent[]> {
    const { toRevision, asOf, toPosition } = options;
    const fromRevision = Math.max(0, Math.floor(options.fromRevision ?? 0));
    if (toRevision !== undefined && toRevision < fromRevision) return [];
    const resolved = await drain('readStream', () =>
      this.client.readStream(streamId, {
        direction: FORWARDS,
        fromRevision: fromRevision === 0 ? START : BigInt(fromRevision),
        maxCount: toRevision === undefined ? undefined : Math.floor(toRevision) - fromRevision + 1,
        ...LEADER,
      }),
    );
    return mapEvents(resolved).filter(
      (event) =>
        event.revision >= fromRevision &&
        (toRevision === undefined || event.revision <= toRevision) &&
        (toPosition === undefined || event.position <= toPosition) &&
        isOnOrBefore(event.metadata.occurredAt, asOf),
    );
  }

  async readAll(options: ReadAllOptions = {}): Promise<StoredEvent[]> {
    const { after } = options;
    const limit = options.limit ?? READ_ALL_PAGE_SIZE;
    if (limit <= 0) return [];
    const found: StoredEvent[] = [];
    let from = fromPositionFor(after);
    let bound = after;
    for (;;) {
      // +1: a read from a position includes the event at that position, which is excluded below.
      const wanted = limit - found.length + 1;
      const page = await drain('readAll', () =>
        this.client.readAll({ direction: FORWARDS, fromPosition: from, maxCount: wanted, filter: excludeSystemEvents(), ...LEADER }),
      );
      for (const event of mapEvents(page)) {
        if (isAfter(event.position, bound)) found.push(event);
        if (found.length === limit) return found;
      }
      const last = lastPosition(page);
      if (page.length < wanted || last === undefined) return found;
      // Some of the page were not ours (e.g. non-JSON); continue after the last record seen.
      from = last;
      bound = last.commit;
    }
  }

  /** A dropped call (server restart, network error, a clean end we did not ask for) is resubscribed from the last event yielded. */
  subscribeToAll(options: { after?: bigint } = {}): AllSubscription {
    const open = (after: bigint | undefined) => {
      const source = this.client.subscribeToAll({ fromPosition: fromPositionFor(after), filter: excludeSystemEvents() });
      const subscription = new KurrentDbAllSubscription(source, after, () => this.#live.delete(subscription));
      this.#live.add(subscription);
      return subscription;
    };
    return resubscribing(open, options.after, { storeClosed: () => this.#closed });
  }

  /** Fault tests: fails every live call as a lost connection would; subscriptions resubscribe. */
  dropSubscriptions(): void {
    for (const subscription of this.#live) subscription.drop(new Error('14 UNAVAILABLE: connection dropped (fault test)'));
  }

  /** The newest record that is one of ours: a foreign or system record's position would never be reached by `waitFor`. */
  async headPosition(): Promise<bigint> {
    let from: Position | typeof END = END;
    for (;;) {
      const page = await drain('headPosition', () =>
        this.client.readAll({ direction: BACKWARDS, fromPosition: from, maxCount: HEAD_PAGE, filter: excludeSystemEvents(), ...LEADER }),
      );
      const ours = mapEvents(page)[0];
      if (ours) return ours.position;
      const last = lastPosition(page);
      if (page.length < HEAD_PAGE || last === undefined) return 0n;
      from = last;
    }
  }

  async ping(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new EventStoreUnavailableError(`KurrentDB did not answer within ${PING_TIMEOUT_MS} ms`)),
        PING_TIMEOUT_MS,
      );
    });
    try {
      await Promise.race([drain('ping', () => this.client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1 })), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    this.#closed = true;
    await Promise.all([...this.#live].map((subscription) => subscription.close()));
    await this.client.dispose();
  }

  /** An empty append writes nothing but still checks the expectation, as SQLite does. */
  private async appendNothing(streamId: string, expected: ExpectedRevision): Promise<AppendResult> {
    const [newest] = await this.newestFirst(streamId, 1);
    const actual = newest?.revision ?? 'no_stream';
    const mismatch = expected === 'any' ? false : expected === 'no_stream' ? newest !== undefined : newest?.revision !== expected;
    if (mismatch) throw new WrongExpectedRevisionError(streamId, expectedToString(expected), actual);
    return { nextExpectedRevision: newest?.revision ?? -1, position: 0n };
  }

  /** SQLite's rule: a batch whose ids are all in the stream's tail appends nothing; a partial overlap is a conflict. */
  private async alreadyStored(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult | null> {
    const tail = await this.newestFirst(streamId, DUPLICATE_WINDOW + events.length);
    const byId = new Map(tail.map((event) => [event.eventId, event]));
    const found = events.map((event) => byId.get(event.eventId));
    if (found.every((event) => event === undefined)) return null;
    const last = found[found.length - 1];
    if (!last || found.some((event) => event === undefined)) {
      throw new WrongExpectedRevisionError(streamId, expectedToString(expected), tail[0]?.revision ?? 'no_stream');
    }
    return { nextExpectedRevision: last.revision, position: last.position };
  }

  private async newestFirst(streamId: string, count: number): Promise<StoredEvent[]> {
    return mapEvents(
      await drain('append', () =>
        this.client.readStream(streamId, { direction: BACKWARDS, fromRevision: END, maxCount: count, ...LEADER }),
      ),
    );
  }

  /** A conflict is only a conflict if the batch is not already the stream's newest events (a retried append). */
  private async conflict(
    streamId: string,
    events: readonly NewEvent[],
    expected: ExpectedRevision,
    actual: number | 'no_stream',
  ): Promise<AppendResult> {
    if (actual !== 'no_stream' && events.length > 0) {
      const newestFirst = await this.newestFirst(streamId, events.length);
      const newest = newestFirst[0];
      if (
        newest &&
        endsWithEventIds(
          newestFirst,
          events.map((event) => event.eventId),
        )
      ) {
        return { nextExpectedRevision: newest.revision, position: newest.position };
      }
    }
    throw new WrongExpectedRevisionError(streamId, expectedToString(expected), actual);
  }

  private async positionOf(streamId: string, revision: bigint): Promise<bigint> {
    const [stored] = mapEvents(
      await drain('append', () => this.client.readStream(streamId, { fromRevision: revision, maxCount: 1, ...LEADER })),
    );
    if (!stored) throw new EventStoreUnavailableError(`KurrentDB reported ${streamId}@${String(revision)} but it cannot be read`);
    return stored.position;
  }
}

function toEventData(event: NewEvent) {
  if (!isJsonType(event.data)) {
    throw new TypeError(`KurrentDB adapter: event ${event.eventId} data must be a JSON object, array or string`);
  }
  return jsonEvent({ id: event.eventId, type: event.type, data: event.data, metadata: event.metadata });
}

function isJsonType(value: unknown): value is JSONType {
  return typeof value === 'string' || (typeof value === 'object' && value !== null);
}

function mapEvents(resolved: readonly ResolvedEventLike[]): StoredEvent[] {
  return resolved.flatMap((item) => toStoredEvent(item) ?? []);
}

function lastPosition(page: readonly AllStreamResolvedEvent[]): Position | undefined {
  return page.at(-1)?.event?.position;
}

async function drain<T>(operation: string, open: () => AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  try {
    for await (const item of open()) items.push(item);
  } catch (error) {
    if (error instanceof StreamNotFoundError) return [];
    throw unavailable(operation, error);
  }
  return items;
}
