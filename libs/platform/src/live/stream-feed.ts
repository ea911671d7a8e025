import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { type StoredEvent, EVENT_STORE, type AllSubscription, type EventStore } from '@beslutskedjan/event-store';
import type { ProjectionRunner } from '@beslutskedjan/projections';
import { PROJECTION_RUNNER } from '../persistence/tokens.js';

export type StreamListener = (event: StoredEvent) => void;

/** How long an event may wait for the read models before it is handed on anyway. */
const READ_MODEL_WAIT_MS = 2000;
const RESUBSCRIBE_MS = 1000;

/**
 * One follower of the global log per process, fanned out by stream id: a hundred open meeting
 * rooms cost one subscription, not a hundred. An event is handed on once the read models include
 * it, so a listener that refetches a query with `minPosition` is answered at once.
 */
@Injectable()
export class StreamFeed implements OnModuleDestroy {
  private readonly logger = new Logger('StreamFeed');
  private readonly listeners = new Map<string, Set<StreamListener>>();
  private started: Promise<void> | null = null;
  private subscription: AllSubscription | null = null;
  private stopped = false;
  /** The last position handed on; a resubscription continues after it. */
  private position = 0n;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PROJECTION_RUNNER) private readonly runner: Pick<ProjectionRunner, 'waitFor'>,
  ) {}

  /** Starts following on first use. Once it resolves, every event committed from then on reaches `watch` listeners. */
  start(): Promise<void> {
    this.started ??= this.store.headPosition().then((head) => {
      this.position = head;
      this.follow();
    });
    return this.started;
  }

  /** Calls `listener` with each new event of `streamId`, in commit order, until the returned function is called. */
  watch(streamId: string, listener: StreamListener): () => void {
    if (this.started === null) throw new Error('StreamFeed.watch before start()');
    const set = this.listeners.get(streamId) ?? new Set<StreamListener>();
    set.add(listener);
    this.listeners.set(streamId, set);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.listeners.get(streamId) === set) this.listeners.delete(streamId);
    };
  }

  /** Number of streams with at least one listener (for tests and metrics). */
  get watchedStreams(): number {
    return this.listeners.size;
  }

  private follow(): void {
    if (this.stopped) return;
    const subscription = this.store.subscribeToAll({ after: this.position });
    this.subscription = subscription;
    void this.pump(subscription);
  }

  private async pump(subscription: AllSubscription): Promise<void> {
    try {
      for await (const event of subscription) {
        if (this.listeners.has(event.streamId)) {
          if (!(await this.runner.waitFor(event.position, READ_MODEL_WAIT_MS).catch(() => false))) {
            this.logger.warn(`Read models have not reached ${event.position}; handing the event on anyway`);
          }
          this.handOn(event);
        }
        this.position = event.position;
      }
    } catch (error) {
      this.logger.warn(`Live feed lost its subscription (${(error as Error).message}); resubscribing after ${this.position}`);
      if (!this.stopped) setTimeout(() => this.follow(), RESUBSCRIBE_MS).unref();
    }
  }

  private handOn(event: StoredEvent): void {
    for (const listener of this.listeners.get(event.streamId) ?? []) {
      try {
        listener(event);
      } catch (error) {
        this.logger.error(`A live listener failed on ${event.type}@${event.position}: ${(error as Error).message}`);
      }
    }
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    await this.subscription?.close();
    this.listeners.clear();
  }
}
