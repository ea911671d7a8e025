import type { AllStreamResolvedEvent } from '@kurrent/kurrentdb-client';
import type { StoredEvent } from '../event.js';
import type { AllSubscription } from '../event-store.port.js';
import { EventStoreUnavailableError } from '../errors.js';
import { isAfter, toStoredEvent, unavailable } from './kurrentdb-mapping.js';

/** What this adapter needs from the client's AllStreamSubscription (a Readable of resolved events). */
export interface SubscriptionSource extends AsyncIterable<AllStreamResolvedEvent> {
  on(event: 'error', listener: (error: Error) => void): unknown;
  unsubscribe(): Promise<void>;
  destroy(error?: Error): unknown;
}

/** Adapts the client's Readable subscription to our AsyncIterable + close(). */
export class KurrentDbAllSubscription implements AllSubscription {
  #closed = false;
  #closing: Promise<void> | undefined;

  constructor(
    private readonly source: SubscriptionSource,
    private readonly after: bigint | undefined,
    private readonly onReleased: () => void = () => undefined,
  ) {
    // The stream emits 'error' (e.g. server unreachable) even before anyone iterates, and an unheard
    // 'error' crashes the process. Iteration still receives the error through its own listener.
    source.on('error', () => undefined);
  }

  async *[Symbol.asyncIterator](): AsyncIterator<StoredEvent> {
    if (this.#closed) return;
    try {
      // Caught-up, fell-behind and checkpoint notices are emitted as stream events, never iterated items.
      for await (const resolved of this.source) {
        if (this.#closed) return;
        const event = toStoredEvent(resolved);
        if (event && isAfter(event.position, this.after)) yield event;
      }
      // A live subscription never ends by itself: a clean end we did not ask for is a dropped call.
      if (!this.#closed) throw new EventStoreUnavailableError('KurrentDB subscribeToAll ended unexpectedly');
    } catch (error) {
      // close() destroys the stream, which surfaces here as a premature close: that is our normal end.
      if (!this.#closed) throw unavailable('subscribeToAll', error);
    } finally {
      await this.close();
    }
  }

  /** Fails the underlying call as a network error would (fault tests). */
  drop(error: Error): void {
    this.source.destroy(error);
  }

  close(): Promise<void> {
    this.#closing ??= this.release();
    return this.#closing;
  }

  private async release(): Promise<void> {
    this.#closed = true;
    try {
      await this.source.unsubscribe();
    } catch {
      // The call never started (e.g. server unreachable): there is nothing to cancel.
    }
    this.source.destroy();
    this.onReleased();
  }
}
