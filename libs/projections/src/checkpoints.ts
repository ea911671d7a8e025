import type Database from 'better-sqlite3';

export interface Checkpoint {
  name: string;
  version: number;
  /** Global position of the last event applied; 0 before the first. */
  position: bigint;
}

/** Checkpoints live in the read-model database so they commit in the same transaction as the rows. */
export class CheckpointTable {
  private readonly get;
  private readonly put;

  constructor(db: Database.Database) {
    db.exec(`CREATE TABLE IF NOT EXISTS projection_checkpoints (
      name TEXT PRIMARY KEY, version INTEGER NOT NULL, position INTEGER NOT NULL, updated_at TEXT NOT NULL)`);
    this.get = db.prepare<[string], { name: string; version: number; position: number }>(
      'SELECT name, version, position FROM projection_checkpoints WHERE name = ?',
    );
    this.put = db.prepare<[string, number, number, string]>(
      `INSERT INTO projection_checkpoints (name, version, position, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT(name) DO UPDATE SET version = excluded.version, position = excluded.position, updated_at = excluded.updated_at`,
    );
  }

  read(name: string): Checkpoint | null {
    const row = this.get.get(name);
    return row ? { name: row.name, version: row.version, position: BigInt(row.position) } : null;
  }

  // The wall clock here only stamps operational metadata, never a domain fact.
  write(checkpoint: Checkpoint): void {
    this.put.run(checkpoint.name, checkpoint.version, Number(checkpoint.position), new Date().toISOString());
  }
}
