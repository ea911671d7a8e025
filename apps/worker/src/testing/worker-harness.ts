import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getQueueToken } from '@nestjs/bullmq';
import { Test, type TestingModule } from '@nestjs/testing';
import type Database from 'better-sqlite3';
import type { Queue } from 'bullmq';
import { EVENT_STORE, type EventStore } from '@beslutskedjan/event-store';
import { PEOPLE, type PeopleDirectory } from '@beslutskedjan/people';
import { loadConfig, type AppConfig, PROJECTION_RUNNER, READ_DB } from '@beslutskedjan/platform';
import type { ProjectionRunner } from '@beslutskedjan/projections';
import { type ReminderDispatch, RemindersRuntime, REMINDER_DISPATCH, REMINDER_QUEUE } from '@beslutskedjan/reminders';
import { CLOCK, ControllableClock } from '@beslutskedjan/shared';
import { WorkerModule } from '../worker.module.js';

export interface WorkerHarness {
  config: AppConfig;
  clock: ControllableClock;
  store: EventStore;
  db: Database.Database;
  people: PeopleDirectory;
  dispatch: ReminderDispatch;
  queue: Queue | null;
  /** The worker's Nest module, to reach its other services. */
  module: TestingModule;
  /** Read models at the head, schedule synced, due reminders promoted and processed, until nothing moves. */
  settle(): Promise<void>;
  /** Moves the clock and settles. */
  at(instant: string): Promise<void>;
  close(): Promise<void>;
}

/** The real worker module in this process, on a fresh data directory, with a clock the test moves. */
export async function startWorker(options: { now: string; env?: NodeJS.ProcessEnv; dataDir?: string }): Promise<WorkerHarness> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'beslutskedjan-worker-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    TOKEN_SECRET: 'worker-test-secret-that-is-long-enough-0123',
    PUBLIC_URL: 'https://beslut.example.se',
    ...options.env,
  });
  const clock = new ControllableClock(new Date(options.now));
  const moduleRef: TestingModule = await Test.createTestingModule({ imports: [WorkerModule.forRoot(config)] })
    .overrideProvider(CLOCK)
    .useValue(clock)
    .compile();
  moduleRef.useLogger(['error', 'warn']);
  await moduleRef.init();
  const store = moduleRef.get<EventStore>(EVENT_STORE);
  const runner = moduleRef.get<ProjectionRunner>(PROJECTION_RUNNER);
  const dispatch = moduleRef.get<ReminderDispatch>(REMINDER_DISPATCH);
  const queue = config.redisUrl ? moduleRef.get<Queue>(getQueueToken(REMINDER_QUEUE), { strict: false }) : null;
  await moduleRef.get(RemindersRuntime).ready;

  const caughtUp = async () => {
    const head = await store.headPosition();
    if (!(await runner.waitFor(head, 10_000))) throw new Error(`worker read models did not reach ${head}`);
    return head;
  };
  const queueIdle = async () => {
    if (queue === null) return;
    const end = Date.now() + 15_000;
    for (let quiet = 0; quiet < 2;) {
      const counts = await queue.getJobCounts('waiting', 'active', 'prioritized');
      quiet = Object.values(counts).every((n) => n === 0) ? quiet + 1 : 0;
      if (Date.now() > end) throw new Error(`queue not idle: ${JSON.stringify(counts)}`);
      await new Promise((r) => setTimeout(r, 30));
    }
  };
  const settle = async () => {
    for (let round = 0; round < 10; round++) {
      const head = await caughtUp();
      await dispatch.sync();
      await dispatch.promoteDue();
      await queueIdle();
      if ((await store.headPosition()) === head) {
        await caughtUp();
        await dispatch.sync();
        return;
      }
    }
    throw new Error('the log kept growing while settling');
  };
  return {
    config,
    clock,
    store,
    db: moduleRef.get<Database.Database>(READ_DB),
    people: moduleRef.get<PeopleDirectory>(PEOPLE),
    dispatch,
    queue,
    module: moduleRef,
    settle,
    at: async (instant) => {
      clock.set(instant);
      await settle();
    },
    close: () => moduleRef.close(),
  };
}
