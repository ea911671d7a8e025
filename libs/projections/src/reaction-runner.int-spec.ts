import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { type NewEvent, type StoredEvent, SqliteEventStore, Upcasters } from '@beslutskedjan/event-store';
import { ReactionRunner, type Reaction } from './reaction-runner.js';

const dir = mkdtempSync(join(tmpdir(), 'beslutskedjan-react-'));
const meta = {
  tenant: 'demo',
  actor: { userId: 'u', role: 'director' as const },
  correlationId: 'c',
  causationId: null,
  occurredAt: '2026-01-01T00:00:00.000Z',
  schemaVersion: 1,
};
const ev = (id: string, type: string): NewEvent => ({ eventId: id, type, data: { id }, metadata: meta });

/** when-Ordered-then-Invoiced: derives an event with an id taken from the cause, so redelivery is harmless. */
const invoicing = (store: SqliteEventStore, seen: string[], failFirst = 0): Reaction => {
  let failures = failFirst;
  return {
    name: 'when-ordered-then-invoiced',
    handles: ['Ordered'],
    async react(event: StoredEvent) {
      if (failures-- > 0) throw new Error('transient');
      seen.push(event.eventId);
      await store.append(`demo/invoice-${event.eventId}`, [ev(`invoice-for-${event.eventId}`, 'Invoiced')], 'any');
    },
  };
};

describe('ReactionRunner', () => {
  it('given facts, when following, then each handled fact causes its command once, after transient failures', async () => {
    const store = SqliteEventStore.open(join(dir, 'a.sqlite'));
    const db = new Database(join(dir, 'a-read.sqlite'));
    await store.append('demo/order-1', [ev('o1', 'Ordered'), ev('x', 'Ignored')], 'no_stream');
    const seen: string[] = [];
    const runner = new ReactionRunner(store, db, [invoicing(store, seen, 2)], new Upcasters(), { retryDelayMs: 1 });
    runner.start();
    const { position } = await store.append('demo/order-2', [ev('o2', 'Ordered')], 'no_stream');
    expect(await runner.waitFor(position, 3000)).toBe(true);
    expect(seen).toEqual(['o1', 'o2']);
    expect(await store.readStream('demo/invoice-o2')).toHaveLength(1);
    await runner.stop();

    // A restart resumes from the checkpoint: nothing is reacted to twice.
    const again: string[] = [];
    const restarted = new ReactionRunner(store, db, [invoicing(store, again)]);
    restarted.start();
    const third = await store.append('demo/order-3', [ev('o3', 'Ordered')], 'no_stream');
    expect(await restarted.waitFor(third.position, 3000)).toBe(true);
    expect(again).toEqual(['o3']);
    await restarted.stop();
    db.close();
    await store.close();
  });

  it('given a refusal, then it is reported and the runner moves on', async () => {
    const store = SqliteEventStore.open(join(dir, 'b.sqlite'));
    const db = new Database(join(dir, 'b-read.sqlite'));
    const refused: string[] = [];
    const reaction: Reaction = {
      name: 'always-refuses',
      handles: ['Ordered'],
      react: async () => {
        throw Object.assign(new Error('rule'), { refusal: true });
      },
    };
    const runner = new ReactionRunner(store, db, [reaction], new Upcasters(), {
      isRefusal: (e) => (e as { refusal?: boolean }).refusal === true,
      onRefused: (_name, event) => refused.push(event.eventId),
    });
    runner.start();
    const { position } = await store.append('demo/order-9', [ev('o9', 'Ordered')], 'no_stream');
    expect(await runner.waitFor(position, 3000)).toBe(true);
    expect(refused).toEqual(['o9']);
    await runner.stop();
    db.close();
    await store.close();
  });

  it('given the store drops its subscriptions, then the runner resubscribes from its position and reacts to what came after', async () => {
    const store = SqliteEventStore.open(join(dir, 'c.sqlite'));
    const db = new Database(join(dir, 'c-read.sqlite'));
    const seen: string[] = [];
    const runner = new ReactionRunner(store, db, [invoicing(store, seen)], new Upcasters(), { retryDelayMs: 1 });
    runner.start();
    const first = await store.append('demo/order-c1', [ev('c1', 'Ordered')], 'no_stream');
    expect(await runner.waitFor(first.position, 3000)).toBe(true);
    store.dropSubscriptions();
    const second = await store.append('demo/order-c2', [ev('c2', 'Ordered')], 'no_stream');
    expect(await runner.waitFor(second.position, 3000)).toBe(true);
    expect(seen).toEqual(['c1', 'c2']);
    await runner.stop();
    db.close();
    await store.close();
  });

  it('given the follow loop fails, then the failure is reported, not an unhandled rejection, and the runner restarts', async () => {
    const store = SqliteEventStore.open(join(dir, 'd.sqlite'));
    const db = new Database(join(dir, 'd-read.sqlite'));
    await store.append('demo/order-d1', [ev('d1', 'Ordered')], 'no_stream');
    // An upcaster that breaks once stands for any failure outside the reaction itself.
    let breakOnce = true;
    const upcasters = new Upcasters();
    const apply = upcasters.apply.bind(upcasters);
    upcasters.apply = (event) => {
      if (breakOnce) {
        breakOnce = false;
        throw new Error('upcaster failed');
      }
      return apply(event);
    };
    const restarts: string[] = [];
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    const seen: string[] = [];
    const runner = new ReactionRunner(store, db, [invoicing(store, seen)], upcasters, {
      retryDelayMs: 1,
      onRestart: (error) => restarts.push(error.message),
    });
    runner.start();
    const second = await store.append('demo/order-d2', [ev('d2', 'Ordered')], 'no_stream');
    expect(await runner.waitFor(second.position, 3000)).toBe(true);
    expect(restarts).toEqual(['upcaster failed']);
    expect(seen).toEqual(['d1', 'd2']);
    await runner.stop();
    process.off('unhandledRejection', onUnhandled);
    expect(unhandled).toEqual([]);
    db.close();
    await store.close();
  });
});
