import { Inject, Injectable } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { EVENT_STORE, type EventStore } from '../../../event-store/src/event-store.port.js';
import { PROJECTION_RUNNER, READ_DB } from '../../../platform/src/persistence/tokens.js';
import type { ProjectionRunner } from '../../../projections/src/projection-runner.js';
import { CLOCK, type Clock } from '../../../shared/src/clock.js';
import type { ReconcileReport, ReminderDispatch } from '../queue/reminder-dispatch.js';
import { pendingReminders } from '../schedule/reminder-schedule.queries.js';

/**
 * The API's answer without REDIS_URL: there is no queue to rebuild, the worker delivers straight
 * from its own schedule table; this reports the pending set as the log gives it.
 */
@Injectable()
export class EmbeddedScheduleReport implements Pick<ReminderDispatch, 'reconcile' | 'mode'> {
  readonly mode = 'embedded' as const;

  constructor(
    @Inject(READ_DB) private readonly db: Database.Database,
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async reconcile(): Promise<ReconcileReport> {
    await this.runner.waitFor(await this.store.headPosition(), 30_000);
    const pending = pendingReminders(this.db, { liveAt: this.clock.now().toISOString() }).length;
    return { mode: this.mode, pending, added: 0, removed: 0, kept: pending };
  }
}
