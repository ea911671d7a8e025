import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventStoreContract } from '../testing/event-store.contract.js';
import { SqliteEventStore } from './sqlite-event-store.js';

const dir = mkdtempSync(join(tmpdir(), 'beslutskedjan-es-'));
let n = 0;

eventStoreContract('SQLite (file, WAL, synchronous=FULL)', async () => SqliteEventStore.open(join(dir, `events-${n++}.sqlite`)));

describe('SQLite adapter specifics', () => {
  it('opens the file in WAL mode with synchronous=FULL', async () => {
    const store = SqliteEventStore.open(join(dir, 'pragmas.sqlite'));
    expect(store.database.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.database.pragma('synchronous', { simple: true })).toBe(2);
    await store.close();
  });

  it('sees events committed by another connection to the same file (API and worker processes)', async () => {
    const file = join(dir, 'shared.sqlite');
    const writer = SqliteEventStore.open(file);
    const reader = SqliteEventStore.open(file);
    const subscription = reader.subscribeToAll();
    const first = (async () => {
      for await (const event of subscription) return event.type;
      return null;
    })();
    await writer.append('t/x-1', [{ eventId: 'e-1', type: 'FromOtherProcess', data: {}, metadata: {
      tenant: 't', actor: { userId: 'u', role: 'director' }, correlationId: 'c', causationId: null,
      occurredAt: '2026-01-01T00:00:00.000Z', schemaVersion: 1 } }], 'no_stream');
    await expect(first).resolves.toBe('FromOtherProcess');
    await subscription.close();
    await writer.close();
    await reader.close();
  });
});
