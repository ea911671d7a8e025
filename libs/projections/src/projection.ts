import type Database from 'better-sqlite3';
import type { StoredEvent } from '@beslutskedjan/event-store';

/**
 * A read model kept in SQLite. `apply` runs inside the runner's transaction, together with the
 * checkpoint update, so a crash never leaves a row without its checkpoint or the reverse.
 */
export interface Projection {
  /** Stable name; the checkpoint row is keyed by it. */
  readonly name: string;
  /** Bump to drop the tables and rebuild from the first event. */
  readonly version: number;
  /** Tables owned by this projection, dropped on rebuild. */
  readonly tables: readonly string[];
  /** Creates the tables (called on an empty database or after a rebuild drop). */
  init(db: Database.Database): void;
  /** Applies one event. Must be synchronous and deterministic; ignore event types you do not use. */
  apply(db: Database.Database, event: StoredEvent): void;
}
