import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { firstValueFrom, filter, take, toArray, type Observable } from 'rxjs';
import { type NewEvent, SqliteEventStore } from '@beslutskedjan/event-store';
import { ProjectionRunner } from '@beslutskedjan/projections';
import { catchUpThenFollow, type FollowedItem } from './catch-up-then-follow.js';
import { StreamFeed } from './stream-feed.js';

const dir = mkdtempSync(join(tmpdir(), 'beslutskedjan-live-'));
let fileNo = 0;

const event = (stream: string, n: number): NewEvent => ({
  eventId: `${stream}-${n}`,
  type: 'Happened',
  data: { n },
  metadata: {
    tenant: 't',
    actor: { userId: 'u', role: 'director' },
    correlationId: 'c',
    causationId: null,
    occurredAt: '2026-01-01T00:00:00.000Z',
    schemaVersion: 1,
  },
});

/** A real store, a real runner with one read model, and the feed over them. */
async function setUp() {
  const store = SqliteEventStore.open(join(dir, `events-${fileNo}.sqlite`));
  const db = new Database(join(dir, `reads-${fileNo++}.sqlite`));
  const runner = new ProjectionRunner(store, db, [
    {
      name: 'count',
      version: 1,
      tables: ['seen'],
      init: (d) => d.exec('CREATE TABLE seen (n INTEGER)'),
      apply: (d) => d.exec('INSERT INTO seen VALUES (1)'),
    },
  ]);
  await runner.start();
  const feed = new StreamFeed(store, runner);
  await feed.start();
  const append = (stream: string, n: number) => store.append(stream, [event(stream, n)], 'any');
  const tearDown = async () => {
    await feed.onModuleDestroy();
    await runner.stop();
    await store.close();
    db.close();
  };
  return { store, runner, feed, append, tearDown };
}

const positionsOf = (items: FollowedItem[]) => items.map((i) => (i.kind === 'event' ? `e${i.event.position}` : `ready${i.position}`));
const collect = (source: Observable<FollowedItem>, count: number) => firstValueFrom(source.pipe(take(count), toArray()));

describe('catchUpThenFollow', () => {
  it('given a resume position, when the stream keeps growing during the catch-up, then every later event arrives once, in order', async () => {
    const { store, feed, append, tearDown } = await setUp();
    for (let n = 0; n < 20; n++) await append('t/meeting-a', n);
    for (let n = 0; n < 5; n++) await append('t/other', n);
    const history = await store.readStream('t/meeting-a');
    const resumeAfter = history[9]!.position;

    const received = collect(catchUpThenFollow(feed, store, 't/meeting-a', resumeAfter), 10 + 1 + 30);
    // Appends race the catch-up read: some land in the history, some only reach the live listener.
    for (let n = 20; n < 50; n++) await Promise.all([append('t/meeting-a', n), append('t/other', n)]);
    const items = await received;

    const expected = (await store.readStream('t/meeting-a')).filter((e) => e.position > resumeAfter).map((e) => `e${e.position}`);
    const events = positionsOf(items).filter((p) => p.startsWith('e'));
    expect(events).toEqual(expected);
    expect(items.filter((i) => i.kind === 'ready')).toHaveLength(1);
    await tearDown();
  });

  it('given events committed after the history was read but before it was returned, then they come from the live listener, once', async () => {
    const { store, feed, append, tearDown } = await setUp();
    for (let n = 0; n < 5; n++) await append('t/meeting-d', n);
    const resumeAfter = (await store.readStream('t/meeting-d'))[1]!.position;
    let lastSeen = 0n;
    const unwatch = feed.watch('t/meeting-d', (e) => (lastSeen = e.position));
    // The store answers with the history as it was, while five more events are committed and handed on meanwhile.
    const racing = {
      readStream: async (id: string) => {
        const history = await store.readStream(id);
        let written = 0n;
        for (let n = 5; n < 10; n++) written = (await append('t/meeting-d', n)).position;
        while (lastSeen < written) await new Promise((resolve) => setImmediate(resolve));
        return history;
      },
    };
    const items = await collect(catchUpThenFollow(feed, racing, 't/meeting-d', resumeAfter), 3 + 1 + 5);
    unwatch();

    const expected = (await store.readStream('t/meeting-d')).filter((e) => e.position > resumeAfter).map((e) => `e${e.position}`);
    const ready = items.findIndex((i) => i.kind === 'ready');
    expect(positionsOf(items).filter((p) => p.startsWith('e'))).toEqual(expected);
    expect(ready).toBe(3);
    await tearDown();
  });

  it('given no resume position, then the history is skipped and ready names the newest event, which the read models include', async () => {
    const { store, runner, feed, append, tearDown } = await setUp();
    for (let n = 0; n < 3; n++) await append('t/meeting-b', n);
    const newest = (await store.readStream('t/meeting-b')).at(-1)!.position;

    const source = catchUpThenFollow(feed, store, 't/meeting-b', null);
    const first = collect(source, 2);
    const written = await append('t/meeting-b', 3);
    const [ready, change] = await first;

    expect(ready).toEqual({ kind: 'ready', position: newest });
    expect(change?.kind === 'event' && change.event.position).toBe(written.position);
    // Handed on only once the read models include it, so a refetch with minPosition answers at once.
    expect(runner.position >= written.position).toBe(true);
    await tearDown();
  });

  it('given a subscriber that leaves, then its listener is removed', async () => {
    const { store, feed, append, tearDown } = await setUp();
    await append('t/meeting-c', 0);
    const ready = firstValueFrom(catchUpThenFollow(feed, store, 't/meeting-c', null).pipe(filter((i) => i.kind === 'ready')));
    await ready;
    expect(feed.watchedStreams).toBe(0);
    await tearDown();
  });
});
