import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore, Upcasters, WrongExpectedRevisionError } from '@beslutskedjan/event-store';
import { caseNumberOf, caseRegisterDecider, CASE_REGISTER_EVENT_SCHEMA_VERSIONS } from '@beslutskedjan/application';
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
const assign = (
  executor: CommandExecutor,
  streamId: string,
  applicationId: string,
  options: { year?: number; expectedRevision?: number } = {},
) =>
  executor.execute({
    streamId,
    decider: caseRegisterDecider,
    command: {
      type: 'AssignCaseNumber',
      data: { applicationId, year: options.year ?? 2026 },
      metadata: { now, actor: { userId: 'anna', role: 'director' }, tenant: 't' },
    },
    context: { ...context(), expectedRevision: options.expectedRevision },
    schemaVersions: CASE_REGISTER_EVENT_SCHEMA_VERSIONS,
  });
const sequencesIn = async (store: SqliteEventStore, stream: string) =>
  (await store.readStream(stream)).map((e) => (e.data as { sequence: number }).sequence);

/** The real store, counting the append calls that reach it; `beforeBatch` runs once, before the first append of several events. */
function countingAppends(store: SqliteEventStore, beforeBatch?: () => Promise<void>) {
  const calls: number[] = [];
  const append = store.append.bind(store);
  let interfered = false;
  store.append = async (streamId, events, expected) => {
    calls.push(events.length);
    if (beforeBatch && events.length > 1 && !interfered) {
      interfered = true;
      await beforeBatch();
    }
    return append(streamId, events, expected);
  };
  return calls;
}

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
    expect(['app-1', 'app-2', 'app-3', 'app-4'].map((id) => caseNumberOf(state, id))).toEqual([
      '2026/0001',
      '2026/0002',
      '2026/0003',
      '2026/0004',
    ]);
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

  it('given 20 submissions at once, then they are decided in turn and written together: gapless, each once, in few appends', async () => {
    const store = SqliteEventStore.open(join(dir, 'race.sqlite'));
    const executor = new CommandExecutor(store, new Upcasters());
    const stream = 't/case-register-2026';
    const appends = countingAppends(store);
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => assign(executor, stream, `app-${i}`)));
    expect(await sequencesIn(store, stream)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    // The tenant's chain genesis comes first (its first hashed event); then the first command goes alone,
    // and the other 19 queued meanwhile share the next append.
    expect(appends).toEqual([1, 1, 19]);
    // Each caller learns its own revision, and a position at or after its write.
    expect(results.map((r) => r.revision)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    const stored = await store.readStream(stream);
    results.forEach((r, i) => expect(BigInt(r.position) >= stored[i]!.position).toBe(true));
    await store.close();
  });

  it('given a batch, when one command breaks a rule or holds a stale If-Match, then only that caller is refused', async () => {
    const store = SqliteEventStore.open(join(dir, 'refused.sqlite'));
    const executor = new CommandExecutor(store, new Upcasters());
    const stream = 't/case-register-2026';
    const outcomes = await Promise.allSettled([
      assign(executor, stream, 'app-1'),
      assign(executor, stream, 'app-2'),
      assign(executor, stream, 'app-wrong-year', { year: 2027 }),
      assign(executor, stream, 'app-stale', { expectedRevision: 0 }),
      assign(executor, stream, 'app-3'),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'rejected', 'fulfilled']);
    expect((outcomes[2] as PromiseRejectedResult).reason).toMatchObject({ code: 'INVALID_INPUT' });
    expect((outcomes[3] as PromiseRejectedResult).reason).toBeInstanceOf(WrongExpectedRevisionError);
    expect(await sequencesIn(store, stream)).toEqual([1, 2, 3]);
    await store.close();
  });

  it('given a batch, when another process writes first, then each command is retried alone and still lands once, gapless', async () => {
    const file = join(dir, 'other-process.sqlite');
    const store = SqliteEventStore.open(file);
    const other = SqliteEventStore.open(file);
    const executor = new CommandExecutor(store, new Upcasters());
    const stream = 't/case-register-2026';
    await assign(executor, stream, 'app-0');
    // Just before the batch's append reaches the file, the worker process takes the next number.
    const appends = countingAppends(store, async () => {
      await assign(new CommandExecutor(other, new Upcasters()), stream, 'from-worker');
    });
    await Promise.all(Array.from({ length: 6 }, (_, i) => assign(executor, stream, `app-${i + 1}`)));
    expect(await sequencesIn(store, stream)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const state = (await executor.load(stream, caseRegisterDecider)).state;
    expect(caseNumberOf(state, 'from-worker')).toBe('2026/0002');
    // All six queued together, the batch was refused (the worker got there first), then each went alone.
    expect(appends).toEqual([6, 1, 1, 1, 1, 1, 1]);
    await store.close();
    await other.close();
  });
});
