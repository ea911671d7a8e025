import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EVENT_STORE, type EventStore, Upcasters } from '@beslutskedjan/event-store';
import { AllowRoles, CurrentPrincipal, UPCASTERS, type AppConfig, APP_CONFIG } from '@beslutskedjan/platform';
import { CLOCK, type Clock, type Principal } from '@beslutskedjan/shared';
import type { ReminderDispatch } from '../queue/reminder-dispatch.js';
import { REMINDER_DISPATCH } from '../reminders.tokens.js';
import { reminderOverview, type ReminderOverview } from './reminder-overview.js';
import { withScheduleFromLog } from './schedule-from-log.js';

/**
 * What the administrator's reminder screen shows: their own förbund's scheduled and sent reminders.
 * Like reconcile, the API folds the schedule from the log for the call (see scheduleFromLog); the
 * operator sees every förbund's jobs on the queue dashboard instead.
 */
@ApiTags('operations')
@Controller('admin/reminders')
@AllowRoles('admin', 'operator')
export class ReminderOverviewHttp {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(UPCASTERS) private readonly upcasters: Upcasters,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(REMINDER_DISPATCH) private readonly dispatch: Pick<ReminderDispatch, 'mode'>,
  ) {}

  @Get()
  @ApiBearerAuth()
  @ApiOperation({ operationId: 'getReminderOverview', summary: "The förbund's reminders: what is scheduled and what was sent" })
  async overview(@CurrentPrincipal() p: Principal): Promise<ReminderOverview & { mode: 'bullmq' | 'embedded' }> {
    const liveAt = this.clock.now().toISOString();
    const overview = await withScheduleFromLog(this.store, this.upcasters, this.config.reminders.timings, (schedule) =>
      reminderOverview(schedule.db, p.tenant, liveAt),
    );
    return { mode: this.dispatch.mode, ...overview };
  }
}
