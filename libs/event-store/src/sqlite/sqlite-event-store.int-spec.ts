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

  it('given appends that arrive together, then they share one transaction (one fsync); one after another, each commits alone', async () => {
    const store = SqliteEventStore.open(join(dir, 'group-commit.sqlite'));
    const metadata = {
      tenant: 't',
      actor: { userId: 'u', role: 'director' as const },
      correlationId: 'c',
      causationId: null,
      occurredAt: '2026-01-01T00:00:00.000Z',
      schemaVersion: 1,
    };
    const one = (i: number) => [{ eventId: `g-${i}`, type: 'Grouped', data: { i }, metadata }];
    await Promise.all(Array.from({ length: 10 }, (_, i) => store.append(`t/g-${i}`, one(i), 'no_stream')));
    expect(store.commitStats).toEqual({ commits: 1, appends: 10 });
    for (let i = 10; i < 13; i++) await store.append(`t/g-${i}`, one(i), 'no_stream');
    expect(store.commitStats).toEqual({ commits: 4, appends: 13 });
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
    await writer.append(
      't/x-1',
      [
        {
          eventId: 'e-1',
          type: 'FromOtherProcess',
          data: {},
          metadata: {
            tenant: 't',
            actor: { userId: 'u', role: 'director' },
            correlationId: 'c',
            causationId: null,
            occurredAt: '2026-01-01T00:00:00.000Z',
            schemaVersion: 1,
          },
        },
      ],
      'no_stream',
    );
    await expect(first).resolves.toBe('FromOtherProcess');
    await subscription.close();
    await writer.close();
    await reader.close();
  });
});
