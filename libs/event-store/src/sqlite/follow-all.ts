import type { EventEmitter } from 'node:events';
import { EventStoreUnavailableError } from '../errors.js';
import type { StoredEvent } from '../event.js';
import type { AllSubscription } from '../event-store.port.js';

/** How often to look for events written by another process (the API and worker share one file). */
const POLL_MS = 100;
const BATCH = 500;

interface FollowSource {
  after: bigint;
  read: (after: bigint, limit: number) => StoredEvent[];
  /** Emits 'appended' after an in-process commit, 'closed' when the store closes, 'dropped' to end followers as a lost connection would. */
  signal: EventEmitter;
}

/** Catch-up then live: reads batches, and between batches waits for a local append or the poll interval. */
export function followAll(source: FollowSource): AllSubscription {
  let closed = false;
  let wake: (() => void) | null = null;
  // Remembers a signal that arrived while a batch was being read, so it is not lost.
  let signalled = false;
  const onSignal = () => {
    signalled = true;
    wake?.();
  };
  const onClosed = () => {
    closed = true;
    wake?.();
  };
  // A dropped follower ends as if its connection was lost; the caller's resubscription carries on.
  let dropped = false;
  const onDropped = () => {
    dropped = true;
    wake?.();
  };
  source.signal.on('appended', onSignal);
  source.signal.on('closed', onClosed);
  source.signal.on('dropped', onDropped);

  const waitForMore = () =>
    new Promise<void>((resolve) => {
      if (signalled || closed || dropped) {
        signalled = false;
        return resolve();
      }
      const timer = setTimeout(done, POLL_MS);
      function done() {
        clearTimeout(timer);
        wake = null;
        signalled = false;
        resolve();
      }
      wake = done;
    });

  const readBatch = (after: bigint): StoredEvent[] => {
    try {
      return source.read(after, BATCH);
    } catch (error) {
      // A locked or vanished file is the embedded store "going away": transient, worth resubscribing.
      throw new EventStoreUnavailableError(`SQLite follower could not read: ${(error as Error).message}`, { cause: error });
    }
  };

  async function* iterate(): AsyncGenerator<StoredEvent> {
    let after = source.after;
    try {
      while (!closed && !dropped) {
        signalled = false;
        const batch = readBatch(after);
        for (const event of batch) {
          if (closed || dropped) return;
          after = event.position;
          yield event;
        }
        if (batch.length < BATCH) await waitForMore();
      }
    } finally {
      source.signal.off('appended', onSignal);
      source.signal.off('closed', onClosed);
      source.signal.off('dropped', onDropped);
    }
  }

  const iterator = iterate();
  return {
    [Symbol.asyncIterator]: () => iterator,
    async close() {
      onClosed();
    },
  };
}
