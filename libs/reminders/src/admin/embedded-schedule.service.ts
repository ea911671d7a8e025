import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore, Upcasters } from '@beslutskedjan/event-store';
import { UPCASTERS, type AppConfig, APP_CONFIG } from '@beslutskedjan/platform';
import { CLOCK, type Clock } from '@beslutskedjan/shared';
import type { ReconcileReport, ReconcileScope, ReminderDispatch } from '../queue/reminder-dispatch.js';
import { pendingReminders } from '../schedule/reminder-schedule.queries.js';
import { withScheduleFromLog } from './schedule-from-log.js';

/**
 * The API's answer without REDIS_URL: there is no queue to rebuild, the worker delivers straight
 * from its own schedule table; this reports the pending set as the log gives it.
 */
@Injectable()
export class EmbeddedScheduleReport implements Pick<ReminderDispatch, 'reconcile' | 'mode'> {
  readonly mode = 'embedded' as const;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(UPCASTERS) private readonly upcasters: Upcasters,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async reconcile(scope: ReconcileScope = {}): Promise<ReconcileReport> {
    const pending = await withScheduleFromLog(
      this.store,
      this.upcasters,
      this.config.reminders.timings,
      (schedule) =>
        pendingReminders(schedule.db, { liveAt: this.clock.now().toISOString() }).filter(
          ({ intent }) => scope.tenant === undefined || intent.tenant === scope.tenant,
        ).length,
    );
    return { mode: this.mode, pending, added: 0, removed: 0, kept: pending };
  }
}
