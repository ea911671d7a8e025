export { RemindersApiModule } from './reminders-api.module.js';
export { RemindersWorkerModule } from './reminders-worker.module.js';
export { NotificationsModule, notificationProjections } from './notifications/notifications.module.js';
export { reminderScheduleProjection } from './schedule/reminder-schedule.projection.js';
export { reminderIntents, evolveSchedule, initialScheduleState } from './schedule/reminder-automation.js';
export type { ReminderIntent, ReminderKind, ReminderAudience } from './schedule/reminder-intent.js';
export { DEFAULT_REMINDER_TIMINGS, type ReminderTimings } from './schedule/reminder-timings.js';
export type { ReminderDispatch, ReconcileReport } from './queue/reminder-dispatch.js';
export { REMINDER_DISPATCH, REMINDER_QUEUE } from './reminders.tokens.js';
