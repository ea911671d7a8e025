import { Observable } from 'rxjs';
import type { StoredEvent, EventStore } from '@beslutskedjan/event-store';
import type { StreamFeed } from './stream-feed.js';

/** What a live client receives: the stream's events, and once, where the catch-up ended. */
export type FollowedItem =
  | { kind: 'event'; event: StoredEvent }
  /** Everything of the stream up to `position` has been delivered or was already known to the client. */
  | { kind: 'ready'; position: bigint };

/**
 * One stream's events after `after`, then live, with no gap and no duplicate: the live listener is
 * registered before the history is read, what it hears meanwhile is held, and the two are merged
 * by position. Without `after` the history is skipped: the client reads the current state with
 * `minPosition` set to the `ready` position and applies only what follows.
 */
export function catchUpThenFollow(
  feed: StreamFeed,
  store: Pick<EventStore, 'readStream'>,
  streamId: string,
  after: bigint | null,
): Observable<FollowedItem> {
  return new Observable<FollowedItem>((subscriber) => {
    let live = false;
    const held: StoredEvent[] = [];
    let last = after ?? 0n;
    const deliver = (event: StoredEvent) => {
      if (event.position <= last) return;
      last = event.position;
      subscriber.next({ kind: 'event', event });
    };
    const unwatch = feed.watch(streamId, (event) => (live ? deliver(event) : held.push(event)));
    store.readStream(streamId).then(
      (history) => {
        if (subscriber.closed) return;
        if (after === null) {
          const newest = history.at(-1)?.position ?? 0n;
          if (newest > last) last = newest;
        } else {
          for (const event of history) deliver(event);
        }
        subscriber.next({ kind: 'ready', position: last });
        for (const event of held.splice(0)) deliver(event);
        live = true;
      },
      (error: unknown) => subscriber.error(error),
    );
    return unwatch;
  });
}
