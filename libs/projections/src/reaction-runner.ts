import type Database from 'better-sqlite3';
import { type StoredEvent, type AllSubscription, type EventStore, Upcasters } from '@beslutskedjan/event-store';
import { CheckpointTable } from './checkpoints.js';
import { PositionWaiters } from './position-waiters.js';

/**
 * A reaction (`when-X-then-Y`): turns a fact into a command on another stream. Delivery is
 * at-least-once, so every reaction issues commands whose outcome is idempotent.
 */
export interface Reaction {
  readonly name: string;
  readonly handles: readonly string[];
  react(event: StoredEvent): Promise<void>;
}

export interface ReactionRunnerOptions {
  /** Called before reacting, e.g. to let read models catch up to the event first. */
  beforeReact?: (event: StoredEvent) => Promise<void>;
  /** A domain refusal is not retried: it is logged here and the reaction moves on. */
  onRefused?: (reaction: string, event: StoredEvent, error: Error) => void;
  /** Whether an error is a domain refusal (never retried) rather than a transient failure. */
  isRefusal?: (error: unknown) => boolean;
  retryDelayMs?: number;
  /** Told when the follow loop failed and is being restarted from the checkpoint (it never crashes the process). */
  onRestart?: (error: Error, attempt: number) => void;
}

/** Follows the log from each reaction's checkpoint, which is advanced only after the reaction succeeded. */
export class ReactionRunner {
  private readonly checkpoints: CheckpointTable;
  private readonly positions = new Map<string, bigint>();
  private readonly waiters = new PositionWaiters();
  private subscription: AllSubscription | null = null;
  private loop: Promise<void> | null = null;
  private stopped = false;
  private wakeFromPause: () => void = () => undefined;

  constructor(
    private readonly store: EventStore,
    db: Database.Database,
    private readonly reactions: readonly Reaction[],
    private readonly upcasters: Upcasters = new Upcasters(),
    private readonly options: ReactionRunnerOptions = {},
  ) {
    this.checkpoints = new CheckpointTable(db);
    for (const r of reactions) this.positions.set(r.name, this.checkpoints.read(`reaction:${r.name}`)?.position ?? 0n);
  }

  get position(): bigint {
    return [...this.positions.values()].reduce((min, p) => (p < min ? p : min), this.positions.values().next().value ?? 0n);
  }

  start(): void {
    if (this.reactions.length === 0) return;
    this.loop = this.run();
  }

  /**
   * The subscription itself resubscribes after transient drops; anything else that ends the loop (an
   * unexpected end, an upcaster or checkpoint failure) restarts it from the last checkpoint, with backoff.
   */
  private async run(): Promise<void> {
    for (let attempt = 1; !this.stopped; attempt++) {
      let failure: Error;
      try {
        this.subscription = this.store.subscribeToAll({ after: this.position });
        await this.follow(this.subscription);
        if (this.stopped) return;
        failure = new Error('the subscription ended unexpectedly');
      } catch (error) {
        if (this.stopped) return;
        failure = error instanceof Error ? error : new Error(String(error));
      } finally {
        await this.subscription?.close();
      }
      this.options.onRestart?.(failure, attempt);
      await this.pause(Math.min((this.options.retryDelayMs ?? 100) * 2 ** (attempt - 1), 5000));
    }
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wakeFromPause = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  private async follow(subscription: AllSubscription): Promise<void> {
    for await (const raw of subscription) {
      const event = this.upcasters.apply(raw);
      for (const reaction of this.reactions) {
        if ((this.positions.get(reaction.name) ?? 0n) >= event.position) continue;
        if (reaction.handles.includes(event.type)) {
          const done = await this.reactWithRetry(reaction, event);
          if (!done) return;
          this.checkpoints.write({ name: `reaction:${reaction.name}`, version: 1, position: event.position });
        }
        this.positions.set(reaction.name, event.position);
      }
      this.waiters.reached(this.position);
    }
  }

  /** Transient failures are retried until they pass or the runner stops; refusals are logged once. */
  private async reactWithRetry(reaction: Reaction, event: StoredEvent): Promise<boolean> {
    for (let attempt = 1; !this.stopped; attempt++) {
      try {
        await this.options.beforeReact?.(event);
        await reaction.react(event);
        return true;
      } catch (error) {
        if (this.options.isRefusal?.(error)) {
          this.options.onRefused?.(reaction.name, event, error as Error);
          return true;
        }
        await new Promise((r) => setTimeout(r, Math.min((this.options.retryDelayMs ?? 100) * attempt, 5000)));
      }
    }
    return false;
  }

  /** Resolves true once every reaction has processed `position` (tests, read-your-writes of effects). */
  waitFor(position: bigint, timeoutMs = 5000): Promise<boolean> {
    if (this.reactions.length === 0 || this.position >= position) return Promise.resolve(true);
    return this.waiters.wait(position, timeoutMs);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wakeFromPause();
    await this.subscription?.close();
    await this.loop;
  }
}
