import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { type NewEvent, type StoredEvent, SqliteEventStore } from '@beslutskedjan/event-store';
import type { Projection } from './projection.js';
import { ProjectionRunner } from './projection-runner.js';

const dir = mkdtempSync(join(tmpdir(), 'beslutskedjan-proj-'));
let fileNo = 0;
const freshFiles = () => ({ events: join(dir, `ev-${fileNo}.sqlite`), reads: join(dir, `rm-${fileNo++}.sqlite`) });

const event = (n: number, tenant = 'demo'): NewEvent => ({
  eventId: `e-${tenant}-${n}`,
  type: n % 2 === 0 ? 'Even' : 'Odd',
  data: { n },
  metadata: {
    tenant,
    actor: { userId: 'u', role: 'director' },
    correlationId: 'c',
    causationId: null,
    occurredAt: '2026-01-01T00:00:00.000Z',
    schemaVersion: 1,
  },
});

/** A small read model: per tenant and type, how many events and the sum of n. */
const tally = (version = 1, failAt?: number): Projection => ({
  name: 'tally',
  version,
  tables: ['tally'],
  init: (db) => db.exec('CREATE TABLE tally (tenant TEXT, type TEXT, count INTEGER, total INTEGER, PRIMARY KEY (tenant, type))'),
  apply: (db, e: StoredEvent) => {
    const { n } = e.data as { n: number };
    if (n === failAt) throw new Error(`simulated crash at ${n}`);
    db.prepare(
      `INSERT INTO tally VALUES (?, ?, 1, ?) ON CONFLICT(tenant, type) DO UPDATE SET count = count + 1, total = total + excluded.total`,
    ).run(e.metadata.tenant, e.type, n);
  },
});

const rows = (db: Database.Database) => db.prepare('SELECT * FROM tally ORDER BY tenant, type').all();

/**
 * Appends issued together share one group commit (one fsync), in the order issued: the test's time no
 * longer depends on how fast the disk syncs 2,500 separate transactions.
 */
async function seed(store: SqliteEventStore, count: number, from = 0): Promise<void> {
  const appends: Array<Promise<unknown>> = [];
  for (let n = from; n < from + count; n++) appends.push(store.append(`demo/s-${n % 7}`, [event(n)], 'any'));
  await Promise.all(appends);
}

