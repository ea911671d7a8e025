import type { StoredEvent, EventStore } from '@beslutskedjan/event-store';

/** Small enough that hashing one batch holds the event loop for milliseconds, not a tenth of a second. */
const BATCH = 200;

/**
 * Every event of one tenant (by `metadata.tenant`) after `after` in commit order, read in batches through
 * the port. Between batches it yields to the event loop, so a long walk never holds requests up for more
 * than one batch's hashing.
 */
export async function* tenantEvents(store: EventStore, tenant: string, after?: bigint, batch = BATCH): AsyncGenerator<StoredEvent> {
  let from = after !== undefined && after > 0n ? after : undefined;
  for (;;) {
    // `from` stays undefined for a first batch from the start: "from the very beginning" on every adapter.
    const events = await store.readAll(from === undefined ? { limit: batch } : { after: from, limit: batch });
    const last = events.at(-1);
    if (last === undefined) return;
    for (const event of events) if (event.metadata.tenant === tenant) yield event;
    from = last.position;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}
