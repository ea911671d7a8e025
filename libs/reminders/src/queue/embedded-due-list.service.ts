import { Inject, Injectable, Logger } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { READ_DB } from '@beslutskedjan/platform';
import { CLOCK, type Clock } from '@beslutskedjan/shared';
import { ReminderDelivery } from '../delivery/reminder-delivery.service.js';
import { pendingReminders } from '../schedule/reminder-schedule.queries.js';
import type { ReconcileReport, ReconcileScope, ReminderDispatch } from './reminder-dispatch.js';

const MAX_BACKOFF_MS = 10 * 60_000;

/**
 * Without REDIS_URL the `reminder_schedule` table is itself the durable due-list: polled on a timer
 * (and on `promoteDue()`), each due intent delivered in-process through the same delivery and
 * ledger as the BullMQ worker. One worker process only; not for production.
 */
@Injectable()
export class EmbeddedDueList implements ReminderDispatch {
  readonly mode = 'embedded' as const;
  private readonly logger = new Logger('Reminders');
  /** Failed deliveries wait out a backoff (wall clock: an operational delay, not a domain date). */
  private readonly backoff = new Map<string, { attempts: number; notBefore: number }>();
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    @Inject(READ_DB) private readonly db: Database.Database,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly delivery: ReminderDelivery,
  ) {}

  /** The table is the list: nothing to copy anywhere. */
  async sync(): Promise<{ added: number; removed: number }> {
    return { added: 0, removed: 0 };
  }

  async reconcile(scope: ReconcileScope = {}): Promise<ReconcileReport> {
    await this.delivery.catchUp();
    const pending = pendingReminders(this.db, { liveAt: this.clock.now().toISOString() }).filter(
      ({ intent }) => scope.tenant === undefined || intent.tenant === scope.tenant,
    ).length;
    return { mode: this.mode, pending, added: 0, removed: 0, kept: pending };
  }

  promoteDue(): Promise<number> {
    const run = this.tail.then(() => this.runDue());
    this.tail = run.catch(() => undefined);
    return run;
  }

  private async runDue(): Promise<number> {
    await this.delivery.catchUp();
    const now = this.clock.now().toISOString();
    let delivered = 0;
    for (const { intent } of pendingReminders(this.db, { liveAt: now, dueBy: now })) {
      const key = `${intent.tenant}/${intent.id}`;
      const wait = this.backoff.get(key);
      if (wait !== undefined && wait.notBefore > Date.now()) continue;
      try {
        const outcome = await this.delivery.deliver(intent.tenant, intent.id);
        this.backoff.delete(key);
        if (outcome.status === 'delivered') delivered++;
      } catch (error) {
        const attempts = (wait?.attempts ?? 0) + 1;
        this.backoff.set(key, { attempts, notBefore: Date.now() + Math.min(1000 * 2 ** attempts, MAX_BACKOFF_MS) });
        this.logger.warn(`${key}: delivery failed (attempt ${attempts}), will retry: ${(error as Error).message}`);
      }
    }
    return delivered;
  }
}
