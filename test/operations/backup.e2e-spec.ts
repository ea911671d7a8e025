import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { draftBody } from '../../bench/support/fixtures.js';
import { backupDataDir, restoreDataDir } from '@beslutskedjan/audit';
import { SqliteEventStore } from '@beslutskedjan/event-store';
import { startTestApp, type TestApp } from '../support/test-app.js';

jest.setTimeout(60_000);

describe('backup and restore: online, into a fresh data directory that verifies', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await t.settle();
  });
  afterAll(() => t.close());

  it('backs up while the API writes, and the restored log holds every event and verifies', async () => {
    const director = await t.token(['director']);
    const backupDir = join(mkdtempSync(join(tmpdir(), 'bk-backup-')), 'backup');
    // Commands in flight while the backup runs: the copy is consistent at some point among them.
    const writes = Array.from({ length: 10 }, (_, i) =>
      t.http.post(`/api/policies/online-${i}/revisions`).auth(director, { type: 'bearer' }).send(draftBody()).expect(201),
    );
    const files = await backupDataDir(t.config.dataDir, backupDir);
    await Promise.all(writes);
    expect(files.map((f) => f.split('/').at(-1))).toEqual(['events.sqlite', 'people.sqlite']);

    const fresh = join(mkdtempSync(join(tmpdir(), 'bk-restore-')), 'data');
    const reports = await restoreDataDir(backupDir, fresh, t.config.audit.sealKey);
    expect(reports.map((r) => r.tenant)).toContain('demo');
    expect(reports.every((r) => r.ok && r.breakCount === 0)).toBe(true);

    const restored = SqliteEventStore.open(join(fresh, 'events.sqlite'));
    const restoredHead = await restored.headPosition();
    await restored.close();
    expect(restoredHead).toBeGreaterThan(0n);
    expect(restoredHead).toBeLessThanOrEqual(await t.store.headPosition());
  });

  it('never restores over a data directory that is in use', async () => {
    const backupDir = join(mkdtempSync(join(tmpdir(), 'bk-backup-')), 'backup');
    await backupDataDir(t.config.dataDir, backupDir);
    await expect(restoreDataDir(backupDir, t.config.dataDir)).rejects.toThrow(/not empty/);
    await expect(backupDataDir(t.config.dataDir, backupDir)).rejects.toThrow(/exists/);
  });
});
