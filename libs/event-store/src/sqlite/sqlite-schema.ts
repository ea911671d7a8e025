import type Database from 'better-sqlite3';

/**
 * The events table is append-only: nothing in the code base issues UPDATE or DELETE against it.
 * `position` is the global commit order; `(stream_id, revision)` enforces one writer per revision.
 */
export function createEventTables(db: Database.Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS events (
      position    INTEGER PRIMARY KEY AUTOINCREMENT,
      stream_id   TEXT    NOT NULL,
      revision    INTEGER NOT NULL,
      event_id    TEXT    NOT NULL UNIQUE,
      type        TEXT    NOT NULL,
      data        TEXT    NOT NULL,
      metadata    TEXT    NOT NULL,
      occurred_at TEXT    NOT NULL,
      UNIQUE (stream_id, revision)
    );
  `);
}

/** WAL with synchronous=FULL: a committed decision survives power loss, readers never block the writer. */
export function applyDurablePragmas(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 10000');
  db.pragma('foreign_keys = ON');
}
