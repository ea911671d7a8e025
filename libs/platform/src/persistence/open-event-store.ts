import type { AppConfig } from '../config/app-config.js';
import { type EventStore, SqliteEventStore, KurrentDbEventStore } from '@beslutskedjan/event-store';

/** The adapter is chosen by configuration only: KURRENTDB_URL set means KurrentDB, else embedded SQLite. */
export async function openEventStore(config: AppConfig): Promise<EventStore> {
  return config.eventStore.kind === 'kurrentdb'
    ? KurrentDbEventStore.connect(config.eventStore.url)
    : SqliteEventStore.open(config.eventStore.file);
}
