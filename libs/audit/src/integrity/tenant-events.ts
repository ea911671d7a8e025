import type { StoredEvent } from '../../../event-store/src/event.js';
import type { EventStore } from '../../../event-store/src/event-store.port.js';

const BATCH = 1000;

/** Every event of one tenant (by `metadata.tenant`) in commit order, read once in batches through the port. */
export async function* tenantEvents(store: EventStore, tenant: string, batch = BATCH): AsyncGenerator<StoredEvent> {
  let after: bigint | undefined;
  for (;;) {
    // `after` stays undefined for the first batch: "from the very beginning" on every adapter.
    const events = await store.readAll(after === undefined ? { limit: batch } : { after, limit: batch });
    const last = events.at(-1);
    if (last === undefined) return;
    for (const event of events) if (event.metadata.tenant === tenant) yield event;
    after = last.position;
  }
}
