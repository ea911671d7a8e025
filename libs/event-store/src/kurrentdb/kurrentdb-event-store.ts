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
import type { AllSubscription, EventStore, ReadAllOptions, ReadStreamOptions } from '../event-store.port.js';
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

export class KurrentDbEventStore implements EventStore {
  readonly kind = 'kurrentdb';

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
    const data = events.map(toEventData);
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
    const { after, limit } = options;
    if (limit !== undefined && limit <= 0) return [];
    const found: StoredEvent[] = [];
    let from = fromPositionFor(after);
    let bound = after;
    for (;;) {
      // +1: a read from a position includes the event at that position, which is excluded below.
      const wanted = limit === undefined ? undefined : limit - found.length + 1;
      const page = await drain('readAll', () =>
        this.client.readAll({ direction: FORWARDS, fromPosition: from, maxCount: wanted, filter: excludeSystemEvents() }),
      );
      for (const event of mapEvents(page)) {
        if (isAfter(event.position, bound)) found.push(event);
        if (limit !== undefined && found.length === limit) return found;
      }
      const last = lastPosition(page);
      if (wanted === undefined || page.length < wanted || last === undefined) return found;
      // Some of the page were not ours (e.g. non-JSON); continue after the last record seen.
      from = last;
      bound = last.commit;
    }
  }

  subscribeToAll(options: { after?: bigint } = {}): AllSubscription {
    const source = this.client.subscribeToAll({
      fromPosition: fromPositionFor(options.after),
      filter: excludeSystemEvents(),
    });
    return new KurrentDbAllSubscription(source, options.after);
  }

  async headPosition(): Promise<bigint> {
    const [newest] = await drain('headPosition', () =>
      this.client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1, filter: excludeSystemEvents() }),
    );
    return newest?.event?.position?.commit ?? newest?.commitPosition ?? 0n;
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
    await this.client.dispose();
  }

  /** A conflict is only a conflict if the batch is not already the stream's newest events (a retried append). */
  private async conflict(
    streamId: string,
    events: readonly NewEvent[],
    expected: ExpectedRevision,
    actual: number | 'no_stream',
  ): Promise<AppendResult> {
    if (actual !== 'no_stream' && events.length > 0) {
      const newestFirst = mapEvents(
        await drain('append', () => this.client.readStream(streamId, { direction: BACKWARDS, fromRevision: END, maxCount: events.length })),
      );
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
    const [stored] = mapEvents(await drain('append', () => this.client.readStream(streamId, { fromRevision: revision, maxCount: 1 })));
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
