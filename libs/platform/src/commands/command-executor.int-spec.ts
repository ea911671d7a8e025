import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '../../../event-store/src/sqlite/sqlite-event-store.js';
import { Upcasters } from '../../../event-store/src/upcasting.js';
import { caseNumberOf, caseRegisterDecider } from '../../../application/src/case-register/assign-case-number.js';
import { CASE_REGISTER_EVENT_SCHEMA_VERSIONS } from '../../../application/src/application.events.js';
import { CommandExecutor, type CommandContext } from './command-executor.js';

const dir = mkdtempSync(join(tmpdir(), 'beslutskedjan-executor-'));
const now = '2026-11-30T09:00:00.000Z';
const context = (): CommandContext => ({
  tenant: 't',
  actor: { userId: 'anna', role: 'director' },
  now,
  correlationId: randomUUID(),
  causationId: null,
});
const assign = (executor: CommandExecutor, streamId: string, applicationId: string) =>
  executor.execute({
    streamId,
    decider: caseRegisterDecider,
    command: { type: 'AssignCaseNumber', data: { applicationId, year: 2026 }, metadata: { now, actor: { userId: 'anna', role: 'director' }, tenant: 't' } },
    context: context(),
    schemaVersions: CASE_REGISTER_EVENT_SCHEMA_VERSIONS,
  });

describe('CommandExecutor keeps folded streams between commands', () => {
  it('given two processes on one file, when each writes in turn, then each sees the other (no stale state, no gap, one chain)', async () => {
    const file = join(dir, 'two-processes.sqlite');
    const api = SqliteEventStore.open(file);
    const worker = SqliteEventStore.open(file);
    const inApi = new CommandExecutor(api, new Upcasters());
    const inWorker = new CommandExecutor(worker, new Upcasters());
    const stream = 't/case-register-2026';

    await assign(inApi, stream, 'app-1');
    await assign(inWorker, stream, 'app-2');
    await assign(inApi, stream, 'app-3');
    await assign(inWorker, stream, 'app-4');

    const { state, revision } = await inApi.load(stream, caseRegisterDecider);
    expect(revision).toBe(3);
    expect(['app-1', 'app-2', 'app-3', 'app-4'].map((id) => caseNumberOf(state, id))).toEqual(['2026/0001', '2026/0002', '2026/0003', '2026/0004']);
    const stored = await api.readStream(stream);
    expect(stored.map((e) => (e.data as { sequence: number }).sequence)).toEqual([1, 2, 3, 4]);
    // Each process chained onto the other's newest hash, not onto a stale one it had kept.
    const hashes = stored.map((e) => e.metadata as { hash: string; prevHash: string });
    hashes.slice(1).forEach((h, i) => expect(h.prevHash).toBe(hashes[i]!.hash));
    await api.close();
    await worker.close();
  });

  it('given a cached fold, when the same application asks again, then nothing is assigned twice', async () => {
    const store = SqliteEventStore.open(join(dir, 'again.sqlite'));
    const executor = new CommandExecutor(store, new Upcasters());
    const stream = 't/case-register-2026';
    await assign(executor, stream, 'app-1');
    await assign(executor, stream, 'app-2');
    const again = await assign(executor, stream, 'app-1');
    expect(again.events).toEqual([]);
    expect(await store.readStream(stream)).toHaveLength(2);
    await store.close();
  });

  it('given a cached fold, when 20 submissions race, then the numbers are gapless and each is assigned once', async () => {
    const store = SqliteEventStore.open(join(dir, 'race.sqlite'));
    const executor = new CommandExecutor(store, new Upcasters());
    const stream = 't/case-register-2026';
    await assign(executor, stream, 'warm-up');
    await Promise.all(Array.from({ length: 20 }, (_, i) => assign(executor, stream, `app-${i}`)));
    const sequences = (await store.readStream(stream)).map((e) => (e.data as { sequence: number }).sequence);
    expect(sequences).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
    await store.close();
  });
});
