import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';

/**
 * The checkpointing thread: its own connections to the same files, a PASSIVE checkpoint per tick
 * (copies what it can, never waits for readers or writers). Plain CommonJS, so it runs the same
 * from compiled code and under the test runner.
 */
const THREAD = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const dbs = workerData.files.map((file) => new Database(file));
const tick = () => {
  for (const db of dbs) {
    try { db.pragma('wal_checkpoint(PASSIVE)'); } catch (error) { parentPort.postMessage(String(error)); }
  }
};
const timer = setInterval(tick, workerData.intervalMs);
parentPort.once('message', () => { clearInterval(timer); tick(); for (const db of dbs) db.close(); parentPort.close(); });
`;

/** SQLite's own threshold, restored if the thread cannot run: checkpoint inline every ~4 MB of WAL. */
const INLINE_PAGES = 1000;

/**
 * Moves WAL checkpoints off the event loop. Inline, SQLite checkpoints inside whichever commit
 * crosses the threshold: copying the WAL into the database and fsyncing it held one live
 * projection batch or append for tens of milliseconds, which was the HTTP benchmark's p99. Here
 * the main connections never checkpoint, and a worker thread does it every `intervalMs` (a
 * second: every 200 ms cost throughput, its fsyncs queueing with the commits' own). If the
 * thread cannot start or dies, the connections go back to checkpointing inline.
 */
export class BackgroundCheckpoint {
  private constructor(
    private readonly worker: Worker,
    private readonly dbs: readonly Database.Database[],
  ) {}

  static start(
    dbs: readonly Database.Database[],
    intervalMs = 1000,
    onProblem: (message: string) => void = () => {},
  ): BackgroundCheckpoint | null {
    const files = dbs.filter((db) => !db.memory).map((db) => db.name);
    if (files.length === 0) return null;
    let worker: Worker;
    try {
      worker = new Worker(THREAD, { eval: true, workerData: { driver: driverPath(), files, intervalMs } });
    } catch (error) {
      onProblem(`checkpoints stay inline: ${(error as Error).message}`);
      return null;
    }
    const inline = () => {
      for (const db of dbs) if (db.open) db.pragma(`wal_autocheckpoint = ${INLINE_PAGES}`);
    };
    worker.on('message', (message: string) => onProblem(`checkpoint: ${message}`));
    worker.on('error', (error) => {
      onProblem(`checkpoint thread failed, checkpoints go back inline: ${error.message}`);
      inline();
    });
    worker.unref();
    for (const db of dbs) db.pragma('wal_autocheckpoint = 0');
    return new BackgroundCheckpoint(worker, dbs);
  }

  /** One last checkpoint, then the thread ends; connections still open go back to inline checkpoints. */
  async stop(): Promise<void> {
    const ended = new Promise<void>((resolve) => this.worker.once('exit', () => resolve()));
    this.worker.postMessage('stop');
    await ended;
    for (const db of this.dbs) if (db.open) db.pragma(`wal_autocheckpoint = ${INLINE_PAGES}`);
  }
}

/** better-sqlite3 as the running program resolves it (the entry script's node_modules, else the working directory's). */
function driverPath(): string {
  const from = process.argv[1] ?? join(process.cwd(), 'index.js');
  try {
    return createRequire(from).resolve('better-sqlite3');
  } catch {
    return createRequire(join(process.cwd(), 'index.js')).resolve('better-sqlite3');
  }
}
