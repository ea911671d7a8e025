import type { EventStore } from '../../../event-store/src/event-store.port.js';
import type { NewEvent } from '../../../event-store/src/event.js';
import { eventIdFor } from '../../../platform/src/commands/event-ids.js';
import {
  deliveryStreamId,
  REMINDER_LEDGER_SCHEMA_VERSIONS,
  type ReminderDelivered,
  type ReminderLedgerEvent,
  type ReminderMailSent,
} from '../reminders.events.js';
import type { ReminderIntent } from '../schedule/reminder-intent.js';

export interface LedgerEntry {
  delivered: boolean;
  /** Recipients whose e-mail the SMTP server has accepted (or the outbox has written). */
  mailed: ReadonlySet<string>;
}

/**
 * The delivery ledger is the event store itself, not a side table, because:
 * - it is already durable and shared by every worker process, on one host (SQLite file) or many
 *   (KurrentDB), which a local SQLite ledger would not be;
 * - the store ignores an event whose id it already holds, and our ids are derived from the intent
 *   (and recipient), so two processes recording the same delivery record it once;
 * - the schedule projection reads ReminderDelivered from the same log, so a rebuild of the
 *   schedule (lost Redis, changed timings, a new worker) knows what went out and never resends it;
 * - a public body can show when, and to whom, a reminder was sent.
 * One stream per tenant and month of the due time keeps each stream short; any process finds it
 * from the intent alone.
 */
export class DeliveryLedger {
  constructor(private readonly store: EventStore) {}

  async read(intent: ReminderIntent): Promise<LedgerEntry> {
    const events = await this.store.readStream(deliveryStreamId(intent.tenant, intent.dueAt));
    const mine = events.filter((e) => (e.data as { intentId?: string }).intentId === intent.id);
    return {
      delivered: mine.some((e) => e.type === 'ReminderDelivered'),
      mailed: new Set(mine.filter((e) => e.type === 'ReminderMailSent').map((e) => (e.data as ReminderMailSent['data']).userId)),
    };
  }

  /** Called only after the SMTP server accepted the message (250) or the .eml file was written. */
  recordMail(intent: ReminderIntent, data: Omit<ReminderMailSent['data'], 'intentId' | 'kind'>): Promise<void> {
    return this.append(
      intent,
      `mail\u0000${data.userId}`,
      { type: 'ReminderMailSent', data: { intentId: intent.id, kind: intent.kind, ...data } },
      data.sentAt,
    );
  }

  recordDelivered(intent: ReminderIntent, data: Omit<ReminderDelivered['data'], 'intentId' | 'kind' | 'dueAt'>): Promise<void> {
    return this.append(
      intent,
      'delivered',
      { type: 'ReminderDelivered', data: { intentId: intent.id, kind: intent.kind, dueAt: intent.dueAt, ...data } },
      data.deliveredAt,
    );
  }

  private async append(intent: ReminderIntent, step: string, event: ReminderLedgerEvent, at: string): Promise<void> {
    const stored: NewEvent = {
      eventId: reminderEventId(intent.tenant, intent.id, step),
      type: event.type,
      data: event.data,
      metadata: {
        tenant: intent.tenant,
        actor: { userId: 'system', role: 'system' },
        correlationId: `reminder:${intent.id}`,
        causationId: null,
        occurredAt: at,
        schemaVersion: REMINDER_LEDGER_SCHEMA_VERSIONS[event.type],
      },
    };
    await this.store.append(deliveryStreamId(intent.tenant, intent.dueAt), [stored], 'any');
  }
}

/** Deterministic event ids: the same delivery step of the same intent always has the same id. */
export const reminderEventId = (tenant: string, intentId: string, step: string) =>
  eventIdFor(tenant, `reminder\u0000${intentId}\u0000${step}`, 0);
