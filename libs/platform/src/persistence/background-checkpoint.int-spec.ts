import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { BackgroundCheckpoint } from './background-checkpoint.js';

const dir = mkdtempSync(join(tmpdir(), 'beslutskedjan-checkpoint-'));

/** Polls until `done` (a background thread's effect), at most `ms`. */
async function eventually(done: () => boolean, ms = 5000): Promise<boolean> {
  const until = Date.now() + ms;
  while (!done() && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 10));
  return done();
}

describe('BackgroundCheckpoint', () => {
  it('given a WAL database, when rows are committed, then a thread of its own copies them into the file and the connection never checkpoints inline', async () => {
    const file = join(dir, 'wal.sqlite');
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.exec('CREATE TABLE t (x TEXT)');
    db.pragma('wal_checkpoint(TRUNCATE)');
    const problems: string[] = [];
    const checkpoint = BackgroundCheckpoint.start([db], 20, (m) => problems.push(m));
    expect(checkpoint).not.toBeNull();
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);

    const before = statSync(file).size;
    const insert = db.prepare('INSERT INTO t VALUES (?)');
    db.transaction(() => {
      for (let i = 0; i < 2000; i++) insert.run('x'.repeat(1000));
    })();
    // 2 MB sit in the WAL until the thread copies them into the database file.
    expect(await eventually(() => statSync(file).size > before + 1_500_000)).toBe(true);

    await checkpoint!.stop();
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    expect(problems).toEqual([]);
    expect(db.prepare('SELECT COUNT(*) AS n FROM t').get()).toEqual({ n: 2000 });
    db.close();
  });

  it('given only in-memory databases, then there is nothing to start', () => {
    const db = new Database(':memory:');
    expect(BackgroundCheckpoint.start([db])).toBeNull();
    db.close();
  });
});