describe('ProjectionRunner', () => {
  it('given events in the store, when catching up, then the read model and checkpoint are persisted in SQLite', async () => {
    const files = freshFiles();
    const store = SqliteEventStore.open(files.events);
    await seed(store, 2500);
    const db = new Database(files.reads);
    const runner = new ProjectionRunner(store, db, [tally()]);
    expect(await runner.catchUp()).toBe(2500);
    db.close();

    const reopened = new Database(files.reads);
    expect(rows(reopened)).toEqual([
      { tenant: 'demo', type: 'Even', count: 1250, total: 1561250 },
      { tenant: 'demo', type: 'Odd', count: 1250, total: 1562500 },
    ]);
    const checkpoint = reopened.prepare('SELECT position FROM projection_checkpoints WHERE name = ?').get('tally') as { position: number };
    expect(BigInt(checkpoint.position)).toBe(await store.headPosition());
    reopened.close();
    await store.close();
  });

  it('given no projections, when catching up, then it returns at once instead of reading forever', async () => {
    const files = freshFiles();
    const store = SqliteEventStore.open(files.events);
    await seed(store, 3);
    const db = new Database(files.reads);
    await expect(new ProjectionRunner(store, db, []).catchUp()).resolves.toBe(0);
    db.close();
    await store.close();
  });

  it('given a crash mid-way, when restarted, then it resumes from the checkpoint and matches a full rebuild', async () => {
    const files = freshFiles();
    const store = SqliteEventStore.open(files.events);
    await seed(store, 2500);

    const crashing = new Database(files.reads);
    // Event 1700 sits in the second batch: the first batch (1000 events) must stay committed.
    await expect(new ProjectionRunner(store, crashing, [tally(1, 1700)]).catchUp()).rejects.toThrow('simulated crash at 1700');
    const afterCrash = crashing.prepare('SELECT position FROM projection_checkpoints').get() as { position: number };
    expect(afterCrash.position).toBe(1000);
    expect((crashing.prepare('SELECT SUM(count) AS c FROM tally').get() as { c: number }).c).toBe(1000);
    crashing.close();

    const resumedDb = new Database(files.reads);
    const resumed = new ProjectionRunner(store, resumedDb, [tally()]);
    expect(await resumed.catchUp()).toBe(1500);

    const rebuiltDb = new Database(join(dir, `rebuild-${fileNo++}.sqlite`));
    await new ProjectionRunner(store, rebuiltDb, [tally()]).catchUp();
    expect(rows(resumedDb)).toEqual(rows(rebuiltDb));
    resumedDb.close();
    rebuiltDb.close();
    await store.close();
  });

  it('given a bumped version, when started, then the projection is dropped and rebuilt from the start', async () => {
    const files = freshFiles();
    const store = SqliteEventStore.open(files.events);
    await seed(store, 10);
    const db = new Database(files.reads);
    await new ProjectionRunner(store, db, [tally(1)]).catchUp();
    db.prepare("UPDATE tally SET count = 999 WHERE type = 'Odd'").run(); // stale rows a rebuild must discard

    const rebuilt = new ProjectionRunner(store, db, [tally(2)]);
    expect(rebuilt.position).toBe(0n);
    expect(await rebuilt.catchUp()).toBe(10);
    expect(rows(db)).toEqual([
      { tenant: 'demo', type: 'Even', count: 5, total: 20 },
      { tenant: 'demo', type: 'Odd', count: 5, total: 25 },
    ]);
    db.close();
    await store.close();
  });

  it('given a live runner, when a command writes, then a query can wait for that position (read-your-writes)', async () => {
    const files = freshFiles();
    const store = SqliteEventStore.open(files.events);
    const db = new Database(files.reads);
    const runner = new ProjectionRunner(store, db, [tally()]);
    await runner.start();
    const { position } = await store.append('demo/s-x', [event(41)], 'no_stream');
    await expect(runner.waitFor(position, 2000)).resolves.toBe(true);
    expect(rows(db)).toEqual([{ tenant: 'demo', type: 'Odd', count: 1, total: 41 }]);
    await expect(runner.waitFor(position + 100n, 50)).resolves.toBe(false);
    await runner.stop();
    db.close();
    await store.close();
  });

  it('given the store drops its subscription, then the runner stays live and applies what came after', async () => {
    const files = freshFiles();
    const store = SqliteEventStore.open(files.events);
    const db = new Database(files.reads);
    const runner = new ProjectionRunner(store, db, [tally()]);
    await runner.start();
    const first = await store.append('demo/s-d', [event(1)], 'no_stream');
    await expect(runner.waitFor(first.position, 2000)).resolves.toBe(true);
    store.dropSubscriptions();
    const second = await store.append('demo/s-d', [event(3)], 0);
    await expect(runner.waitFor(second.position, 2000)).resolves.toBe(true);
    expect(runner.status().state).toBe('live');
    expect(rows(db)).toEqual([{ tenant: 'demo', type: 'Odd', count: 2, total: 4 }]);
    await runner.stop();
    db.close();
    await store.close();
  });

  it('given a projection that fails live, then the runner reports failed and waiting queries are told', async () => {
    const files = freshFiles();
    const store = SqliteEventStore.open(files.events);
    const db = new Database(files.reads);
    const runner = new ProjectionRunner(store, db, [tally(1, 3)]);
    await runner.start();
    const { position } = await store.append('demo/s-y', [event(3)], 'no_stream');
    await expect(runner.waitFor(position, 2000)).rejects.toThrow('simulated crash at 3');
    expect(runner.status().state).toBe('failed');
    await runner.stop();
    db.close();
    await store.close();
  });
});
