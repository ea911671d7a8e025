import { EventStoreUnavailableError } from '../errors.js';
import type { StoredEvent } from '../event.js';
import type { AllSubscription } from '../event-store.port.js';

export interface ResubscribeOptions {
  /** Delay before the second attempt; the first resubscription is immediate. Doubles up to `maxDelayMs`. */
  initialDelayMs?: number;
  maxDelayMs?: number;
  /** Told about each drop, e.g. to log it; the subscription carries on. */
  onDrop?: (reason: string, attempt: number) => void;
  /** True once the store itself is closed: its feeds end then, and that end is expected. */
  storeClosed?: () => boolean;
}

/**
 * A live feed that outlives its connection: when the underlying subscription fails with a transient
 * error (the store went away) or ends without being closed (a server restart ends the call cleanly),
 * it subscribes again from the last position it yielded, with backoff. Errors that are not about
 * reaching the store (a record we cannot map) still end the iteration, since retrying cannot fix them.
 */
export function resubscribing(
  open: (after: bigint | undefined) => AllSubscription,
  after: bigint | undefined,
  options: ResubscribeOptions = {},
): AllSubscription {
  const initialDelay = options.initialDelayMs ?? 100;
  const maxDelay = options.maxDelayMs ?? 5_000;
  let closedHere = false;
  const isClosed = () => closedHere || (options.storeClosed?.() ?? false);
  let current: AllSubscription | null = null;
  let cancelWait: (() => void) | null = null;

  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      if (ms <= 0 || isClosed()) return resolve();
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        cancelWait = null;
        resolve();
      }
      cancelWait = done;
    });

  async function* iterate(): AsyncGenerator<StoredEvent> {
    let last = after;
    let attempt = 0;
    while (!isClosed()) {
      current = open(last);
      let reason: string;
      try {
        for await (const event of current) {
          if (isClosed()) return;
          if (last !== undefined && event.position <= last) continue;
          last = event.position;
          attempt = 0;
          yield event;
        }
        if (isClosed()) return;
        reason = 'the subscription ended unexpectedly';
      } catch (error) {
        if (isClosed()) return;
        if (!(error instanceof EventStoreUnavailableError)) throw error;
        reason = error.message;
      } finally {
        await current.close();
      }
      attempt += 1;
      options.onDrop?.(reason, attempt);
      await pause(attempt === 1 ? 0 : Math.min(initialDelay * 2 ** (attempt - 2), maxDelay));
    }
  }

  const iterator = iterate();
  return {
    [Symbol.asyncIterator]: () => iterator,
    async close() {
      closedHere = true;
      cancelWait?.();
      await current?.close();
    },
  };
}
