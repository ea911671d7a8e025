import { PassThrough } from 'node:stream';
import type { AllStreamResolvedEvent } from '@kurrent/kurrentdb-client';
import { EventStoreUnavailableError } from '../errors.js';
import type { StoredEvent } from '../event.js';
import { KurrentDbAllSubscription } from './kurrentdb-all-subscription.js';

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
});
