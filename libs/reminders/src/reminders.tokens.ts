/** Injection tokens of the reminders lib. */
export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');
/** The active dispatcher: BullMQ (`ReminderScheduler`) or the embedded due-list. */
export const REMINDER_DISPATCH = Symbol('REMINDER_DISPATCH');

/** BullMQ queue of reminder deliveries; job id = `${tenant}/${intentId}`. */
export const REMINDER_QUEUE = 'reminders';
