import type { StreamHead } from '@beslutskedjan/event-store';

/** A stream folded up to `head.revision` by one decider's `evolve`. */
export interface FoldedStream<S> {
  state: S;
  head: StreamHead;
}

interface Entry {
  fold: object;
  folded: FoldedStream<unknown>;
}

/**
 * The folded state of recently used streams, so a command reads only the events appended since
 * (by any process) instead of the whole stream: a year's case register or a long meeting is
 * otherwise re-read and re-folded on every command. Safe because events are never changed and
 * deciders' states are immutable values; a hit is always brought up to date from the store.
 * Bounded, least recently used first out.
 */
export class StreamStateCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly capacity: number) {}

  /** `fold` identifies how the state was made (the decider's evolve); another fold is a miss. */
  get<S>(streamId: string, fold: object): FoldedStream<S> | undefined {
    const entry = this.entries.get(streamId);
    if (!entry || entry.fold !== fold) return undefined;
    // Re-inserting moves the stream to the young end of the map's insertion order.
    this.entries.delete(streamId);
    this.entries.set(streamId, entry);
    return entry.folded as FoldedStream<S>;
  }

  set<S>(streamId: string, fold: object, folded: FoldedStream<S>): void {
    if (this.capacity <= 0) return;
    const current = this.entries.get(streamId);
    // Two loads may race; never replace a fresher fold with an older one.
    if (current && current.fold === fold && current.folded.head.revision > folded.head.revision) return;
    this.entries.delete(streamId);
    this.entries.set(streamId, { fold, folded });
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
