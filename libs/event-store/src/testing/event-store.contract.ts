import { randomUUID } from 'node:crypto';
import type { EventMetadata, NewEvent, StoredEvent } from '../event.js';
import { READ_ALL_PAGE_SIZE } from '../event-store.port.js';
import type { EventStore } from '../event-store.port.js';
import { WrongExpectedRevisionError } from '../errors.js';

/**
 * The behaviour every EventStore adapter must show. Each adapter's spec calls this with a
 * factory for a fresh store; streams are given unique names so a shared server can be reused.
 */
export function eventStoreContract(label: string, open: () => Promise<EventStore>): void {
  describe(`EventStore contract: ${label}`, () => {
    let store: EventStore;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    const stream = (category = 'test') => `contract/${category}-${randomUUID()}`;
    const meta = (occurredAt = '2026-01-01T10:00:00.000Z'): EventMetadata => ({
      tenant: 'contract',
      actor: { userId: 'u-1', role: 'director' },
      correlationId: randomUUID(),
      causationId: null,
      occurredAt,
      schemaVersion: 1,
    });
    const event = (type = 'Happened', data: unknown = { n: 1 }, occurredAt?: string): NewEvent => ({
      eventId: randomUUID(),
      type,
      data,
      metadata: meta(occurredAt),
    });

    describe('append with expected revision', () => {
      it('given no stream, when appending with no_stream, then revisions start at 0', async () => {
        const s = stream();
        const result = await store.append(s, [event(), event()], 'no_stream');
        expect(result.nextExpectedRevision).toBe(1);
        const read = await store.readStream(s);
        expect(read.map((e) => e.revision)).toEqual([0, 1]);
        expect(read[1]!.position).toBe(result.position);
      });

      it('given an existing stream, when appending with no_stream, then a typed conflict is raised and nothing is appended', async () => {
        const s = stream();
        await store.append(s, [event()], 'no_stream');
        await expect(store.append(s, [event()], 'no_stream')).rejects.toBeInstanceOf(WrongExpectedRevisionError);
        expect(await store.readStream(s)).toHaveLength(1);
      });

      it('given a stream at revision 1, when appending with expected 0, then a typed conflict names the stream', async () => {
        const s = stream();
        await store.append(s, [event(), event()], 'no_stream');
        const failure = await store.append(s, [event()], 0).catch((e: unknown) => e);
        expect(failure).toBeInstanceOf(WrongExpectedRevisionError);
        expect((failure as WrongExpectedRevisionError).streamId).toBe(s);
        expect(await store.readStream(s)).toHaveLength(2);
      });

      it('given no stream, when appending with an exact revision, then a conflict is raised', async () => {
        await expect(store.append(stream(), [event()], 0)).rejects.toBeInstanceOf(WrongExpectedRevisionError);
      });

      it('given a stream at revision 1, when appending with expected 1, then it appends at 2', async () => {
        const s = stream();
        await store.append(s, [event(), event()], 'no_stream');
        const result = await store.append(s, [event()], 1);
        expect(result.nextExpectedRevision).toBe(2);
      });

      it('when appending with any, then no check is made', async () => {
        const s = stream();
        await store.append(s, [event()], 'any');
        const result = await store.append(s, [event()], 'any');
        expect(result.nextExpectedRevision).toBe(1);
      });

      it('when two writers race on the same revision, then exactly one wins', async () => {
        const s = stream();
        await store.append(s, [event()], 'no_stream');
        const outcomes = await Promise.allSettled([store.append(s, [event('A')], 0), store.append(s, [event('B')], 0)]);
        expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
        const rejected = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
        expect(rejected.reason).toBeInstanceOf(WrongExpectedRevisionError);
        expect(await store.readStream(s)).toHaveLength(2);
      });
    });

    describe('idempotency by event id', () => {
      it('when many writers append at once to their own streams, then all land, each in order, and a conflict among them is refused alone', async () => {
        const streams = Array.from({ length: 12 }, () => stream('concurrent'));
        const taken = stream('taken');
        await store.append(taken, [event()], 'no_stream');
        const outcomes = await Promise.allSettled([
          ...streams.map((s) => store.append(s, [event('First'), event('Second')], 'no_stream')),
          store.append(taken, [event('Late')], 'no_stream'),
        ]);
        expect(outcomes.slice(0, 12).every((o) => o.status === 'fulfilled')).toBe(true);
        const refused = outcomes[12];
        expect(refused?.status === 'rejected' && refused.reason instanceof WrongExpectedRevisionError).toBe(true);
        for (const s of streams) expect((await store.readStream(s)).map((e) => e.type)).toEqual(['First', 'Second']);
        expect(await store.readStream(taken)).toHaveLength(1);
        const positions = outcomes.slice(0, 12).map((o) => (o.status === 'fulfilled' ? o.value.position : -1n));
        expect(new Set(positions).size).toBe(12);
      });

      it('when the same events are appended again with the same expectation, then nothing more is appended', async () => {
        const s = stream();
        const batch = [event(), event()];
        const first = await store.append(s, batch, 'no_stream');
        const second = await store.append(s, batch, 'no_stream');
        expect(second.nextExpectedRevision).toBe(first.nextExpectedRevision);
        expect(await store.readStream(s)).toHaveLength(2);
      });

      it('same ids, expected = current revision: a retry after the write landed appends nothing', async () => {
        const s = stream();
        const batch = [event(), event()];
        const first = await store.append(s, batch, 'no_stream');
        const retried = await store.append(s, batch, first.nextExpectedRevision);
        expect(retried).toEqual(first);
        expect((await store.readStream(s)).map((e) => e.eventId)).toEqual(batch.map((e) => e.eventId));
      });

      it('same ids with `any` after another append: the redelivered batch is not written twice', async () => {
        const s = stream();
        const batch = [event('A1'), event('A2')];
        await store.append(s, batch, 'any');
        await store.append(s, [event('B')], 'any');
        const again = await store.append(s, batch, 'any');
        expect(again.nextExpectedRevision).toBe(1);
        expect((await store.readStream(s)).map((e) => e.type)).toEqual(['A1', 'A2', 'B']);
      });

      it('when a batch overlaps stored ids only in part, then it is a conflict and nothing is appended', async () => {
        const s = stream();
        const stored = event();
        await store.append(s, [stored], 'no_stream');
        await expect(store.append(s, [stored, event()], 'any')).rejects.toBeInstanceOf(WrongExpectedRevisionError);
        expect(await store.readStream(s)).toHaveLength(1);
      });

      it('when the batch is empty, then nothing is written and the expectation is still checked', async () => {
        const s = stream();
        expect((await store.append(s, [], 'no_stream')).nextExpectedRevision).toBe(-1);
        expect(await store.readStream(s)).toEqual([]);
        await expect(store.append(s, [], 0)).rejects.toBeInstanceOf(WrongExpectedRevisionError);
        await store.append(s, [event()], 'no_stream');
        expect((await store.append(s, [], 0)).nextExpectedRevision).toBe(0);
        expect(await store.readStream(s)).toHaveLength(1);
      });

      it('when data is not a JSON object, then the append is refused and nothing is written', async () => {
        const s = stream();
        for (const data of [42, null, 'text', [1, 2]]) {
          await expect(store.append(s, [event('Bare', data)], 'any')).rejects.toBeInstanceOf(TypeError);
        }
        expect(await store.readStream(s)).toEqual([]);
      });

      it('when a retried single event arrives with any, then it is stored once', async () => {
        const s = stream();
        const once = event();
        await store.append(s, [once], 'any');
        await store.append(s, [once], 'any');
        expect((await store.readStream(s)).map((e) => e.eventId)).toEqual([once.eventId]);
      });
    });

    describe('reading a stream', () => {
      it('round-trips type, data and metadata', async () => {
        const s = stream();
        const written = event('PolicyRevisionDrafted', { title: 'Riktlinjer för ASF', amounts: [1, 2], nested: { ä: 'ö' } });
        written.metadata.idempotencyKey = 'key-1';
        await store.append(s, [written], 'no_stream');
        const [read] = await store.readStream(s);
        expect(read).toMatchObject({
          eventId: written.eventId,
          type: written.type,
          data: written.data,
          metadata: written.metadata,
          streamId: s,
          revision: 0,
        });
        expect(typeof read!.position).toBe('bigint');
      });

      it('returns an empty list for an unknown stream', async () => {
        expect(await store.readStream(stream())).toEqual([]);
      });

      it('reads up to a revision', async () => {
        const s = stream();
        await store.append(s, [event(), event(), event()], 'no_stream');
        expect((await store.readStream(s, { toRevision: 1 })).map((e) => e.revision)).toEqual([0, 1]);
      });

      it('reads from a revision: the tail after a state the reader holds', async () => {
        const s = stream();
        await store.append(s, [event('A'), event('B'), event('C'), event('D')], 'no_stream');
        expect((await store.readStream(s, { fromRevision: 2 })).map((e) => e.type)).toEqual(['C', 'D']);
        expect((await store.readStream(s, { fromRevision: 1, toRevision: 2 })).map((e) => e.revision)).toEqual([1, 2]);
        expect(await store.readStream(s, { fromRevision: 4 })).toEqual([]);
        expect(await store.readStream(stream(), { fromRevision: 1 })).toEqual([]);
      });

      it('reads up to a global position: the stream as the store held it then', async () => {
        const s = stream();
        const first = await store.append(s, [event('A'), event('B')], 'no_stream');
        await store.append(stream('other'), [event('Elsewhere')], 'no_stream');
        await store.append(s, [event('C')], 1);
        expect((await store.readStream(s, { toPosition: first.position })).map((e) => e.type)).toEqual(['A', 'B']);
      });

      it('reads as of a point in time, by when the facts happened', async () => {
        const s = stream();
        await store.append(
          s,
          [
            event('A', {}, '2012-01-01T00:00:00.000Z'),
            event('B', {}, '2013-06-01T00:00:00.000Z'),
            event('C', {}, '2014-01-01T00:00:00.000Z'),
          ],
          'no_stream',
        );
        const asOf = await store.readStream(s, { asOf: '2013-12-31T23:59:59.999Z' });
        expect(asOf.map((e) => e.type)).toEqual(['A', 'B']);
      });
    });

    describe('reading all', () => {
      it('returns events of all streams in commit order from a position', async () => {
        const start = await store.headPosition();
        const a = stream('a');
        const b = stream('b');
        await store.append(a, [event('A1')], 'no_stream');
        await store.append(b, [event('B1')], 'no_stream');
        await store.append(a, [event('A2')], 0);
        const all = (await store.readAll({ after: start })).filter((e) => e.streamId === a || e.streamId === b);
        expect(all.map((e) => e.type)).toEqual(['A1', 'B1', 'A2']);
        const positions = all.map((e) => e.position);
        expect([...positions].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))).toEqual(positions);
        const afterFirst = (await store.readAll({ after: all[0]!.position })).filter((e) => e.streamId === a || e.streamId === b);
        expect(afterFirst.map((e) => e.type)).toEqual(['B1', 'A2']);
      });

      it('honours the limit', async () => {
        const start = await store.headPosition();
        const s = stream();
        await store.append(s, [event(), event(), event()], 'no_stream');
        expect(await store.readAll({ after: start, limit: 2 })).toHaveLength(2);
      });

      it('reports the head position of the newest event', async () => {
        const s = stream();
        const result = await store.append(s, [event()], 'no_stream');
        expect(await store.headPosition()).toBeGreaterThanOrEqual(result.position);
      });

      it("head position is a product event's: one readAll returns, so waiting for it ends", async () => {
        const start = await store.headPosition();
        const result = await store.append(stream(), [event(), event()], 'no_stream');
        const head = await store.headPosition();
        expect(head).toBe(result.position);
        const read = await store.readAll({ after: start });
        expect(read.some((e) => e.position === head)).toBe(true);
      });

      it('without a limit, reads one page, never the whole log', async () => {
        const start = await store.headPosition();
        const many = Array.from({ length: READ_ALL_PAGE_SIZE + 5 }, (_, i) => event('Many', { i }));
        await store.append(stream('many'), many, 'no_stream');
        expect(await store.readAll({ after: start })).toHaveLength(READ_ALL_PAGE_SIZE);
      });
    });

    describe('following live', () => {
      it('catches up and then delivers events appended after subscribing, in order', async () => {
        const start = await store.headPosition();
        const s = stream('live');
        await store.append(s, [event('Before')], 'no_stream');
        const subscription = store.subscribeToAll({ after: start });
        const seen: StoredEvent[] = [];
        const done = (async () => {
          for await (const e of subscription) {
            if (e.streamId !== s) continue;
            seen.push(e);
            if (seen.length === 3) break;
          }
        })();
        await store.append(s, [event('After1')], 0);
        await store.append(s, [event('After2')], 1);
        await done;
        await subscription.close();
        expect(seen.map((e) => e.type)).toEqual(['Before', 'After1', 'After2']);
      });

      it('a subscription survives the store going away and coming back: it resubscribes from where it was', async () => {
        const start = await store.headPosition();
        const s = stream('survives');
        const subscription = store.subscribeToAll({ after: start });
        const seen: string[] = [];
        const firstArrived = deferred();
        const done = (async () => {
          for await (const e of subscription) {
            if (e.streamId !== s) continue;
            seen.push(e.type);
            if (seen.length === 1) firstArrived.resolve();
            if (seen.length === 3) break;
          }
        })();
        await store.append(s, [event('BeforeDrop')], 'no_stream');
        await firstArrived.promise;
        dropSubscriptions(store);
        await store.append(s, [event('AfterDrop1'), event('AfterDrop2')], 0);
        await done;
        await subscription.close();
        expect(seen).toEqual(['BeforeDrop', 'AfterDrop1', 'AfterDrop2']);
      });

      it('ends iteration when closed', async () => {
        const subscription = store.subscribeToAll({ after: await store.headPosition() });
        const iteration = (async () => {
          let count = 0;
          for await (const _ of subscription) count++;
          return count;
        })();
        await subscription.close();
        await expect(iteration).resolves.toBeGreaterThanOrEqual(0);
      });
    });

    it('answers ping', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });
  });
}

/** The adapters' fault hook: end every live subscription as a lost connection would. */
function dropSubscriptions(store: EventStore): void {
  const faulty = store as EventStore & { dropSubscriptions?: () => void };
  if (!faulty.dropSubscriptions) throw new Error(`The ${store.kind} adapter has no dropSubscriptions() fault hook`);
  faulty.dropSubscriptions();
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}
