import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { Queue, type Job, type JobType } from 'bullmq';
import { EVENT_STORE, type EventStore } from '@beslutskedjan/event-store';
import { PROJECTION_RUNNER, READ_DB } from '@beslutskedjan/platform';
import type { ProjectionRunner } from '@beslutskedjan/projections';
import { CLOCK, type Clock } from '@beslutskedjan/shared';
import { REMINDER_QUEUE } from '../reminders.tokens.js';
import type { ReminderIntent } from '../schedule/reminder-intent.js';
import {
  getScheduledReminder,
  lastScheduleChange,
  pendingReminders,
  remindersChangedSince,
} from '../schedule/reminder-schedule.queries.js';
import { jobIdOf, type ReconcileReport, type ReconcileScope, type ReminderDispatch, type ReminderJobData } from './reminder-dispatch.js';

/** Jobs per addBulk call (one Redis transaction each). */
const ADD_BULK = 1000;

const LISTED_STATES: JobType[] = ['delayed', 'waiting', 'prioritized', 'active', 'failed', 'completed', 'waiting-children'];

/**
 * The queue adapter (STYLE.md principle 8): turns the pending intents of the schedule projection
 * into delayed BullMQ jobs, `jobId` = tenant/intent id, delay = dueAt − clock.now() (at least 0), and
 * removes jobs whose intent is gone. It decides nothing itself; the schedule is the truth and the
 * queue can be thrown away and rebuilt with `reconcile()`.
 */
@Injectable()
export class ReminderScheduler implements ReminderDispatch {
  readonly mode = 'bullmq' as const;
  private readonly logger = new Logger('ReminderScheduler');
  /** The schedule's `changed_position` followed so far. */
  private cursor = 0;
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    @InjectQueue(REMINDER_QUEUE) private readonly queue: Queue<ReminderJobData>,
    @Inject(READ_DB) private readonly db: Database.Database,
    @Inject(CLOCK) private readonly clock: Clock,
    /** Only to wait for the schedule to reach the log's head (the API hands it a one-off schedule). */
    @Inject(PROJECTION_RUNNER) private readonly runner: Pick<ProjectionRunner, 'waitFor'>,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  sync(): Promise<{ added: number; removed: number }> {
    return this.exclusive(async () => {
      let added = 0;
      let removed = 0;
      const liveAt = this.clock.now().toISOString();
      for (const row of remindersChangedSince(this.db, this.cursor)) {
        if (row.status === 'pending' && row.intent.expiresAt > liveAt) {
          if ((await this.ensureJob(row.intent)) === 'added') added++;
        } else if (await this.removeJob(jobIdOf(row.intent.tenant, row.intent.id))) removed++;
        this.cursor = Math.max(this.cursor, row.changedPosition);
      }
      return { added, removed };
    });
  }

  reconcile(scope: ReconcileScope = {}): Promise<ReconcileReport> {
    const inScope = (tenant: string) => scope.tenant === undefined || tenant === scope.tenant;
    return this.exclusive(async () => {
      await this.catchUp();
      const mark = lastScheduleChange(this.db);
      const liveAt = this.clock.now().toISOString();
      const pending = pendingReminders(this.db, { liveAt }).filter(({ intent }) => inScope(intent.tenant));
      const jobs = new Map(
        (await this.queue.getJobs(LISTED_STATES))
          .filter((j): j is Job<ReminderJobData> => j?.id !== undefined && inScope(j.data.tenant))
          .map((j) => [j.id!, j]),
      );
      let added = 0;
      let kept = 0;
      let removed = 0;
      const missing: ReminderIntent[] = [];
      for (const { intent } of pending) {
        const jobId = jobIdOf(intent.tenant, intent.id);
        const job = jobs.get(jobId);
        jobs.delete(jobId);
        if (job === undefined) missing.push(intent);
        else if ((await this.ensureJob(intent, job)) === 'added') added++;
        else kept++;
      }
      added += await this.addJobs(missing);
      // What is left has no pending intent, at least as far as this process's read models know:
      // look again after catching up, so a job added meanwhile by a worker further ahead survives.
      if (jobs.size > 0) await this.catchUp();
      for (const [jobId, job] of jobs) {
        const again = getScheduledReminder(this.db, job.data.tenant, job.data.intentId);
        if (again?.status === 'pending' && again.intent.expiresAt > liveAt) continue;
        if (await this.removeJob(jobId, job)) removed++;
      }
      // A reconcile of one förbund has not looked at the others' changes: the cursor stays where it was.
      if (scope.tenant === undefined) this.cursor = Math.max(this.cursor, mark);
      const report: ReconcileReport = { mode: this.mode, pending: pending.length, added, removed, kept };
      this.logger.log(`Reconciled: ${report.pending} pending, ${added} added, ${removed} removed, ${kept} kept`);
      return report;
    });
  }

