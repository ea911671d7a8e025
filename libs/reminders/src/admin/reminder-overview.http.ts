import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EVENT_STORE, type EventStore } from '@beslutskedjan/event-store';
import { AllowRoles, CurrentPrincipal, ReadModels } from '@beslutskedjan/platform';
import { CLOCK, type Clock, type Principal } from '@beslutskedjan/shared';
import type { ReminderDispatch } from '../queue/reminder-dispatch.js';
import { REMINDER_DISPATCH } from '../reminders.tokens.js';
import { reminderOverview, type ReminderOverview } from './reminder-overview.js';

/**
 * What the administrator's reminder screen shows: their own förbund's scheduled and sent reminders.
 * Read from the schedule the API keeps live (RemindersApiModule.projections), once it has caught up
 * with the log's head, so an admin sees what was just decided; the operator sees every förbund's
 * jobs on the queue dashboard instead.
 */
@ApiTags('operations')
@Controller('admin/reminders')
@AllowRoles('admin', 'operator')
export class ReminderOverviewHttp {
  constructor(
    private readonly readModels: ReadModels,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(REMINDER_DISPATCH) private readonly dispatch: Pick<ReminderDispatch, 'mode'>,
  ) {}

  @Get()
  @ApiBearerAuth()
  @ApiOperation({ operationId: 'getReminderOverview', summary: "The förbund's reminders: what is scheduled and what was sent" })
  async overview(@CurrentPrincipal() p: Principal): Promise<ReminderOverview & { mode: 'bullmq' | 'embedded' }> {
    const db = await this.readModels.consistentWith(String(await this.store.headPosition()));
    return { mode: this.dispatch.mode, ...reminderOverview(db, p.tenant, this.clock.now().toISOString()) };
  }
}
