import type Database from 'better-sqlite3';
import { type StoredEvent, type AllSubscription, type EventStore, Upcasters } from '@beslutskedjan/event-store';
import type { Projection } from './projection.js';
import { CheckpointTable } from './checkpoints.js';
import { PositionWaiters } from './position-waiters.js';
import { tracedApply } from '@beslutskedjan/shared';

const BATCH = 1000;

export type RunnerState = 'stopped' | 'catching_up' | 'live' | 'failed';

export interface RunnerStatus {
  state: RunnerState;
  position: bigint;
  projections: Array<{ name: string; version: number; position: string }>;
  error?: string;
}

interface Tracked {
  projection: Projection;
  position: bigint;
}

/**
 * Keeps SQLite read models up to date from the event store. Each batch of events is applied to
 * every projection and their checkpoints in ONE transaction: after a crash the runner resumes
 * from the last committed checkpoint, never half-way through a batch.
 */
export class ProjectionRunner {
  private readonly checkpoints: CheckpointTable;
  private readonly tracked: Tracked[];
  private readonly waiters = new PositionWaiters();
  private subscription: AllSubscription | null = null;
  private loop: Promise<void> | null = null;
  private state: RunnerState = 'stopped';
  private error: string | undefined;

  constructor(
    private readonly store: EventStore,
    private readonly db: Database.Database,
    projections: readonly Projection[],
    /** Projections only ever see the current shape of each event type. */
    private readonly upcasters: Upcasters = new Upcasters(),
  ) {
    this.checkpoints = new CheckpointTable(db);
    this.tracked = projections.map((projection) => ({ projection, position: this.prepare(projection) }));
  }

  /** Creates or rebuilds a projection's tables: a changed version drops them and starts from 0. */
  private prepare(projection: Projection): bigint {
    const checkpoint = this.checkpoints.read(projection.name);
    if (checkpoint && checkpoint.version === projection.version) return checkpoint.position;
    this.db.transaction(() => {
      for (const table of projection.tables) this.db.exec(`DROP TABLE IF EXISTS "${table}"`);
      projection.init(this.db);
      this.checkpoints.write({ name: projection.name, version: projection.version, position: 0n });
    })();
    return 0n;
  }

  /** The lowest checkpoint: every read model has seen at least this far. */
  get position(): bigint {
    return this.tracked.reduce((min, t) => (t.position < min ? t.position : min), this.tracked[0]?.position ?? 0n);
  }

  status(): RunnerStatus {
    return {
      state: this.state,
      position: this.position,
      projections: this.tracked.map((t) => ({ name: t.projection.name, version: t.projection.version, position: String(t.position) })),
      ...(this.error ? { error: this.error } : {}),
    };
  }

  /** Applies everything up to the store's head in large batches, then returns (rebuilds, tests, bench). */
  async catchUp(): Promise<number> {
    this.state = 'catching_up';
    let applied = 0;
    // With nothing to project the position never moves, and the loop below would never end.
    if (this.tracked.length === 0) return applied;
    for (;;) {
      const batch = await this.store.readAll({ after: this.position, limit: BATCH });
      if (batch.length === 0) return applied;
      this.applyBatch(batch);
      applied += batch.length;
      // A catch-up in a serving process (a reconcile's one-off schedule, a resubscription) holds the loop for
      // one batch at a time, never for the whole log: SQLite's reads resolve at once, so without this the
      // walk would never let a request in.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }

  /** Catches up, then follows new events live until `stop()`. */
  async start(): Promise<void> {
    await this.catchUp();
    this.state = 'live';
    this.subscription = this.store.subscribeToAll({ after: this.position });
    this.loop = this.follow(this.subscription);
  }

  private async follow(subscription: AllSubscription): Promise<void> {
    let pending: StoredEvent[] = [];
    let scheduled = false;
    const flush = () => {
      scheduled = false;
      if (pending.length === 0 || this.state === 'failed') return;
      const batch = pending;
      pending = [];
      this.applyBatch(batch);
    };
    try {
      for await (const event of subscription) {
        pending.push(event);
        // Events that arrive together are committed together; a bounded batch keeps memory flat.
        if (pending.length >= BATCH) flush();
        else if (!scheduled) {
          scheduled = true;
          setImmediate(() => {
            try {
              flush();
            } catch (error) {
              this.fail(error);
            }
          });
        }
      }
      flush();
    } catch (error) {
      this.fail(error);
    }
  }

  /** One observer of applied batches (metrics); see observeBatches. */
  private batchObserver: ((events: number, seconds: number) => void) | null = null;

  observeBatches(observer: (events: number, seconds: number) => void): void {
    this.batchObserver = observer;
  }

  private applyBatch(batch: readonly StoredEvent[]): void {
    const started = performance.now();
    // A batch holding a traced request's events continues that request's trace (HTTP → command → append → projection).
    tracedApply(
      'projection batch',
      batch.map((e) => e.eventId),
      { 'beslutskedjan.events': batch.length, 'beslutskedjan.projections': this.tracked.length },
      () => this.applyInTransaction(batch),
    );
    this.batchObserver?.(batch.length, (performance.now() - started) / 1000);
  }

  private applyInTransaction(batch: readonly StoredEvent[]): void {
    const events = batch.map((e) => this.upcasters.apply(e));
    this.db.transaction(() => {
      for (const t of this.tracked) {
        let position = t.position;
        for (const event of events) {
          if (event.position <= position) continue;
          t.projection.apply(this.db, event);
          position = event.position;
        }
        if (position !== t.position) this.checkpoints.write({ name: t.projection.name, version: t.projection.version, position });
      }
    })();
    // Only after the commit: positions in memory must never run ahead of what is durable.
    for (const t of this.tracked) {
      const last = batch[batch.length - 1];
      if (last && last.position > t.position) t.position = last.position;
    }
    this.waiters.reached(this.position);
  }

  private fail(error: unknown): void {
    this.state = 'failed';
    this.error = error instanceof Error ? error.message : String(error);
    this.waiters.failAll(new Error(`Projections stopped: ${this.error}`));
    void this.subscription?.close();
  }

  /** Read-your-writes: resolves true once every read model has applied `position`, false on timeout. */
  waitFor(position: bigint, timeoutMs = 5000): Promise<boolean> {
    if (this.position >= position) return Promise.resolve(true);
    if (this.state === 'failed') return Promise.reject(new Error(`Projections stopped: ${this.error}`));
    return this.waiters.wait(position, timeoutMs);
  }

  async stop(): Promise<void> {
    await this.subscription?.close();
    await this.loop;
    this.subscription = null;
    this.loop = null;
    if (this.state !== 'failed') this.state = 'stopped';
  }
}
