import type { SqliteEventStore } from '@beslutskedjan/event-store';
import type { ProjectionRunner } from '@beslutskedjan/projections';
import { now, round } from './support/stats.js';

/** Where the pipeline's time goes, by the bench's only instrumentation (see `instrument`). */
export interface Split {
  commitMs: number;
  commits: number;
  appends: number;
  ledgerReadMs: number;
  ledgerReads: number;
  ledgerEventsRead: number;
  projectMs: number;
  projectedEvents: number;
}

/**
 * Timers around the store's group commit and readStream (the delivery ledger's read) and the
 * projection runner's batch; nothing else changes. The SQLite adapter does that work synchronously,
 * so each timer covers exactly it. `flush` and `applyBatch` are private: the instances' methods are wrapped.
 */
export function instrument(store: SqliteEventStore, runner: ProjectionRunner): () => Split {
  const split = { commitMs: 0, ledgerReadMs: 0, ledgerReads: 0, ledgerEventsRead: 0, projectMs: 0, projectedEvents: 0 };
  const before = store.commitStats;
  const adapter = store as unknown as { flush(): void };
  const flush = adapter.flush.bind(adapter);
  adapter.flush = () => {
    const t0 = now();
    try {
      flush();
    } finally {
      split.commitMs += now() - t0;
    }
  };
  const readStream = store.readStream.bind(store);
  store.readStream = (...args) => {
    const t0 = now();
    const events = readStream(...args);
    split.ledgerReadMs += now() - t0;
    split.ledgerReads++;
    void events.then((e) => (split.ledgerEventsRead += e.length));
    return events;
  };
  const inner = runner as unknown as { applyBatch(batch: readonly unknown[]): void };
  const applyBatch = inner.applyBatch.bind(inner);
  inner.applyBatch = (batch) => {
    const t0 = now();
    try {
      applyBatch(batch);
    } finally {
      split.projectMs += now() - t0;
      split.projectedEvents += batch.length;
    }
  };
  return () => {
    const after = store.commitStats;
    return { ...split, commits: after.commits - before.commits, appends: after.appends - before.appends };
  };
}

const s = (ms: number) => `${round(ms / 1000, 1)} s`;
const n = (x: number) => Math.round(x).toLocaleString('en');

/** The row's account of the pipeline's wall time, from this run's timers. */
export function explainSplit(split: Split, reminders: number, seconds: number): string {
  const perCommit = split.commits > 0 ? round(split.appends / split.commits, 1) : 0;
  const perRead = split.ledgerReads > 0 ? round(split.ledgerEventsRead / split.ledgerReads, 1) : 0;
  return (
    `Where the pipeline's ${round(seconds, 1)} s go (timers in this run, on the one event loop): ` +
    `${s(split.commitMs)} in ${n(split.commits)} group commits of the event store ` +
    `(${n(split.appends)} appends, ${round(split.appends / reminders, 1)} per reminder: ReminderMailSent, NotificationDelivered, ReminderDelivered; ${perCommit} per commit, each durable), ` +
    `${s(split.ledgerReadMs)} reading the ledger (${n(split.ledgerReads)} tail reads of the tenant's month stream, ${perRead} events each), ` +
    `${s(split.projectMs)} projecting ${n(split.projectedEvents)} new events into the worker's read models; ` +
    `the rest is BullMQ and Redis (the raw side's whole cost), the delivery's checks (schedule, recipients, people directory) and GC.`
  );
}
