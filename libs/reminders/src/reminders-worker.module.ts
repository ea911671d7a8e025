import { BullModule } from '@nestjs/bullmq';
import { ReminderQueueMetrics } from './queue/reminder-queue.metrics.js';
import { Module, type DynamicModule, type Provider } from '@nestjs/common';
import { casesProjection } from '@beslutskedjan/application';
import { boardProjection } from '@beslutskedjan/board';
import type { AppConfig } from '@beslutskedjan/platform';
import type { Projection } from '@beslutskedjan/projections';
import { createMailTransport } from './delivery/mail-transport.js';
import { ReminderDelivery } from './delivery/reminder-delivery.service.js';
import { EmbeddedDueList } from './queue/embedded-due-list.service.js';
import { bullRootOptions, reminderQueueOptions } from './queue/reminder-queue.config.js';
import { reminderProcessor } from './queue/reminder.processor.js';
import { ReminderScheduler } from './queue/reminder-scheduler.service.js';
import { RemindersRuntime } from './queue/reminders-runtime.service.js';
import { MAIL_TRANSPORT, REMINDER_DISPATCH } from './reminders.tokens.js';
import { reminderScheduleProjection } from './schedule/reminder-schedule.projection.js';

/**
 * Reminders in the worker process: the schedule projection, delivery (e-mail + in-app) and the
 * dispatcher: BullMQ on REDIS_URL, or the embedded due-list without it.
 */
@Module({})
export class RemindersWorkerModule {
  /** The read models delivery needs in the worker: the schedule, and cases and board for recipients. */
  static projections(config: AppConfig): Projection[] {
    return [reminderScheduleProjection(config.reminders.timings), casesProjection, boardProjection];
  }

  static forRoot(config: AppConfig): DynamicModule {
    const common: Provider[] = [
      ReminderDelivery,
      RemindersRuntime,
      { provide: MAIL_TRANSPORT, useFactory: () => createMailTransport({ smtpUrl: config.smtpUrl, dataDir: config.dataDir }) },
    ];
    const exports = [REMINDER_DISPATCH, ReminderDelivery, RemindersRuntime];
    if (!config.redisUrl) {
      return {
        module: RemindersWorkerModule,
        providers: [...common, EmbeddedDueList, { provide: REMINDER_DISPATCH, useExisting: EmbeddedDueList }],
        exports,
      };
    }
    return {
      module: RemindersWorkerModule,
      imports: [BullModule.forRoot(bullRootOptions(config)), BullModule.registerQueue(reminderQueueOptions)],
      providers: [
        ...common,
        ReminderScheduler,
        { provide: REMINDER_DISPATCH, useExisting: ReminderScheduler },
        reminderProcessor({ lockMs: config.reminders.jobLockMs }),
        ReminderQueueMetrics,
      ],
      exports,
    };
  }
}
