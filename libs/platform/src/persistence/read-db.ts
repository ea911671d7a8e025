import { privateFile } from '@beslutskedjan/shared';
import { join } from 'node:path';
import Database from 'better-sqlite3';

/**
 * Each process keeps its own read models (they are rebuildable from the log), so API and worker
 * never contend for projection checkpoints. NORMAL sync is enough: a lost tail is replayed.
 */
export function openReadDb(dataDir: string, processName: string): Database.Database {
  const db = new Database(privateFile(join(dataDir, `read-models-${processName}.sqlite`)));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  // Checkpoint every ~40 MB of WAL instead of 4 MB: fewer fsyncs while projections write (5 % of a
  // rebuild). A running API or worker checkpoints on a thread of its own (BackgroundCheckpoint).
  db.pragma('wal_autocheckpoint = 10000');
  db.pragma('busy_timeout = 10000');
  return db;
}
