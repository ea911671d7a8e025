import { BullModule } from '@nestjs/bullmq';
import { ReminderQueueMetrics } from './queue/reminder-queue.metrics.js';
import { Module, type DynamicModule } from '@nestjs/common';
import type { AppConfig } from '@beslutskedjan/platform';
import type { Projection } from '@beslutskedjan/projections';
import { BullBoardMount } from './admin/bull-board.service.js';
import { EmbeddedScheduleReport } from './admin/embedded-schedule.service.js';
import { ReconcileRemindersHttp } from './admin/reconcile-reminders.http.js';
import { ReminderOverviewHttp } from './admin/reminder-overview.http.js';
import { notificationProjections, NotificationsModule } from './notifications/notifications.module.js';
import { bullRootOptions, reminderQueueOptions } from './queue/reminder-queue.config.js';
import { REMINDER_DISPATCH } from './reminders.tokens.js';
import { reminderScheduleProjection } from './schedule/reminder-schedule.projection.js';
import { ApiReminderReconcile } from './admin/api-reconcile.service.js';

/**
 * Reminders in the API process: the in-app inbox (GET /api/notifications, POST …/:id/read),
 * POST /api/admin/reminders/reconcile, and with REDIS_URL bull-board at /admin/queues. The API
 * never delivers: it only produces jobs when an admin reconciles.
 */
@Module({})
export class RemindersApiModule {
  /**
   * Add to the API's projections: the in-app notifications, and the reminder schedule, whose
   * subjects' states tell the inbox which cases run late and which follow-ups are due (the API never
   * delivers from it; GET /api/admin/reminders and reconcile read it too, after it has caught up).
   */
  static projections(config?: AppConfig): Projection[] {
    return [...notificationProjections, reminderScheduleProjection(config?.reminders.timings)];
  }

  static forRoot(config: AppConfig): DynamicModule {
    if (!config.redisUrl) {
      return {
        module: RemindersApiModule,
        imports: [NotificationsModule],
        controllers: [ReconcileRemindersHttp, ReminderOverviewHttp],
        providers: [EmbeddedScheduleReport, { provide: REMINDER_DISPATCH, useExisting: EmbeddedScheduleReport }],
      };
    }
    return {
      module: RemindersApiModule,
      imports: [NotificationsModule, BullModule.forRoot(bullRootOptions(config)), BullModule.registerQueue(reminderQueueOptions)],
      controllers: [ReconcileRemindersHttp, ReminderOverviewHttp],
      providers: [
        ApiReminderReconcile,
        { provide: REMINDER_DISPATCH, useExisting: ApiReminderReconcile },
        BullBoardMount,
        ReminderQueueMetrics,
      ],
    };
  }
}