  /**
   * Promotes delayed jobs whose intent is due by the injected clock. In production Redis's own
   * timer does the same a moment later (the timer calling this is harmless); tests move a
   * ControllableClock and call it, so "seven days overdue" never needs a sleep. Retries waiting
   * out their backoff are left alone.
   */
  promoteDue(): Promise<number> {
    return this.exclusive(async () => {
      const now = this.clock.now().getTime();
      let promoted = 0;
      for (const job of await this.queue.getDelayed(0, -1)) {
        if (job === undefined || job.attemptsMade > 0 || Date.parse(job.data.dueAt) > now) continue;
        try {
          await job.promote();
          promoted++;
        } catch {
          // Taken by a worker or removed meanwhile: nothing to promote.
        }
      }
      return promoted;
    });
  }

  private async ensureJob(intent: ReminderIntent, known?: Job<ReminderJobData> | null): Promise<'added' | 'kept'> {
    const jobId = jobIdOf(intent.tenant, intent.id);
    const job = known === undefined ? await this.queue.getJob(jobId) : known;
    if (job) {
      const state = await job.getState();
      if (state === 'active') return 'kept';
      const stale = state === 'failed' || state === 'completed' || job.data.dueAt !== intent.dueAt;
      if (!stale) return 'kept';
      await this.removeJob(jobId, job);
    }
    const { name, data, opts } = this.jobFor(intent);
    await this.queue.add(name, data, opts);
    return 'added';
  }

  /**
   * Jobs for intents the queue lacks, in bulk: a restart or a lost Redis finds thousands, and one
   * round trip per job made the rebuild wait on the event loop once per reminder.
   */
  private async addJobs(intents: readonly ReminderIntent[]): Promise<number> {
    for (let start = 0; start < intents.length; start += ADD_BULK) {
      await this.queue.addBulk(intents.slice(start, start + ADD_BULK).map((intent) => this.jobFor(intent)));
    }
    return intents.length;
  }

  private jobFor(intent: ReminderIntent) {
    return {
      name: intent.kind,
      data: { tenant: intent.tenant, intentId: intent.id, kind: intent.kind, dueAt: intent.dueAt },
      opts: { jobId: jobIdOf(intent.tenant, intent.id), delay: Math.max(0, Date.parse(intent.dueAt) - this.clock.now().getTime()) },
    };
  }

  /** An active job is left to finish: its processor re-checks the schedule before sending. */
  private async removeJob(jobId: string, known?: Job<ReminderJobData>): Promise<boolean> {
    const job = known ?? (await this.queue.getJob(jobId));
    if (!job) return false;
    try {
      if ((await job.getState()) === 'active') return false;
      await job.remove();
      return true;
    } catch (error) {
      this.logger.warn(`Could not remove job ${jobId}: ${(error as Error).message}`);
      return false;
    }
  }

  private async catchUp(): Promise<void> {
    const head = await this.store.headPosition();
    if (!(await this.runner.waitFor(head, 30_000))) throw new Error(`Read models did not reach position ${head}`);
  }

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.tail.then(work, work);
    this.tail = run.catch(() => undefined);
    return run;
  }
}
