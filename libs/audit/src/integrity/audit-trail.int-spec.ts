import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EventMetadata, computeEventHash, SqliteEventStore } from '@beslutskedjan/event-store';
import { boardStreamId } from '@beslutskedjan/board';
import { policyStreamId } from '@beslutskedjan/policy';
import legacySubmission from '../fixtures/application-submitted.v0.json' with { type: 'json' };
import { writePolicyAndBoardHistory } from '../testing/write-history.js';
import { auditSealStreamId } from './audit-seal.events.js';
import { sealAuditTrail } from './seal-audit-trail.js';
import { verifyAuditTrail } from './verify-audit-trail.js';
import { VerifiedCheckpoints } from './verified-checkpoint.js';

const TENANT = 't1';
const POLICY = policyStreamId(TENANT, 'asf');
const BOARD = boardStreamId(TENANT);
const dir = mkdtempSync(join(tmpdir(), 'beslutskedjan-audit-'));
const original = join(dir, 'events.sqlite');
let copies = 0;

interface Row {
  position: number;
  data: string;
  metadata: string;
}

/** A fresh copy of the sealed original, to tamper with directly in SQLite. */
async function copy(): Promise<SqliteEventStore> {
  const file = join(dir, `copy-${copies++}.sqlite`);
  const source = SqliteEventStore.open(original);
  source.database.exec(`VACUUM INTO '${file}'`);
  await source.close();
  return SqliteEventStore.open(file);
}

const row = (store: SqliteEventStore, streamId: string, revision: number): Row => {
  const found = store.database
    .prepare<[string, number], Row>('SELECT position, data, metadata FROM events WHERE stream_id = ? AND revision = ?')
    .get(streamId, revision);
  if (!found) throw new Error(`no ${streamId}@${revision}`);
  return found;
};

