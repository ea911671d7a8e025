import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { Gauge, type Registry } from 'prom-client';
import { METRICS } from '@beslutskedjan/platform';
import { REMINDER_QUEUE } from '../reminders.tokens.js';

const STATES = ['waiting', 'delayed', 'active', 'failed', 'completed'] as const;

/**
 * Queue depth and failures as Prometheus sees them: BullMQ's job counts by state, read from Redis
 * at scrape time (failed jobs are the ones that used up their retries).
 */
@Injectable()
export class ReminderQueueMetrics {
  constructor(@Inject(METRICS) registry: Registry, @InjectQueue(REMINDER_QUEUE) queue: Queue) {
    new Gauge({
      name: 'beslutskedjan_reminder_queue_jobs',
      help: 'Reminder jobs in the BullMQ queue by state (waiting + delayed = depth; failed = failures)',
      labelNames: ['state'],
      registers: [registry],
      async collect() {
        const counts = await queue.getJobCounts(...STATES);
        for (const state of STATES) this.set({ state }, counts[state] ?? 0);
      },
    });
  }
}
