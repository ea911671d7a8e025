import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@beslutskedjan/event-store';
import type { AppConfig } from '@beslutskedjan/platform';
import { policyStreamId } from '@beslutskedjan/policy';
import { writePolicyAndBoardHistory } from '../testing/write-history.js';
import { AuditTrailService } from './audit-trail.service.js';

/** The service as the API runs it: on SQLite the walk happens on a worker thread with its own read-only connection. */
describe('AuditTrailService (verification on a worker thread)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'beslutskedjan-audit-service-'));
  const store = SqliteEventStore.open(join(dataDir, 'events.sqlite'));
  const config = {
    dataDir,
    audit: { sealKey: Buffer.from('a-seal-key-kept-outside-the-database-0123'), digestDir: join(dataDir, 'digests') },
  } as unknown as AppConfig;
  const service = new AuditTrailService(store, config);
  afterAll(async () => {
    await service.onModuleDestroy();
    await store.close();
  });

  it('twenty auditors asking at once share one walk; the thread reads what this process has just written', async () => {
    await writePolicyAndBoardHistory(store, 't1');
    const reports = await Promise.all(Array.from({ length: 20 }, () => service.verify('t1')));
    expect(new Set(reports).size).toBe(1);
    expect(reports[0]).toMatchObject({ ok: true, mode: 'incremental', sealsKeyChecked: true });
    const first = reports[0]!.checkedEvents;
    expect(first).toBeGreaterThan(10);

    await writePolicyAndBoardHistory(store, 't1', { policyId: 'ny', board: false });
    const next = await service.verify('t1');
    // Only what came after the keyed checkpoint: the new policy's history.
    expect(next).toMatchObject({ ok: true, mode: 'incremental', checkedEvents: 8 });
  });

  it('seals from the thread’s inspection, and a tampered log is found by the thread and refused a seal', async () => {
    expect(await service.seal('t1', '2026-11-24T02:00:00.000Z')).toMatchObject({ sealed: true });
    expect(await service.verify('t1', true)).toMatchObject({ ok: true, mode: 'full', seals: { count: 1 } });
    // New work, tampered with before anyone verified it.
    await writePolicyAndBoardHistory(store, 't1', { policyId: 'senare', board: false });
    store.database.prepare('DELETE FROM events WHERE stream_id = ? AND revision = 1').run(policyStreamId('t1', 'senare'));
    const report = await service.verify('t1');
    expect(report.ok).toBe(false);
    expect(report.breaks.map((b) => b.reason)).toContain('revision_gap');
    await expect(service.seal('t1', '2026-11-25T02:00:00.000Z')).rejects.toMatchObject({ code: 'AUDIT_TRAIL_BROKEN' });
  });
});
