import type { AllStreamResolvedEvent } from '@kurrent/kurrentdb-client';
import type { StoredEvent } from '../event.js';
import type { AllSubscription } from '../event-store.port.js';
import { isAfter, toStoredEvent, unavailable } from './kurrentdb-mapping.js';

/** What this adapter needs from the client's AllStreamSubscription (a Readable of resolved events). */
export interface SubscriptionSource extends AsyncIterable<AllStreamResolvedEvent> {
  on(event: 'error', listener: (error: Error) => void): unknown;
  unsubscribe(): Promise<void>;
  destroy(): unknown;
}

/** Adapts the client's Readable subscription to our AsyncIterable + close(). */
export class KurrentDbAllSubscription implements AllSubscription {
  #closed = false;
  #closing: Promise<void> | undefined;

  constructor(
    private readonly source: SubscriptionSource,
    private readonly after: bigint | undefined,
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
    } catch (error) {
      // close() destroys the stream, which surfaces here as a premature close: that is our normal end.
      if (!this.#closed) throw unavailable('subscribeToAll', error);
    } finally {
      await this.close();
    }
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
  }
}
