import { randomBytes } from 'node:crypto';
import { Queue, Worker, type ConnectionOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { now, round } from './support/stats.js';
import { check, type BenchContext, type Measurement, type MeasurementOutcome, type Quantity } from './support/types.js';

/**
 * Reminder pipeline: the issue compares the real pipeline (events → automation → BullMQ → a null
 * transport) with raw BullMQ. Reminders are another issue, so only the baseline is measured:
 * `count` jobs added with addBulk and delivered by a Worker to a null transport, counting lost and
 * duplicated deliveries by job id. When the pipeline exists, implement `PIPELINE` with the same
 * signature and the row gets its figure, ratio and target.
 */
export interface DeliveryRun {
  jobs: number;
  /** From the first add to the last delivery. */
  seconds: number;
  jobsPerSecond: number;
  enqueueSeconds: number;
  lost: number;
  duplicated: number;
  failed: number;
}

type DeliveryBench = (connection: ConnectionOptions, count: number, log: (m: string) => void) => Promise<DeliveryRun>;

/** Filled in by the reminders issue: the real pipeline delivering `count` reminders to a null transport. */
export const PIPELINE = null as DeliveryBench | null;

const CONCURRENCY = 50;
const CHUNK = 1000;

function redisTarget(): { host: string; port: number; url: string } {
  const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const parsed = new URL(url);
  return { host: parsed.hostname, port: Number(parsed.port || 6379), url };
}

async function reachable(host: string, port: number): Promise<string | null> {
  const probe = new Redis({ host, port, lazyConnect: true, connectTimeout: 2000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  probe.on('error', () => undefined);
  try {
    await probe.connect();
    await probe.ping();
    return null;
  } catch (error) {
    return (error as Error).message;
  } finally {
    probe.disconnect();
  }
}

/** Raw BullMQ: addBulk in chunks, one Worker with concurrency 50, processor = null transport. */
export const rawBullmq: DeliveryBench = async (connection, count, log) => {
  const name = `bench-reminders-${Date.now()}-${randomBytes(4).toString('hex')}`;
  const queue = new Queue(name, { connection });
  const deliveries = new Map<string, number>();
  let failed = 0;
  let finish: () => void = () => undefined;
  const allDelivered = new Promise<void>((resolve) => (finish = resolve));
  const worker = new Worker(
    name,
    async (job) => {
      const id = job.id ?? '';
      deliveries.set(id, (deliveries.get(id) ?? 0) + 1);
      if (deliveries.size === count) finish();
    },
    { connection, concurrency: CONCURRENCY },
  );
  worker.on('failed', () => failed++);
  try {
    await worker.waitUntilReady();
    const t0 = now();
    for (let start = 0; start < count; start += CHUNK) {
      const jobs = Array.from({ length: Math.min(CHUNK, count - start) }, (_, k) => ({
        name: 'reminder',
        data: { reminderId: `r-${start + k}`, to: `user-${(start + k) % 997}@example.org`, template: 'follow-up-due' },
        opts: { jobId: `r-${start + k}`, removeOnComplete: true, removeOnFail: false },
      }));
      await queue.addBulk(jobs);
    }
    const enqueueSeconds = (now() - t0) / 1000;
    log(
      `${count.toLocaleString('en')} jobs added in ${round(enqueueSeconds, 2)} s; ${deliveries.size.toLocaleString('en')} delivered so far`,
    );
    const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 120_000).unref());
    const outcome = await Promise.race([allDelivered.then(() => 'done' as const), timeout]);
    const seconds = (now() - t0) / 1000;
    if (outcome === 'timeout') log(`timed out with ${deliveries.size} of ${count} delivered`);
    // A short grace period lets a duplicate delivery show up before counting.
    await new Promise((resolve) => setTimeout(resolve, 500));
    let duplicated = 0;
    for (const times of deliveries.values()) duplicated += times - 1;
    return {
      jobs: count,
      seconds: round(seconds, 3),
      jobsPerSecond: round(deliveries.size / seconds, 0),
      enqueueSeconds: round(enqueueSeconds, 3),
      lost: count - deliveries.size,
      duplicated,
      failed,
    };
  } finally {
    await worker.close();
    await queue.obliterate({ force: true });
    await queue.close();
  }
};

export const remindersMeasurement: Measurement = {
  id: 'reminders',
  title: 'Reminder pipeline',
  async run(ctx: BenchContext): Promise<MeasurementOutcome> {
    const count = ctx.quick ? 10_000 : 100_000;
    const { host, port, url } = redisTarget();
    const unreachable = await reachable(host, port);
    if (unreachable !== null) {
      const reason = `Redis not reachable at ${url}: ${unreachable}`;
      ctx.log(`skipped: ${reason}`);
      return { status: 'skipped', reason, checks: [], figures: { redis: url }, notes: [] };
    }
    const connection: ConnectionOptions = { host, port, maxRetriesPerRequest: null };
    ctx.log(`raw BullMQ: ${count.toLocaleString('en')} jobs, addBulk by ${CHUNK}, worker concurrency ${CONCURRENCY}, null transport`);
    const raw = await rawBullmq(connection, count, ctx.log);
    ctx.log(`raw BullMQ: ${raw.jobsPerSecond} jobs/s, lost ${raw.lost}, duplicated ${raw.duplicated}, failed ${raw.failed}`);
    const baseline: Quantity = {
      value: raw.jobsPerSecond,
      unit: 'jobs/s',
      label: `raw BullMQ addBulk + Worker(concurrency ${CONCURRENCY}), null transport`,
    };
    const pipeline = PIPELINE ? await PIPELINE(connection, count, ctx.log) : null;
    return {
      status: pipeline ? 'measured' : 'baseline-only',
      ...(pipeline ? {} : { reason: 'baseline only — pipeline pending (reminders are another issue)' }),
      checks: [
        check(
          `reminders, ${count.toLocaleString('en')} jobs`,
          pipeline ? { value: pipeline.jobsPerSecond, unit: 'jobs/s', label: 'reminder pipeline' } : null,
          baseline,
          null,
          undefined,
          `baseline: ${raw.lost} lost, ${raw.duplicated} duplicated, ${raw.failed} failed deliveries; all ${count.toLocaleString('en')} added in ${raw.enqueueSeconds} s`,
        ),
      ],
      figures: { redis: url, concurrency: CONCURRENCY, chunk: CHUNK, raw, pipeline },
      notes: ['Queue name is unique per run and the queue is obliterated afterwards.'],
    };
  },
};
