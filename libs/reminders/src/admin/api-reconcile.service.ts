import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import type Database from 'better-sqlite3';
import type { Queue } from 'bullmq';
import { EVENT_STORE, type EventStore } from '@beslutskedjan/event-store';
import { PROJECTION_RUNNER, READ_DB } from '@beslutskedjan/platform';
import type { ProjectionRunner } from '@beslutskedjan/projections';
import { CLOCK, type Clock } from '@beslutskedjan/shared';
import type { ReconcileReport, ReconcileScope, ReminderDispatch, ReminderJobData } from '../queue/reminder-dispatch.js';
import { ReminderScheduler } from '../queue/reminder-scheduler.service.js';
import { REMINDER_QUEUE } from '../reminders.tokens.js';

/**
 * Reconcile from the API with Redis: the worker's own scheduler logic, run against the schedule the
 * API keeps live (RemindersApiModule.projections, there for the inbox). The scheduler first waits for
 * that read model to reach the log's head, so the queue is rebuilt as a worker start would rebuild it,
 * and no request folds the log on the event loop. One scheduler, so two reconciles run one after the other.
 */
@Injectable()
export class ApiReminderReconcile implements Pick<ReminderDispatch, 'reconcile' | 'mode'> {
  readonly mode = 'bullmq' as const;
  private readonly scheduler: ReminderScheduler;

  constructor(
    @InjectQueue(REMINDER_QUEUE) queue: Queue<ReminderJobData>,
    @Inject(READ_DB) db: Database.Database,
    @Inject(CLOCK) clock: Clock,
    @Inject(PROJECTION_RUNNER) runner: ProjectionRunner,
    @Inject(EVENT_STORE) store: EventStore,
  ) {
    this.scheduler = new ReminderScheduler(queue, db, clock, runner, store);
  }

  reconcile(scope: ReconcileScope = {}): Promise<ReconcileReport> {
    return this.scheduler.reconcile(scope);
  }
}
