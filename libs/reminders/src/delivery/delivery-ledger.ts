import { appendChained, type EventStore, type NewEvent } from '@beslutskedjan/event-store';
import { eventIdFor } from '@beslutskedjan/platform';
import {
  deliveryStreamId,
  REMINDER_LEDGER_SCHEMA_VERSIONS,
  type ReminderDelivered,
  type ReminderLedgerEvent,
  type ReminderMailSent,
} from '../reminders.events.js';
import type { ReminderIntent } from '../schedule/reminder-intent.js';

/** Ledger streams (tenant × month) whose fold is kept in memory. */
const FOLDED_STREAMS = 1000;

export interface LedgerEntry {
  delivered: boolean;
  /** Recipients whose e-mail the SMTP server has accepted (or the outbox has written). */
  mailed: ReadonlySet<string>;
}

interface FoldedStream {
  /** The last revision folded in (-1: none). */
  revision: number;
  byIntent: Map<string, { delivered: boolean; mailed: Set<string> }>;
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
  /**
   * What each recently read stream says so far, and up to which revision. A stream only ever grows,
   * so every read fetches just the tail from the store (other processes' entries included) instead
   * of the whole month's stream again for each reminder.
   */
  private readonly folded = new Map<string, FoldedStream>();

  constructor(private readonly store: EventStore) {}

  async read(intent: ReminderIntent): Promise<LedgerEntry> {
    const streamId = deliveryStreamId(intent.tenant, intent.dueAt);
    const known: FoldedStream = this.folded.get(streamId) ?? { revision: -1, byIntent: new Map() };
    const tail = await this.store.readStream(streamId, { fromRevision: known.revision + 1 });
    for (const e of tail) {
      const { intentId, userId } = e.data as { intentId?: string; userId?: string };
      if (intentId === undefined) continue;
      let entry = known.byIntent.get(intentId);
      if (entry === undefined) known.byIntent.set(intentId, (entry = { delivered: false, mailed: new Set() }));
      if (e.type === 'ReminderDelivered') entry.delivered = true;
      if (e.type === 'ReminderMailSent' && userId !== undefined) entry.mailed.add(userId);
    }
    // Concurrent reads may fold the same events twice; that changes nothing (a flag and a set).
    known.revision = Math.max(known.revision, tail.at(-1)?.revision ?? -1);
    this.remember(streamId, known);
    const entry = known.byIntent.get(intent.id);
    return { delivered: entry?.delivered ?? false, mailed: new Set(entry?.mailed) };
  }

  /** Most recently used last; the oldest streams (past months) are forgotten and read whole if ever needed again. */
  private remember(streamId: string, folded: FoldedStream): void {
    this.folded.delete(streamId);
    this.folded.set(streamId, folded);
    if (this.folded.size > FOLDED_STREAMS) this.folded.delete(this.folded.keys().next().value as string);
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
    // Hash-chained like every other write: after a tenant's genesis nothing may write unhashed events.
    await appendChained(this.store, deliveryStreamId(intent.tenant, intent.dueAt), [stored]);
  }
}

/** Deterministic event ids: the same delivery step of the same intent always has the same id. */
export const reminderEventId = (tenant: string, intentId: string, step: string) =>
  eventIdFor(tenant, `reminder\u0000${intentId}\u0000${step}`, 0);
