import { WrongExpectedRevisionError } from '../errors.js';
import type { AppendResult, NewEvent } from '../event.js';
import type { EventStore } from '../event-store.port.js';
import { chainEvents, streamHeadOf } from './event-hash.js';
import { genesisBefore } from './chain-genesis.js';

const MAX_ATTEMPTS = 5;

/**
 * For writers outside the CommandExecutor (automations that would append with 'any'): reads the
 * stream's head, hash-chains the batch onto it and appends with that exact revision, retrying when
 * another writer got there first. A batch whose ids are already in the stream is not appended again.
 */
export async function appendChained(store: EventStore, streamId: string, events: readonly NewEvent[]): Promise<AppendResult> {
  // The tenant's chain has its genesis before its first hashed event (chain-genesis.ts).
  await genesisBefore(store, streamId, events);
  for (let attempt = 1; ; attempt++) {
    const stored = await store.readStream(streamId);
    const last = stored.at(-1);
    const ids = new Set(stored.map((e) => e.eventId));
    const fresh = events.filter((e) => !ids.has(e.eventId));
    if (fresh.length === 0 && last) {
      const landed = stored.filter((e) => events.some((n) => n.eventId === e.eventId)).at(-1) ?? last;
      return { nextExpectedRevision: landed.revision, position: landed.position };
    }
    const head = streamHeadOf(stored);
    try {
      return await store.append(streamId, chainEvents(streamId, head, fresh), head.revision < 0 ? 'no_stream' : head.revision);
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError) || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}
