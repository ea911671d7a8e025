import type { RegisterQueueOptions } from '@nestjs/bullmq';
import type { AppConfig } from '@beslutskedjan/platform';
import { REMINDER_QUEUE } from '../reminders.tokens.js';

/** Every process using the queue (API for reconcile and bull-board, worker) must agree on these. */
export const BULL_PREFIX = 'beslutskedjan';

export const bullRootOptions = (config: AppConfig) => ({
  // BullMQ needs maxRetriesPerRequest null for its blocking connections; the db index comes from the URL.
  connection: { url: config.redisUrl, maxRetriesPerRequest: null },
  prefix: BULL_PREFIX,
});

export const reminderQueueOptions: RegisterQueueOptions = {
  name: REMINDER_QUEUE,
  defaultJobOptions: {
    attempts: 10,
    // 5 s, 10 s, 20 s … about 40 minutes in all; then reconcile() (on start, every 10 minutes) tries again.
    backoff: { type: 'exponential', delay: 5000 },
    // Delivered jobs leave Redis: the ledger in the event store is the record, and an id may come back (a due date moved back).
    removeOnComplete: true,
    removeOnFail: { age: 14 * 24 * 3600 },
  },
};
