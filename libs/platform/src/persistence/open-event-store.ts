import type { AppConfig } from '../config/app-config.js';
import type { EventStore } from '../../../event-store/src/event-store.port.js';
import { SqliteEventStore } from '../../../event-store/src/sqlite/sqlite-event-store.js';
import { KurrentDbEventStore } from '../../../event-store/src/kurrentdb/kurrentdb-event-store.js';

/** The adapter is chosen by configuration only: KURRENTDB_URL set means KurrentDB, else embedded SQLite. */
export async function openEventStore(config: AppConfig): Promise<EventStore> {
  return config.eventStore.kind === 'kurrentdb'
    ? KurrentDbEventStore.connect(config.eventStore.url)
    : SqliteEventStore.open(config.eventStore.file);
}
