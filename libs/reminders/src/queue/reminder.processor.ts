import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, type BeforeApplicationShutdown, type Type } from '@nestjs/common';
import { DelayedError, type Job } from 'bullmq';
import { CLOCK, type Clock } from '@beslutskedjan/shared';
import { ReminderDelivery, type DeliveryOutcome } from '../delivery/reminder-delivery.service.js';
import { REMINDER_QUEUE } from '../reminders.tokens.js';
import type { ReminderJobData } from './reminder-dispatch.js';

export interface ReminderWorkerOptions {
  /** Lock of a job in progress; a killed worker's job is taken up again once it lapses. */
  lockMs: number;
  concurrency?: number;
}

/** The BullMQ worker settings of the processor; the benchmark runs the same on a queue of its own. */
export const reminderWorkerOptions = (options: ReminderWorkerOptions) => ({
  concurrency: options.concurrency ?? 5,
  lockDuration: options.lockMs,
  stalledInterval: options.lockMs,
  maxStalledCount: 3,
});

/**
 * The BullMQ processor: a job only names an intent; the delivery re-checks the schedule, resolves
 * the recipients and consults the ledger, so a retried, duplicated or stale job never sends twice.
 * Built per configuration because BullMQ takes its lock duration from the decorator.
 */
export function reminderProcessor(options: ReminderWorkerOptions): Type<WorkerHost> {
  @Processor(REMINDER_QUEUE, reminderWorkerOptions(options))
  class ReminderProcessor extends WorkerHost implements BeforeApplicationShutdown {
    private readonly logger = new Logger('ReminderProcessor');

    constructor(
      @Inject(ReminderDelivery) private readonly delivery: ReminderDelivery,
      @Inject(CLOCK) private readonly clock: Clock,
    ) {
      super();
    }

    async process(job: Job<ReminderJobData>, token?: string): Promise<DeliveryOutcome> {
      const outcome = await this.delivery.deliver(job.data.tenant, job.data.intentId);
      if (outcome.status === 'not_due' && token !== undefined) {
        // Promoted early by hand (e.g. from bull-board): back to waiting until it is due.
        await job.moveToDelayed(Date.now() + Math.max(0, Date.parse(outcome.dueAt) - this.clock.now().getTime()), token);
        throw new DelayedError();
      }
      return outcome;
    }

    @OnWorkerEvent('failed')
    onFailed(job: Job<ReminderJobData> | undefined, error: Error): void {
      this.logger.warn(`${job?.id ?? '?'} failed (attempt ${job?.attemptsMade ?? '?'}): ${error.message}`);
    }

    /** SIGTERM: stop taking jobs and let the one in progress finish, before the event store closes. */
    async beforeApplicationShutdown(): Promise<void> {
      await this.worker.close();
    }
  }
  return ReminderProcessor;
}
