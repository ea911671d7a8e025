import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@beslutskedjan/event-store';
import { PeopleDirectory } from '@beslutskedjan/people';
import { openReadDb, loadConfig } from '@beslutskedjan/platform';

const mode = (path: string) => statSync(path).mode & 0o777;

describe('data files with personal data', () => {
  it('given a fresh DATA_DIR, then the directory is 0700 and the event store, its WAL, read models and people directory are 0600', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'beslutskedjan-modes-')), 'data');
    loadConfig({ DATA_DIR: dataDir });
    const store = SqliteEventStore.open(join(dataDir, 'events.sqlite'));
    await store.append(
      't/s-1',
      [
        {
          eventId: 'e1',
          type: 'Happened',
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
    const reads = openReadDb(dataDir, 'api');
    const people = PeopleDirectory.open(dataDir);
    expect(mode(dataDir)).toBe(0o700);
    for (const file of ['events.sqlite', 'events.sqlite-wal', 'read-models-api.sqlite', 'people.sqlite', 'token-secret']) {
      expect([file, mode(join(dataDir, file))]).toEqual([file, 0o600]);
    }
    people.close();
    reads.close();
    await store.close();
  });
});
