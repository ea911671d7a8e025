import type { SqliteEventStore } from '@beslutskedjan/event-store';
import { now } from './stats.js';
import { policyStreamEvent, seedStreamId } from './fixtures.js';

export interface SeedOptions {
  /** Events per policy stream, all appended in one call (one transaction). */
  streamLength: number;
  /** Prefix of the seeded policy ids (a-z, 0-9, _ or -). */
  prefix: string;
  log?: (message: string) => void;
}

/** Number of events in the store (the seeded ones and any a command added). */
export const countEvents = (store: SqliteEventStore): number =>
  (store.database.prepare('SELECT COUNT(*) AS n FROM events').get() as { n: number }).n;

/**
 * Fills the store up to `total` events through `SqliteEventStore.append`, one whole policy stream
 * (draft/adopt pairs) per call, so the seed costs one fsync per `streamLength` events.
 */
export async function seedTo(store: SqliteEventStore, total: number, options: SeedOptions): Promise<{ events: number; seconds: number }> {
  const start = now();
  let count = countEvents(store);
  // The starting count makes the policy ids of a later top-up distinct from the earlier ones.
  const base = `${options.prefix}-${count}`;
  let stream = 0;
  let nextReport = count + 100_000;
  while (count < total) {
    const length = Math.min(options.streamLength, total - count);
    const policyId = `${base}-${stream++}`;
    const events = Array.from({ length }, (_, i) => policyStreamEvent(policyId, i));
    await store.append(seedStreamId(policyId), events, 'no_stream');
    count += length;
    if (count >= nextReport) {
      options.log?.(`seeded ${count.toLocaleString('en')} / ${total.toLocaleString('en')} events`);
      nextReport += 100_000;
    }
  }
  // Fold the WAL into the database file so every later phase starts from the same state.
  store.database.pragma('wal_checkpoint(TRUNCATE)');
  return { events: count, seconds: (now() - start) / 1000 };
}
