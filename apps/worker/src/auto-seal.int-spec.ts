import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { appendChained } from '@beslutskedjan/event-store';
import { auditSealStreamId, AutoSealer, verifyAuditTrail } from '@beslutskedjan/audit';
import { writePolicyAndBoardHistory } from '@beslutskedjan/audit/testing';
import { startWorker, type WorkerHarness } from './testing/worker-harness.js';

/** The worker seals each förbund's log by itself, with the key kept outside the database. */
describe('automatic seals in the worker', () => {
  let w: WorkerHarness;
  const key = 'the-seal-key-from-the-environment-0123456789';
  beforeAll(async () => {
    w = await startWorker({ now: '2026-11-23T09:00:00.000Z', env: { SEAL_KEY: key, SEAL_QUIET_SECONDS: '300' } });
  });
  afterAll(() => w.close());

  const activity = (tenant: string, at: string, n: number) =>
    appendChained(w.store, `${tenant}/activity-${n}`, [
      {
        eventId: `activity-${tenant}-${n}`,
        type: 'SomethingHappened',
        data: { n },
        metadata: {
          tenant,
          actor: { userId: 'u', role: 'director' },
          correlationId: 'c',
          causationId: null,
          occurredAt: at,
          schemaVersion: 1,
        },
      },
    ]);

  it('seals a förbund after a quiet period, keyed, with the digest published; not while work goes on; at least daily', async () => {
    const sealer = w.module.get(AutoSealer);
    await writePolicyAndBoardHistory(w.store, 't1');
    await w.settle();
    // The history happened long ago: it is quiet, so it is sealed at once.
    expect(await sealer.sealDue()).toEqual(['t1']);
    expect(await sealer.sealDue()).toEqual([]);
    const [seal] = await w.store.readStream(auditSealStreamId('t1'));
    expect(seal?.metadata.sealMac).toMatch(/^[0-9a-f]{64}$/);
    const digests = readdirSync(w.config.audit.digestDir);
    expect(digests).toEqual(['2026-11-23.txt']);
    expect(readFileSync(join(w.config.audit.digestDir, digests[0]!), 'utf8')).toContain(`sealHash=${seal?.metadata.hash}`);

    // Work in progress: not sealed until five quiet minutes have passed.
    await activity('t1', '2026-11-23T09:00:00.000Z', 1);
    await w.settle();
    expect(await sealer.sealDue()).toEqual([]);
    w.clock.set('2026-11-23T09:06:00.000Z');
    expect(await sealer.sealDue()).toEqual(['t1']);

    // A förbund that never rests is still sealed once a day.
    for (let minute = 0; minute < 3; minute++) {
      const at = new Date(Date.parse('2026-11-24T09:07:00.000Z') + minute * 60_000).toISOString();
      w.clock.set(at);
      await activity('t1', at, 10 + minute);
      await w.settle();
      expect(await sealer.sealDue()).toEqual(minute === 0 ? ['t1'] : []);
    }
    expect(await verifyAuditTrail(w.store, 't1', { key: Buffer.from(key) })).toMatchObject({
      ok: true,
      sealsKeyChecked: true,
      seals: { count: 3 },
    });
  });
});
