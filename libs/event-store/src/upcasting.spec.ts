import type { StoredEvent } from './event.js';
import { Upcasters } from './upcasting.js';

const stored = (schemaVersion: number, data: unknown): StoredEvent => ({
  eventId: 'e',
  type: 'Sample',
  data,
  streamId: 's',
  revision: 0,
  position: 1n,
  metadata: {
    tenant: 't',
    actor: { userId: 'u', role: 'director' },
    correlationId: 'c',
    causationId: null,
    occurredAt: '2020-01-01T00:00:00.000Z',
    schemaVersion,
  },
});

describe('Upcasters', () => {
  const upcasters = new Upcasters([
    { type: 'Sample', fromVersion: 1, upcast: (d) => ({ ...(d as object), amountSek: (d as { amount: number }).amount }) },
    { type: 'Sample', fromVersion: 2, upcast: (d) => ({ amountSek: (d as { amountSek: number }).amountSek, currency: 'SEK' }) },
  ]);

  it('given a version 1 event, when read, then it is lifted through every step to the current shape', () => {
    const event = upcasters.apply(stored(1, { amount: 5 }));
    expect(event.data).toEqual({ amountSek: 5, currency: 'SEK' });
    expect(event.metadata.schemaVersion).toBe(3);
  });

  it('given a current event, then it is returned untouched', () => {
    const current = stored(3, { amountSek: 5, currency: 'SEK' });
    expect(upcasters.apply(current)).toBe(current);
  });

  it('refuses two upcasters for the same step', () => {
    expect(() => upcasters.register({ type: 'Sample', fromVersion: 1, upcast: (d) => d })).toThrow('Two upcasters');
  });
});
