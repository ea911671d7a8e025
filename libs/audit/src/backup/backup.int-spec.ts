import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chainEvents, SqliteEventStore } from '@beslutskedjan/event-store';
import { backupDataDir, restoreDataDir } from './backup.js';

const event = (tenant: string, n: number) => ({
  eventId: `${tenant}-${n}`,
  type: 'SomethingHappened',
  data: { n },
  metadata: {
    tenant,
    actor: { userId: 'u', role: 'director' as const },
    correlationId: 'c',
    causationId: null,
    occurredAt: '2026-11-20T10:00:00.000Z',
    schemaVersion: 1,
  },
});

describe('restoreDataDir', () => {
  it('verifies every förbund in the log, also one whose events come after the first page of readAll', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'bk-backup-'));
    const store = SqliteEventStore.open(join(dataDir, 'events.sqlite'));
    const many = Array.from({ length: 1200 }, (_, n) => event('forst', n));
    await store.append('forst/s', chainEvents('forst/s', { revision: -1, hash: '' }, many), 'no_stream');
    await store.append('sen/s', chainEvents('sen/s', { revision: -1, hash: '' }, [event('sen', 0)]), 'no_stream');
    await store.close();
    const backupDir = join(mkdtempSync(join(tmpdir(), 'bk-backup-to-')), 'b');
    await backupDataDir(dataDir, backupDir);
    const reports = await restoreDataDir(backupDir, join(mkdtempSync(join(tmpdir(), 'bk-restore-')), 'data'));
    expect(reports.map((r) => [r.tenant, r.ok])).toEqual([
      ['forst', true],
      ['sen', true],
    ]);
  });
});
