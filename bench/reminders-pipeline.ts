import { applicationContentUpcasters } from '@beslutskedjan/application';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Logger, type LogLevel } from '@nestjs/common';
import { Queue, Worker } from 'bullmq';
import { workerProjections } from '../apps/worker/src/worker.module.js';
import { auditUpcasters } from '@beslutskedjan/audit';
import { SqliteEventStore, Upcasters } from '@beslutskedjan/event-store';
import { PeopleDirectory } from '@beslutskedjan/people';
import { loadConfig, openReadDb } from '@beslutskedjan/platform';
import { policyUpcasters } from '@beslutskedjan/policy';
import { ProjectionRunner } from '@beslutskedjan/projections';
import {
  type MailTransport,
  ReminderDelivery,
  type DeliveryOutcome,
  type ReminderJobData,
  BULL_PREFIX,
  reminderQueueOptions,
  reminderProcessor,
  reminderWorkerOptions,
  ReminderScheduler,
  RemindersRuntime,
} from '@beslutskedjan/reminders';
import { systemClock } from '@beslutskedjan/shared';
import { awaitDeliveries, DeliveryTally, GRACE_MS, pause, WORKER_CONCURRENCY, type DeliveryBench } from './reminders-delivery.js';
import { INTENTS_PER_TENANT, intentIdOf, seedReminderIntents } from './reminders-seed.js';
import { explainSplit, instrument } from './reminders-split.js';
import { now, round } from './support/stats.js';

const NEST_DEFAULT_LEVELS: LogLevel[] = ['log', 'error', 'warn', 'debug', 'verbose', 'fatal'];

/** A transport that accepts every message at once and counts it by intent (`name` is `<intentId>--<userId>`). */
function nullTransport(tally: DeliveryTally): MailTransport {
  return {
    channel: 'outbox',
    description: 'bench null transport',
    async send(mail) {
      tally.record(mail.name.slice(0, mail.name.lastIndexOf('--')));
      return { messageId: mail.messageId };
    },
    close: () => undefined,
  };
}

/**
 * The real reminder pipeline of the worker process, wired by hand only so the queue gets a name of
 * its own: the worker's read models (schedule projection, cases, board) over a SQLite event store,
 * `RemindersRuntime` driving `ReminderScheduler` (reconcile on start: every pending intent becomes
 * a job; then it follows the schedule), the `reminderProcessor` class in a BullMQ Worker with its
 * decorator's options, and `ReminderDelivery` with its ledger in the event store. Only the mail
 * transport is a null one. Timed from the runtime's start to the last delivery.
 */
