import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { EVENT_STORE, type EventStore, Upcasters } from '@beslutskedjan/event-store';
import { UPCASTERS, type AppConfig, APP_CONFIG } from '@beslutskedjan/platform';
import { CLOCK, type Clock } from '@beslutskedjan/shared';
import type { ReconcileReport, ReconcileScope, ReminderDispatch, ReminderJobData } from '../queue/reminder-dispatch.js';
import { ReminderScheduler } from '../queue/reminder-scheduler.service.js';
import { REMINDER_QUEUE } from '../reminders.tokens.js';
import { withScheduleFromLog } from './schedule-from-log.js';

/**
 * Reconcile from the API with Redis: the worker's own scheduler logic, run against a schedule
 * folded from the log for this call (see scheduleFromLog), so the queue is rebuilt exactly as a
 * worker start would rebuild it.
 */
@Injectable()
export class ApiReminderReconcile implements Pick<ReminderDispatch, 'reconcile' | 'mode'> {
  readonly mode = 'bullmq' as const;

  constructor(
    @InjectQueue(REMINDER_QUEUE) private readonly queue: Queue<ReminderJobData>,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(UPCASTERS) private readonly upcasters: Upcasters,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async reconcile(scope: ReconcileScope = {}): Promise<ReconcileReport> {
    return withScheduleFromLog(this.store, this.upcasters, this.config.reminders.timings, (schedule) =>
      new ReminderScheduler(this.queue, schedule.db, this.clock, schedule.runner, this.store).reconcile(scope),
    );
  }
}
