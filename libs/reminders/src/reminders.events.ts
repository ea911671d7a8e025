import type { DomainEvent } from '@beslutskedjan/shared';
import type { ReminderKind } from './schedule/reminder-intent.js';

/**
 * The delivery ledger, kept in the event store itself: stream `${tenant}/reminder-deliveries-<yyyy-mm>`
 * (the month of the intent's due time, so every process looks in the same place) with event ids
 * derived from the intent id. See delivery/delivery-ledger.ts for why the log and not a side table.
 */

/** One recipient's e-mail was accepted by the SMTP server (250) or written to the outbox. */
export type ReminderMailSent = DomainEvent<
  'ReminderMailSent',
  { intentId: string; kind: ReminderKind; userId: string; channel: 'email' | 'outbox'; messageId: string; sentAt: string }
>;

/** The reminder is done: every recipient got the in-app notification and, where an address is known, the e-mail. */
export type ReminderDelivered = DomainEvent<
  'ReminderDelivered',
  {
    intentId: string;
    kind: ReminderKind;
    channel: 'email' | 'outbox';
    /** Everyone notified in the app, resolved at send time. */
    recipients: string[];
    /** Those of them who were also e-mailed (the others have no address on file). */
    mailedTo: string[];
    dueAt: string;
    deliveredAt: string;
  }
>;

export type ReminderLedgerEvent = ReminderMailSent | ReminderDelivered;

export const REMINDER_LEDGER_SCHEMA_VERSIONS: Readonly<Record<ReminderLedgerEvent['type'], number>> = {
  ReminderMailSent: 1,
  ReminderDelivered: 1,
};

export const deliveryStreamId = (tenant: string, dueAt: string) => `${tenant}/reminder-deliveries-${dueAt.slice(0, 7)}`;
