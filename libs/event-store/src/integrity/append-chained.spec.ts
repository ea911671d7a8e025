import type { NewEvent } from '../event.js';
import { SqliteEventStore } from '../sqlite/sqlite-event-store.js';
import { appendChained } from './append-chained.js';
import { computeEventHash, storedHashOf } from './event-hash.js';

const event = (eventId: string): NewEvent => ({
  eventId,
  type: 'ReminderDelivered',
  data: { intentId: eventId },
  metadata: {
    tenant: 't1',
    actor: { userId: 'system', role: 'system' },
    correlationId: 'c',
    causationId: null,
    occurredAt: '2026-11-23T09:00:00.000Z',
    schemaVersion: 1,
  },
});

describe('appendChained', () => {
  it('chains each append onto the head, also when two writers race, and appends a retried batch once', async () => {
    const store = SqliteEventStore.open(':memory:');
    await Promise.all([appendChained(store, 't1/s', [event('a')]), appendChained(store, 't1/s', [event('b')])]);
    await appendChained(store, 't1/s', [event('c')]);
    const again = await appendChained(store, 't1/s', [event('c')]);
    const stored = await store.readStream('t1/s');
    expect(stored.map((e) => e.revision)).toEqual([0, 1, 2]);
    expect(again.nextExpectedRevision).toBe(2);
    stored.forEach((e, i) => {
      const prev = i === 0 ? '' : storedHashOf(stored[i - 1]!);
      expect(e.metadata.prevHash).toBe(prev);
      expect(storedHashOf(e)).toBe(computeEventHash(e, prev!));
    });
    await store.close();
  });
});
