import { randomBytes } from 'node:crypto';
import { Queue, Worker, type ConnectionOptions } from 'bullmq';
import { Redis } from 'ioredis';
import {
  awaitDeliveries,
  DeliveryTally,
  GRACE_MS,
  pause,
  WORKER_CONCURRENCY as CONCURRENCY,
  type DeliveryBench,
  type DeliveryRun,
} from './reminders-delivery.js';
import { reminderPipeline } from './reminders-pipeline.js';
import { INTENTS_PER_TENANT } from './reminders-seed.js';
import { now, round } from './support/stats.js';
import { atMost, check, type BenchContext, type Measurement, type MeasurementOutcome } from './support/types.js';

/**
 * Reminder pipeline: `count` reminders delivered to a null transport, through the project's real
 * pipeline (reminders-pipeline.ts) and through raw BullMQ with the same number of jobs, counting
 * lost and duplicated deliveries by id on both sides. Raw runs before and after the pipeline and
 * the faster raw run is the baseline (the least disturbed one; the stricter comparison).
 */
export const PIPELINE: DeliveryBench = reminderPipeline;

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

/** Raw BullMQ: addBulk in chunks, one Worker with concurrency 50, processor = null transport counting by job id. */
export const rawBullmq: DeliveryBench = async (connection, count, { log }) => {
  const name = `bench-reminders-${Date.now()}-${randomBytes(4).toString('hex')}`;
  const queue = new Queue(name, { connection });
  const tally = new DeliveryTally(new Set(Array.from({ length: count }, (_, k) => `r-${k}`)));
  let failed = 0;
  const worker = new Worker(
    name,
    async (job) => {
      tally.record(job.id ?? '');
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
      `raw: ${count.toLocaleString('en')} jobs added in ${round(enqueueSeconds, 2)} s; ${tally.delivered.toLocaleString('en')} delivered so far`,
    );
    const outcome = await awaitDeliveries(tally, 120_000);
    const seconds = (now() - t0) / 1000;
    if (outcome === 'timeout') log(`raw: timed out with ${tally.delivered} of ${count} delivered`);
    await pause(GRACE_MS);
    return {
      jobs: count,
      seconds: round(seconds, 3),
      jobsPerSecond: round(tally.delivered / seconds, 0),
      enqueueSeconds: round(enqueueSeconds, 3),
      lost: tally.lost,
      duplicated: tally.duplicated,
      failed,
    };
  } finally {
    await worker.close();
    await queue.obliterate({ force: true });
    await queue.close();
  }
};

const counts = (run: DeliveryRun) => `${run.lost} lost, ${run.duplicated} duplicated, ${run.failed} failed`;
const jobsPerSecond = (run: DeliveryRun) => `${run.jobsPerSecond.toLocaleString('en')} jobs/s`;

export const remindersMeasurement: Measurement = {
  id: 'reminders',
  title: 'Reminder pipeline',
  async run(ctx: BenchContext): Promise<MeasurementOutcome> {
    const count = ctx.quick ? 10_000 : 100_000;
    const n = count.toLocaleString('en');
    const { host, port, url } = redisTarget();
    const unreachable = await reachable(host, port);
    if (unreachable !== null) {
      const reason = `Redis not reachable at ${url}: ${unreachable}`;
      ctx.log(`skipped: ${reason}`);
      return { status: 'skipped', reason, checks: [], figures: { redis: url }, notes: [] };
    }
    const connection: ConnectionOptions = { host, port, maxRetriesPerRequest: null };
    const runRaw = async (when: string) => {
      ctx.log(`raw BullMQ (${when}): ${n} jobs, addBulk by ${CHUNK}, worker concurrency ${CONCURRENCY}, null transport`);
      const run = await rawBullmq(connection, count, ctx);
      ctx.log(`raw BullMQ (${when}): ${run.seconds} s, ${jobsPerSecond(run)}, ${counts(run)}`);
      return run;
    };
    const rawBefore = await runRaw('before');
    ctx.log(`pipeline: ${n} reminder intents, worker concurrency ${CONCURRENCY}, null mail transport`);
    const pipeline = await PIPELINE(connection, count, ctx);
    ctx.log(`pipeline: ${pipeline.seconds} s, ${jobsPerSecond(pipeline)}, ${counts(pipeline)}`);
    const rawAfter = await runRaw('after');
    const raw = rawAfter.seconds < rawBefore.seconds ? rawAfter : rawBefore;
    const d = pipeline.details ?? {};
    const micros = (seconds: number) => Math.round((seconds / count) * 1e6);
    return {
      status: 'measured',
      checks: [
        check(
          `reminders, ${n} scheduled and delivered`,
          {
            value: pipeline.seconds,
            unit: 's',
            label: `RemindersRuntime → ReminderScheduler → reminderProcessor → ReminderDelivery + ledger, null mail transport`,
          },
          { value: raw.seconds, unit: 's', label: 'raw BullMQ addBulk + Worker, null transport, faster of a run before and after' },
          atMost(1.3, 'raw BullMQ'),
          undefined,
          `pipeline ${jobsPerSecond(pipeline)}, ${counts(pipeline)}, all jobs added (reconcile) after ${pipeline.enqueueSeconds} s; ` +
            `raw ${jobsPerSecond(rawBefore)} and ${jobsPerSecond(rawAfter)}, ${counts(rawBefore)} and ${counts(rawAfter)}, all added after ${raw.enqueueSeconds} s`,
        ),
      ],
      figures: { redis: url, concurrency: CONCURRENCY, chunk: CHUNK, raw, rawBefore, rawAfter, pipeline },
      notes: [
        `Pipeline input: ${n} case_to_prepare intents that the worker's own schedule projection derived from ${n} ApplicationSubmitted events in ${(count / INTENTS_PER_TENANT).toLocaleString('en')} tenants (${INTENTS_PER_TENANT} per tenant and month, so one ledger stream each), due an hour ago. Each goes to the tenant's director (the recipients resolver finds the director from a policy draft in the log; the address is in the people directory): a mail to the null transport, an in-app notification and the ledger. Seeding (${d.seedSeconds} s) and building the worker's read models (${d.projectSeconds} s) are not timed.`,
        `Timed from RemindersRuntime's start (reconcile turns every pending intent into a BullMQ job) to the last completed job. Lost and duplicated are counted by intent id at the mail transport; afterwards the ledger holds ${Number(d.ledgerDelivered).toLocaleString('en')} ReminderDelivered events. Worker concurrency ${CONCURRENCY} on both sides (the worker's default is 5).`,
        ...(pipeline.notes ?? []),
        `Against the target: ≤ 1.3 × raw leaves ${micros(0.3 * raw.seconds)} µs per reminder (0.3 × raw's ${micros(raw.seconds)} µs per job) for everything the pipeline adds to a BullMQ job; its durable appends (ledger and in-app notification) alone took ${micros(Number(d.commitSeconds))} µs per reminder of wall time in this run.`,
        'Queue names are unique per run and every queue is obliterated afterwards.',
      ],
    };
  },
};