describe('Audit trail integrity (SQLite file, tampered directly)', () => {
  let sealPosition: string;

  beforeAll(async () => {
    const store = SqliteEventStore.open(original);
    await writePolicyAndBoardHistory(store, TENANT);
    await writePolicyAndBoardHistory(store, 'other');
    const sealed = await sealAuditTrail(store, TENANT, '2026-11-23T02:00:00.000Z');
    // The policy, the board and the chain's genesis.
    expect(sealed).toMatchObject({ sealed: true, sealedStreams: 3 });
    sealPosition = sealed.position!;
    await store.close();
  });

  it('given an untouched log, then it verifies: every event hashed and chained, the seal in place', async () => {
    const store = await copy();
    const report = await verifyAuditTrail(store, TENANT);
    expect(report).toMatchObject({ ok: true, checkedEvents: 13, checkedStreams: 4, unhashed: 0, breakCount: 0 });
    expect(report.firstBreak).toBeUndefined();
    expect(report.seals).toMatchObject({
      count: 1,
      upToPosition: expect.any(String),
      lastSealHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    await store.close();
  });

  it('when nothing changed since the last seal, then no new seal is written; after a change, only the changed stream is sealed', async () => {
    const store = await copy();
    expect(await sealAuditTrail(store, TENANT, '2026-11-24T02:00:00.000Z')).toMatchObject({ sealed: false, seal: { count: 1 } });
    await writePolicyAndBoardHistory(store, TENANT, { policyId: 'lokal', board: false });
    const again = await sealAuditTrail(store, TENANT, '2026-11-24T02:00:00.000Z');
    expect(again).toMatchObject({ sealed: true, seal: { count: 2 } });
    const [, second] = await store.readStream(auditSealStreamId(TENANT));
    const heads = (second!.data as { heads: Array<{ streamId: string }> }).heads.map((h) => h.streamId);
    expect(heads).toEqual([policyStreamId(TENANT, 'lokal')]);
    expect(await verifyAuditTrail(store, TENANT)).toMatchObject({ ok: true, seals: { count: 2 } });
    await store.close();
  });

  it('(a) when one event’s data is altered, then the break names that stream, revision and position', async () => {
    const store = await copy();
    const target = row(store, POLICY, 3);
    store.database.prepare(`UPDATE events SET data = json_set(data, '$.adoptedOn', '2011-11-29') WHERE position = ?`).run(target.position);
    const report = await verifyAuditTrail(store, TENANT);
    expect(report.ok).toBe(false);
    expect(report.firstBreak).toEqual(
      expect.objectContaining({ streamId: POLICY, revision: 3, position: String(target.position), reason: 'hash_mismatch' }),
    );
    await store.close();
  });

  it('(a′) when the altered event’s hash is recomputed too, then the next event’s prevHash no longer links', async () => {
    const store = await copy();
    const [stored] = (await store.readStream(POLICY)).filter((e) => e.revision === 3);
    const data = { ...(stored!.data as object), adoptedOn: '2011-11-29' };
    const hash = computeEventHash({ ...stored!, data }, stored!.metadata.prevHash ?? '');
    store.database
      .prepare('UPDATE events SET data = ?, metadata = ? WHERE position = ?')
      .run(JSON.stringify(data), JSON.stringify({ ...stored!.metadata, hash }), Number(stored!.position));
    const report = await verifyAuditTrail(store, TENANT);
    expect(report.firstBreak).toEqual(
      expect.objectContaining({ streamId: POLICY, revision: 4, position: String(row(store, POLICY, 4).position), reason: 'chain_broken' }),
    );
    await store.close();
  });

  it('(b) when an event in the middle of a stream is deleted, then the gap is found where the stream resumes', async () => {
    const store = await copy();
    const next = row(store, POLICY, 5);
    store.database.prepare('DELETE FROM events WHERE stream_id = ? AND revision = 4').run(POLICY);
    const report = await verifyAuditTrail(store, TENANT);
    expect(report.firstBreak).toEqual(
      expect.objectContaining({ streamId: POLICY, revision: 5, position: String(next.position), reason: 'revision_gap' }),
    );
    expect(report.firstBreak!.detail).toContain('Revision 4 saknas');
    await store.close();
  });

  it('(c) when a whole stream is deleted, then the seal names it as missing', async () => {
    const store = await copy();
    store.database.prepare('DELETE FROM events WHERE stream_id = ?').run(BOARD);
    const report = await verifyAuditTrail(store, TENANT);
    expect(report.ok).toBe(false);
    expect(report.firstBreak).toEqual(
      expect.objectContaining({ streamId: BOARD, revision: 2, position: sealPosition, reason: 'sealed_event_missing' }),
    );
    await store.close();
  });

  it('(c′) when a stream is cut short, then the seal names the missing head', async () => {
    const store = await copy();
    store.database.prepare('DELETE FROM events WHERE stream_id = ? AND revision = 7').run(POLICY);
    const report = await verifyAuditTrail(store, TENANT);
    expect(report.firstBreak).toEqual(
      expect.objectContaining({ streamId: POLICY, revision: 7, position: sealPosition, reason: 'sealed_event_missing' }),
    );
    await store.close();
  });

  it('(d) when two events of a stream swap data and metadata (reordered), then the first of them breaks', async () => {
    const store = await copy();
    const [five, six] = [row(store, POLICY, 5), row(store, POLICY, 6)];
    const swap = store.database.prepare('UPDATE events SET data = ?, metadata = ? WHERE position = ?');
    store.database.transaction(() => {
      swap.run(six.data, six.metadata, five.position);
      swap.run(five.data, five.metadata, six.position);
    })();
    const report = await verifyAuditTrail(store, TENANT);
    expect(report.firstBreak).toEqual(
      expect.objectContaining({ streamId: POLICY, revision: 5, position: String(five.position), reason: 'hash_mismatch' }),
    );
    // 7 no longer links either: its prevHash names the original 6.
    expect(report.breaks.map((b) => [b.revision, b.reason])).toEqual([
      [5, 'hash_mismatch'],
      [6, 'hash_mismatch'],
      [7, 'chain_broken'],
    ]);
    await store.close();
  });

  it('when the hash of a stream’s head is stripped, then it is reported missing', async () => {
    const store = await copy();
    const head = row(store, BOARD, 2);
    store.database
      .prepare(`UPDATE events SET metadata = json_remove(metadata, '$.hash', '$.prevHash') WHERE position = ?`)
      .run(head.position);
    const report = await verifyAuditTrail(store, TENANT);
    expect(report.firstBreak).toEqual(expect.objectContaining({ streamId: BOARD, revision: 2, reason: 'hash_missing' }));
    await store.close();
  });

  it('given events written before hashing existed, then they are reported as unhashed, not as tampering, and new events chain on', async () => {
    const store = SqliteEventStore.open(join(dir, 'legacy.sqlite'));
    const { streamId, eventId, type, data, metadata } = legacySubmission;
    await store.append(streamId, [{ eventId, type, data, metadata: metadata as EventMetadata }], 'no_stream');
    await writePolicyAndBoardHistory(store, 'demo');
    // 11 events of history, the legacy one, and the genesis written before the first hashed event.
    expect(await verifyAuditTrail(store, 'demo')).toMatchObject({ ok: true, unhashed: 1, checkedEvents: 13, checkedStreams: 4 });
    expect(await sealAuditTrail(store, 'demo', '2026-11-23T02:00:00.000Z')).toMatchObject({ sealed: true, sealedStreams: 4 });
    expect(await verifyAuditTrail(store, 'demo')).toMatchObject({ ok: true, unhashed: 1 });
    await store.close();
  });

  it('refuses to seal a broken log', async () => {
    const store = await copy();
    store.database.prepare('DELETE FROM events WHERE stream_id = ? AND revision = 1').run(POLICY);
    await expect(sealAuditTrail(store, TENANT, '2026-11-24T02:00:00.000Z')).rejects.toMatchObject({ code: 'AUDIT_TRAIL_BROKEN' });
    await store.close();
  });

  it('when a stream of unhashed events is inserted after the genesis, then it is found, not taken for history from before hashing', async () => {
    const store = await copy();
    const { eventId, type, data, metadata } = legacySubmission;
    await store.append(
      't1/application-inserted',
      [{ eventId, type, data, metadata: { ...(metadata as EventMetadata), tenant: TENANT } }],
      'no_stream',
    );
    const report = await verifyAuditTrail(store, TENANT);
    expect(report.firstBreak).toEqual(
      expect.objectContaining({ streamId: 't1/application-inserted', revision: 0, reason: 'unhashed_after_genesis' }),
    );
    expect(report.unhashed).toBe(0);
    await store.close();
  });

  it('given a verified checkpoint, when a stream’s last unsealed event is deleted, then both the incremental and the full run find it', async () => {
    const store = await copy();
    const checkpoints = VerifiedCheckpoints.inMemory();
    await writePolicyAndBoardHistory(store, TENANT, { policyId: 'lokal', board: false });
    const first = await verifyAuditTrail(store, TENANT, { checkpoints });
    expect(first).toMatchObject({ ok: true, mode: 'incremental' });
    expect(first.checkedEvents).toBeGreaterThan(0);
    // Nothing new: the next run walks nothing.
    expect(await verifyAuditTrail(store, TENANT, { checkpoints })).toMatchObject({ ok: true, checkedEvents: 0 });

    const local = policyStreamId(TENANT, 'lokal');
    const last = (await store.readStream(local)).at(-1)!;
    store.database.prepare('DELETE FROM events WHERE position = ?').run(Number(last.position));
    const incremental = await verifyAuditTrail(store, TENANT, { checkpoints });
    expect(incremental.firstBreak).toEqual(
      expect.objectContaining({ streamId: local, revision: last.revision, reason: 'verified_event_missing' }),
    );
    const full = await verifyAuditTrail(store, TENANT, { checkpoints, full: true });
    expect(full).toMatchObject({ ok: false, mode: 'full' });
    expect(full.breaks.map((b) => b.reason)).toContain('verified_event_missing');
    await store.close();
  });

  it('given keyed seals, then a seal written without the key is refused as unkeyed or forged, and each seal’s digest is published', async () => {
    const store = await copy();
    const key = Buffer.from('a-seal-key-kept-outside-the-database-0123');
    const digestDir = join(dir, `digests-${copies}`);
    await writePolicyAndBoardHistory(store, TENANT, { policyId: 'nyckel', board: false });
    const keyed = await sealAuditTrail(store, TENANT, '2026-11-24T02:00:00.000Z', undefined, { key, digestDir });
    expect(keyed.sealed).toBe(true);
    const digest = readFileSync(join(digestDir, '2026-11-24.txt'), 'utf8');
    expect(digest).toContain(`sealHash=${keyed.seal.lastSealHash}`);
    expect(await verifyAuditTrail(store, TENANT, { key })).toMatchObject({ ok: true, sealsKeyChecked: true });

    // A database writer makes a seal of their own: correctly chained and hashed, but without the key.
    await writePolicyAndBoardHistory(store, TENANT, { policyId: 'forged', board: false });
    const unkeyed = await sealAuditTrail(store, TENANT, '2026-11-25T02:00:00.000Z');
    expect(unkeyed.sealed).toBe(true);
    const report = await verifyAuditTrail(store, TENANT, { key });
    expect(report.breaks.map((b) => b.reason)).toEqual(['seal_unkeyed']);
    const wrongKey = await verifyAuditTrail(store, TENANT, { key: Buffer.from('another-key-that-is-long-enough-012345678') });
    expect(wrongKey.breaks.map((b) => b.reason)).toContain('seal_forged');
    await store.close();
  });
});
