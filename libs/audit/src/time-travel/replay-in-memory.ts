import Database from 'better-sqlite3';
import type { StoredEvent } from '@beslutskedjan/event-store';
import type { Projection } from '@beslutskedjan/projections';

/**
 * Applies past facts to a read model in a private in-memory database and reads the view from it:
 * the view of the past has exactly the shape of today's, by the same code. Events in commit order.
 */
export function replayInMemory<T>(projection: Projection, events: readonly StoredEvent[], read: (db: Database.Database) => T): T {
  const db = new Database(':memory:');
  try {
    projection.init(db);
    const ordered = [...events].sort((a, b) => (a.position < b.position ? -1 : a.position > b.position ? 1 : 0));
    db.transaction(() => ordered.forEach((e) => projection.apply(db, e)))();
    return read(db);
  } finally {
    db.close();
  }
}
