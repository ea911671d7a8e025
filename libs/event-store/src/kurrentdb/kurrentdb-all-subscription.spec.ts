import { PassThrough } from 'node:stream';
import type { AllStreamResolvedEvent } from '@kurrent/kurrentdb-client';
import { EventStoreUnavailableError } from '../errors.js';
import type { StoredEvent } from '../event.js';
import { KurrentDbAllSubscription } from './kurrentdb-all-subscription.js';
import { resubscribing } from '../subscriptions/resubscribing.js';

/** Stands in for the client's subscription: an object-mode Readable that can be unsubscribed. */
class FakeSource extends PassThrough {
  unsubscribed = 0;
  constructor() {
    super({ objectMode: true });
  }
  unsubscribe(): Promise<void> {
    this.unsubscribed++;
    return Promise.resolve();
  }
}

const resolved = (commit: bigint, streamId = 's-1', type = 'Happened'): AllStreamResolvedEvent => ({
  event: {
    streamId,
    id: `e-${String(commit)}`,
    type,
    isJson: true,
    revision: 0n,
    created: new Date(0),
    data: {},
    metadata: { tenant: 't', occurredAt: '2026-01-01T00:00:00.000Z', schemaVersion: 1 },
    position: { commit, prepare: commit },
  },
});

describe('KurrentDbAllSubscription', () => {
  it('delivers our events strictly after the bound and skips system records', async () => {
    const source = new FakeSource();
    const subscription = new KurrentDbAllSubscription(source, 100n);
    source.write(resolved(100n));
    source.write(resolved(150n, '$stats-node'));
    source.write(resolved(200n));
    source.write(resolved(300n));
    const seen: StoredEvent[] = [];
    for await (const event of subscription) {
      seen.push(event);
      if (seen.length === 2) break;
    }
    expect(seen.map((e) => e.position)).toEqual([200n, 300n]);
    expect(source.unsubscribed).toBe(1);
    await subscription.close();
    expect(source.unsubscribed).toBe(1);
  });

  it('ends a pending iteration when closed', async () => {
    const source = new FakeSource();
    const subscription = new KurrentDbAllSubscription(source, undefined);
    const iteration = (async () => {
      let count = 0;
      for await (const _ of subscription) count++;
      return count;
    })();
    await new Promise((resolve) => setImmediate(resolve));
    await subscription.close();
    await expect(iteration).resolves.toBe(0);
    expect(source.destroyed).toBe(true);
  });

  it('yields nothing once closed before iterating', async () => {
    const source = new FakeSource();
    const subscription = new KurrentDbAllSubscription(source, undefined);
    await subscription.close();
    source.write(resolved(1n));
    const seen: StoredEvent[] = [];
    for await (const event of subscription) seen.push(event);
    expect(seen).toEqual([]);
  });

  it('surfaces a failing feed as EventStoreUnavailableError, and survives errors nobody is iterating for', async () => {
    const source = new FakeSource();
    const subscription = new KurrentDbAllSubscription(source, undefined);
    source.emit('error', new Error('14 UNAVAILABLE'));
    const failing = (async () => {
      for await (const _ of subscription) void _;
    })();
    source.destroy(new Error('14 UNAVAILABLE'));
    await expect(failing).rejects.toBeInstanceOf(EventStoreUnavailableError);
  });

  it('treats a clean end it did not ask for as a dropped call', async () => {
    const source = new FakeSource();
    const subscription = new KurrentDbAllSubscription(source, undefined);
    source.end();
    const iteration = (async () => {
      for await (const _ of subscription) void _;
    })();
    await expect(iteration).rejects.toThrow('ended unexpectedly');
  });

  it('given resubscribing, a failed call and an unexpected end are both followed by a new call from the last event yielded', async () => {
    const sources: FakeSource[] = [];
    const froms: Array<bigint | undefined> = [];
    const subscription = resubscribing((after) => {
      const source = new FakeSource();
      sources.push(source);
      froms.push(after);
      return new KurrentDbAllSubscription(source, after);
    }, undefined);
    const seen: bigint[] = [];
    const iteration = (async () => {
      for await (const event of subscription) {
        seen.push(event.position);
        if (seen.length === 3) break;
      }
    })();
    sources[0]!.write(resolved(10n));
    await until(() => seen.length === 1);
    sources[0]!.destroy(new Error('14 UNAVAILABLE'));
    await until(() => sources.length === 2);
    sources[1]!.write(resolved(10n));
    sources[1]!.write(resolved(20n));
    await until(() => seen.length === 2);
    sources[1]!.end();
    await until(() => sources.length === 3, 2000);
    sources[2]!.write(resolved(30n));
    await iteration;
    expect(seen).toEqual([10n, 20n, 30n]);
    expect(froms).toEqual([undefined, 10n, 20n]);
  });
});

async function until(condition: () => boolean, timeoutMs = 1000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not reached');
    await new Promise((resolve) => setImmediate(resolve));
  }
}
