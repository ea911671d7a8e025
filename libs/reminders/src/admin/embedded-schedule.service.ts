import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@beslutskedjan/event-store';
import { ReadModels } from '@beslutskedjan/platform';
import { CLOCK, type Clock } from '@beslutskedjan/shared';
import type { ReconcileReport, ReconcileScope, ReminderDispatch } from '../queue/reminder-dispatch.js';
import { pendingReminders } from '../schedule/reminder-schedule.queries.js';

/**
 * The API's answer without REDIS_URL: there is no queue to rebuild, the worker delivers straight
 * from its own schedule table; this reports the pending set from the API's live copy of the same
 * schedule, once it has caught up with the log.
 */
@Injectable()
export class EmbeddedScheduleReport implements Pick<ReminderDispatch, 'reconcile' | 'mode'> {
  readonly mode = 'embedded' as const;

  constructor(
    private readonly readModels: ReadModels,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async reconcile(scope: ReconcileScope = {}): Promise<ReconcileReport> {
    const db = await this.readModels.consistentWith(String(await this.store.headPosition()));
    const pending = pendingReminders(db, { liveAt: this.clock.now().toISOString() }).filter(
      ({ intent }) => scope.tenant === undefined || intent.tenant === scope.tenant,
    ).length;
    return { mode: this.mode, pending, added: 0, removed: 0, kept: pending };
  }
}