export const reminderPipeline: DeliveryBench = async (connection, count, ctx) => {
  const dir = ctx.tempDir('reminders');
  const config = loadConfig({ DATA_DIR: dir, TOKEN_SECRET: 'bench-secret-that-is-long-enough-0123456789' });
  const file = join(dir, 'events.sqlite');
  const seed = await seedReminderIntents(file, dir, count);
  ctx.log(`pipeline: seeded ${seed.events.toLocaleString('en')} events in ${round(seed.seconds, 1)} s`);

  const store = SqliteEventStore.open(file);
  const db = openReadDb(dir, 'worker');
  const people = PeopleDirectory.open(dir);
  const runner = new ProjectionRunner(
    store,
    db,
    workerProjections(config),
    new Upcasters([...policyUpcasters, ...auditUpcasters, ...applicationContentUpcasters]),
  );
  const t0Project = now();
  await runner.start();
  const projectSeconds = (now() - t0Project) / 1000;
  ctx.log(`pipeline: worker read models (schedule, cases, board) built from the log in ${round(projectSeconds, 1)} s`);

  const expected = new Set(Array.from({ length: count }, (_, k) => intentIdOf(k)));
  const mailed = new DeliveryTally(expected);
  const completed = new DeliveryTally(expected);
  const outcomes = new Map<string, number>();
  const transport = nullTransport(mailed);
  const name = `bench-reminders-${Date.now()}-${randomBytes(4).toString('hex')}`;
  const queue = new Queue<ReminderJobData>(name, {
    connection,
    prefix: BULL_PREFIX,
    defaultJobOptions: reminderQueueOptions.defaultJobOptions,
  });
  const delivery = new ReminderDelivery(db, runner, store, systemClock, people, config, transport);
  const scheduler = new ReminderScheduler(queue, db, systemClock, runner, store);
  const processorOptions = { lockMs: config.reminders.jobLockMs, concurrency: WORKER_CONCURRENCY };
  const processor = new (reminderProcessor(processorOptions))(delivery, systemClock);
  const worker = new Worker<ReminderJobData, DeliveryOutcome>(name, (job, token) => processor.process(job, token), {
    connection,
    prefix: BULL_PREFIX,
    ...reminderWorkerOptions(processorOptions),
  });
  let failed = 0;
  worker.on('failed', () => failed++);
  worker.on('completed', (job, outcome) => {
    outcomes.set(outcome.status, (outcomes.get(outcome.status) ?? 0) + 1);
    if (outcome.status === 'delivered') completed.record(job.data.intentId);
  });
  const runtime = new RemindersRuntime(scheduler, runner, transport, config);
  // One line per delivery is the worker's log; here it would flood stderr (the worker tests silence it too).
  Logger.overrideLogger(['error', 'warn']);
  try {
    await worker.waitUntilReady();
    const split = instrument(store, runner);
    const t0 = now();
    runtime.onApplicationBootstrap();
    await runtime.ready;
    const enqueueSeconds = (now() - t0) / 1000;
    ctx.log(
      `pipeline: reconciled ${count.toLocaleString('en')} intents into jobs in ${round(enqueueSeconds, 2)} s; ${completed.delivered.toLocaleString('en')} delivered so far`,
    );
    const outcome = await awaitDeliveries(completed, Math.max(120_000, count * 10));
    const seconds = (now() - t0) / 1000;
    if (outcome === 'timeout') ctx.log(`pipeline: timed out with ${completed.delivered} of ${count} delivered`);
    const timed = split();
    await pause(GRACE_MS);
    const ledger = store.database.prepare<[], { n: number }>(`SELECT COUNT(*) AS n FROM events WHERE type = 'ReminderDelivered'`).get();
    return {
      jobs: count,
      seconds: round(seconds, 3),
      jobsPerSecond: round(completed.delivered / seconds, 0),
      enqueueSeconds: round(enqueueSeconds, 3),
      lost: mailed.lost,
      duplicated: mailed.duplicated + completed.duplicated,
      failed,
      details: {
        seedSeconds: round(seed.seconds, 2),
        projectSeconds: round(projectSeconds, 2),
        intentsPerTenant: INTENTS_PER_TENANT,
        ledgerDelivered: ledger?.n ?? 0,
        unexpectedMails: mailed.unexpected,
        outcomes: [...outcomes].map(([status, k]) => `${status} ${k}`).join(', '),
        delayedJobsLeft: await queue.getDelayedCount(),
        commitSeconds: round(timed.commitMs / 1000, 2),
        commits: timed.commits,
        appends: timed.appends,
        ledgerReadSeconds: round(timed.ledgerReadMs / 1000, 2),
        ledgerReads: timed.ledgerReads,
        ledgerEventsRead: timed.ledgerEventsRead,
        projectSecondsLive: round(timed.projectMs / 1000, 2),
        projectedEventsLive: timed.projectedEvents,
      },
      notes: [explainSplit(timed, count, seconds)],
    };
  } finally {
    await runtime.beforeApplicationShutdown();
    await worker.close();
    await queue.obliterate({ force: true });
    await queue.close();
    await runner.stop();
    await store.close();
    db.close();
    people.close();
    Logger.overrideLogger(NEST_DEFAULT_LEVELS);
  }
};
