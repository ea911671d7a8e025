import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { type EventMetadata, appendChained, storedHashOf, SqliteEventStore } from '@beslutskedjan/event-store';
import { policyStreamId } from '@beslutskedjan/policy';
import legacySubmission from '../fixtures/application-submitted.v0.json' with { type: 'json' };
import { writePolicyAndBoardHistory } from '../testing/write-history.js';
import { auditGenesisStreamId, genesisPosition } from './audit-genesis.js';
import { verifyAuditTrail } from './verify-audit-trail.js';
import { VerifiedCheckpoints } from './verified-checkpoint.js';

const dir = mkdtempSync(join(tmpdir(), 'beslutskedjan-chain-start-'));
const key = Buffer.from('a-seal-key-kept-outside-the-database-0123');
let n = 0;
const fresh = () => SqliteEventStore.open(join(dir, `events-${n++}.sqlite`));

describe('The chain’s genesis exists from the first hashed event, before any seal', () => {
  it('given a new förbund, when its first command is written, then the genesis comes before it and no seal is needed', async () => {
    const store = fresh();
    expect(await genesisPosition(store, 'ny')).toBeNull();
    await writePolicyAndBoardHistory(store, 'ny', { board: false });
    const genesis = await genesisPosition(store, 'ny');
    expect(genesis).not.toBeNull();
    const firstHashed = (await store.readAll({ limit: 100 })).find(
      (e) => e.metadata.tenant === 'ny' && e.streamId !== auditGenesisStreamId('ny') && storedHashOf(e) !== null,
    );
    expect(firstHashed!.position > genesis!).toBe(true);
    // The genesis is declared once per förbund, however many writers there are.
    await writePolicyAndBoardHistory(store, 'ny', { policyId: 'annan', board: false });
    expect(await store.readStream(auditGenesisStreamId('ny'))).toHaveLength(1);
    await store.close();
  });

  it('given automation writes (appendChained), then they too start the chain with a genesis', async () => {
    const store = fresh();
    const metadata = { tenant: 'auto', actor: { userId: 'system', role: 'system' }, correlationId: 'c', causationId: null };
    await appendChained(store, 'auto/notifications-u1', [
      {
        eventId: '0a8e1c2e-7f3b-4c1d-9a55-000000000001',
        type: 'NotificationDelivered',
        data: { text: 'x' },
        metadata: { ...metadata, occurredAt: '2026-11-20T10:00:00.000Z', schemaVersion: 1 } as EventMetadata,
      },
    ]);
    const genesis = await genesisPosition(store, 'auto');
    const [written] = await store.readStream('auto/notifications-u1');
    expect(genesis !== null && genesis < written!.position).toBe(true);
    await store.close();
  });

  it('given no seal yet, when an unhashed stream is inserted after the first command, then verification finds it', async () => {
    const store = fresh();
    await writePolicyAndBoardHistory(store, 'ny', { board: false });
    const { eventId, type, data, metadata } = legacySubmission;
    await store.append(
      'ny/application-inserted',
      [{ eventId, type, data, metadata: { ...(metadata as EventMetadata), tenant: 'ny' } }],
      'no_stream',
    );
    const report = await verifyAuditTrail(store, 'ny');
    expect(report.breaks.map((b) => b.reason)).toEqual(['unhashed_after_genesis']);
    expect(report.unhashed).toBe(0);
    await store.close();
  });
});

describe('The verified checkpoint is keyed with the seal key', () => {
  const tenant = 'k1';

  async function verifiedOnce() {
    const store = fresh();
    const dataDir = mkdtempSync(join(dir, 'data-'));
    await writePolicyAndBoardHistory(store, tenant, { board: false });
    const checkpoints = VerifiedCheckpoints.open(dataDir, key);
    expect(await verifyAuditTrail(store, tenant, { key, checkpoints })).toMatchObject({ ok: true });
    // Nothing new since: the next run walks nothing.
    expect(await verifyAuditTrail(store, tenant, { key, checkpoints })).toMatchObject({ ok: true, checkedEvents: 0 });
    const file = new Database(join(dataDir, 'audit-verified.sqlite'));
    return { store, checkpoints, file };
  }

  it('given a database writer who changes an event and moves the checkpoint past it ("already verified"), then verification reports both', async () => {
    const { store, checkpoints, file } = await verifiedOnce();
    // A new event, changed afterwards, and the checkpoint moved past it without the key.
    await writePolicyAndBoardHistory(store, tenant, { policyId: 'asf-2', board: false });
    const last = (await store.readStream(policyStreamId(tenant, 'asf-2'))).at(-1)!;
    store.database.prepare(`UPDATE events SET data = json_set(data, '$.title', 'Ändrad') WHERE position = ?`).run(Number(last.position));
    file.prepare('UPDATE verified_tenants SET up_to = ? WHERE tenant = ?').run(Number(last.position), tenant);
    const report = await verifyAuditTrail(store, tenant, { key, checkpoints });
    expect(report).toMatchObject({ ok: false, mode: 'full' });
    expect(report.breaks.map((b) => b.reason)).toEqual(expect.arrayContaining(['checkpoint_forged', 'hash_mismatch']));
    file.close();
    await store.close();
  });

  it('given a database writer who drops a verified head and deletes that stream’s last event, then the forgery is found', async () => {
    const { store, checkpoints, file } = await verifiedOnce();
    const streamId = policyStreamId(tenant, 'asf');
    const last = (await store.readStream(streamId)).at(-1)!;
    store.database.prepare('DELETE FROM events WHERE position = ?').run(Number(last.position));
    file.prepare('DELETE FROM verified_streams WHERE tenant = ? AND stream_id = ?').run(tenant, streamId);
    const report = await verifyAuditTrail(store, tenant, { key, checkpoints });
    expect(report.breaks.map((b) => b.reason)).toContain('checkpoint_forged');
    file.close();
    await store.close();
  });

  it('given a forged checkpoint, then the operator’s full re-verification reports it once and replaces it with a keyed one', async () => {
    const { store, checkpoints, file } = await verifiedOnce();
    file.prepare('UPDATE verified_tenants SET mac = NULL WHERE tenant = ?').run(tenant);
    expect((await verifyAuditTrail(store, tenant, { key, checkpoints })).breaks.map((b) => b.reason)).toEqual(['checkpoint_forged']);
    const full = await verifyAuditTrail(store, tenant, { key, checkpoints, full: true });
    expect(full.breaks.map((b) => b.reason)).toEqual(['checkpoint_forged']);
    expect(await verifyAuditTrail(store, tenant, { key, checkpoints })).toMatchObject({ ok: true, mode: 'incremental', checkedEvents: 0 });
    // The same file read with another key is not trusted either.
    const otherKey = VerifiedCheckpoints.open(join(file.name, '..'), Buffer.from('another-key-that-is-long-enough-012345678'));
    expect(otherKey.loadChecked(tenant).forged).toBe(true);
    otherKey.close();
    file.close();
    await store.close();
  });
});
