import type { EventEmitter } from 'node:events';
import type { StoredEvent } from '../event.js';
import type { AllSubscription } from '../event-store.port.js';

/** How often to look for events written by another process (the API and worker share one file). */
const POLL_MS = 100;
const BATCH = 500;

interface FollowSource {
  after: bigint;
  read: (after: bigint, limit: number) => StoredEvent[];
  /** Emits 'appended' after an in-process commit and 'closed' when the store closes. */
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
  source.signal.on('appended', onSignal);
  source.signal.on('closed', onClosed);

  const waitForMore = () =>
    new Promise<void>((resolve) => {
      if (signalled || closed) {
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

  async function* iterate(): AsyncGenerator<StoredEvent> {
    let after = source.after;
    try {
      while (!closed) {
        signalled = false;
        const batch = source.read(after, BATCH);
        for (const event of batch) {
          if (closed) return;
          after = event.position;
          yield event;
        }
        if (batch.length < BATCH) await waitForMore();
      }
    } finally {
      source.signal.off('appended', onSignal);
      source.signal.off('closed', onClosed);
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
