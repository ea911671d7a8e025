import type { ConnectionOptions } from 'bullmq';
import type { BenchContext } from './support/types.js';

/** BullMQ worker concurrency on both sides (the reminder worker's own default is 5). */
export const WORKER_CONCURRENCY = 50;

/** What one side of the reminder measurement (raw BullMQ or the pipeline) reports. */
export interface DeliveryRun {
  jobs: number;
  /** From the first add (or the start of scheduling) to the last delivery. */
  seconds: number;
  jobsPerSecond: number;
  /** Until every job was in the queue (the worker delivers meanwhile). */
  enqueueSeconds: number;
  /** Expected ids the transport never saw. */
  lost: number;
  /** Sends beyond the first per id. */
  duplicated: number;
  failed: number;
  /** Side-specific numbers (setup, ledger check), for latest.json and the row's note. */
  details?: Record<string, number | string>;
  /** What the row's notes should say about this side. */
  notes?: string[];
}

export type DeliveryBench = (
  connection: ConnectionOptions,
  count: number,
  ctx: Pick<BenchContext, 'log' | 'tempDir'>,
) => Promise<DeliveryRun>;

/** Counts deliveries by id and resolves `all` once every expected id has been seen at least once. */
export class DeliveryTally {
  private readonly times = new Map<string, number>();
  private seen = 0;
  private finish: () => void = () => undefined;
  readonly all = new Promise<void>((resolve) => (this.finish = resolve));

  constructor(private readonly expected: ReadonlySet<string>) {
    if (expected.size === 0) this.finish();
  }

  record(id: string): void {
    const before = this.times.get(id) ?? 0;
    this.times.set(id, before + 1);
    if (before === 0 && this.expected.has(id) && ++this.seen === this.expected.size) this.finish();
  }

  /** Expected ids delivered so far. */
  get delivered(): number {
    return this.seen;
  }

  get lost(): number {
    return this.expected.size - this.seen;
  }

  get duplicated(): number {
    let extra = 0;
    for (const n of this.times.values()) extra += n - 1;
    return extra;
  }

  /** Ids delivered that nobody expected (0 unless the pipeline sends something it was not given). */
  get unexpected(): number {
    let n = 0;
    for (const id of this.times.keys()) if (!this.expected.has(id)) n++;
    return n;
  }
}

/** Waits for every expected delivery or the timeout, then a short grace period so a late duplicate still counts. */
export async function awaitDeliveries(tally: DeliveryTally, timeoutMs: number): Promise<'done' | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
  const outcome = await Promise.race([tally.all.then(() => 'done' as const), timeout]);
  clearTimeout(timer);
  return outcome;
}

export const GRACE_MS = 500;
export const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
