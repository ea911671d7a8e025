import { appendChained, EVENT_STORE, type EventStore } from '@beslutskedjan/event-store';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { PEOPLE, PeopleDirectory } from '@beslutskedjan/people';
import { type AppConfig, APP_CONFIG, PROJECTION_RUNNER, READ_DB } from '@beslutskedjan/platform';
import type { ProjectionRunner } from '@beslutskedjan/projections';
import { CLOCK, type Clock } from '@beslutskedjan/shared';
import {
  NOTIFICATION_EVENT_SCHEMA_VERSIONS,
  notificationsStreamId,
  type NotificationDelivered,
} from '../notifications/notification.events.js';
import { MAIL_TRANSPORT } from '../reminders.tokens.js';
import { swedishDay } from '../schedule/calendar.js';
import type { ReminderIntent } from '../schedule/reminder-intent.js';
import { getScheduledReminder } from '../schedule/reminder-schedule.queries.js';
import { DeliveryLedger, reminderEventId } from './delivery-ledger.js';
import type { MailTransport } from './mail-transport.js';
import { renderReminder, type ReminderMessage } from './reminder-messages.js';
import { resolveRecipients } from './recipients.js';

export type DeliveryOutcome =
  | { status: 'delivered'; recipients: string[]; mailedTo: string[] }
  | { status: 'already_delivered' }
  | { status: 'not_pending'; reason: 'unknown' | 'cancelled' }
  | { status: 'lapsed'; expiresAt: string }
  | { status: 'not_due'; dueAt: string };

/** A job promoted a moment early by clock skew between Redis and this process is still on time. */
const EARLY_TOLERANCE_MS = 1000;

/**
 * Sends one reminder, whatever runs it (a BullMQ job or the embedded due-list), at most once per
 * recipient: re-checks that the intent is still pending once the read models have caught up with
 * the log, resolves the recipients as they are now, and consults the ledger before every e-mail.
 * A mail is recorded only after the server accepted it, so a crash in between can at worst send
 * that one mail again; a crash before acceptance sends nothing twice.
 */
@Injectable()
export class ReminderDelivery {
  private readonly logger = new Logger('Reminders');
  private readonly ledger: DeliveryLedger;

  constructor(
    @Inject(READ_DB) private readonly db: Database.Database,
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(PEOPLE) private readonly people: PeopleDirectory,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(MAIL_TRANSPORT) private readonly mail: MailTransport,
  ) {
    this.ledger = new DeliveryLedger(store);
  }

  /** Waits until the read models (schedule, cases, board) include everything in the store. */
  async catchUp(timeoutMs = 30_000): Promise<void> {
    const head = await this.store.headPosition();
    if (!(await this.runner.waitFor(head, timeoutMs))) throw new Error(`Read models did not reach position ${head} within ${timeoutMs} ms`);
  }

  async deliver(tenant: string, intentId: string): Promise<DeliveryOutcome> {
    await this.catchUp();
    const scheduled = getScheduledReminder(this.db, tenant, intentId);
    if (scheduled === null) return { status: 'not_pending', reason: 'unknown' };
    if (scheduled.status === 'delivered') return { status: 'already_delivered' };
    if (scheduled.status === 'cancelled') return { status: 'not_pending', reason: 'cancelled' };
    const intent = scheduled.intent;
    const now = this.clock.now();
    if (Date.parse(intent.dueAt) > now.getTime() + EARLY_TOLERANCE_MS) return { status: 'not_due', dueAt: intent.dueAt };
    if (Date.parse(intent.expiresAt) <= now.getTime()) {
      this.logger.warn(`${tenant}/${intent.id}: not sent, stale since ${intent.expiresAt}`);
      return { status: 'lapsed', expiresAt: intent.expiresAt };
    }
    const ledger = await this.ledger.read(intent);
    if (ledger.delivered) return { status: 'already_delivered' };

    const recipients = resolveRecipients(this.db, intent, swedishDay(now.toISOString()), {
      configuredDirectors: this.config.reminders.directorUserIds,
    });
    const message = renderReminder(intent, this.config.publicUrl);
    const mailedTo: string[] = [];
    for (const userId of recipients) {
      const person = this.people.get(tenant, userId);
      if (person?.email && !person.erased) {
        if (!ledger.mailed.has(userId)) await this.mailOne(intent, userId, person.email, person.displayName, person.locale, message);
        mailedTo.push(userId);
      }
      await this.notify(intent, userId, message);
    }
    if (recipients.length === 0) this.logger.warn(`${tenant}/${intent.id}: nobody to remind (audience ${intent.audience})`);
    const without = recipients.filter((r) => !mailedTo.includes(r));
    if (without.length > 0) this.logger.warn(`${tenant}/${intent.id}: no e-mail address for ${without.join(', ')}; in-app only`);
    await this.ledger.recordDelivered(intent, {
      channel: this.mail.channel,
      recipients,
      mailedTo,
      deliveredAt: this.clock.now().toISOString(),
    });
    this.logger.log(`${tenant}/${intent.id}: delivered to ${recipients.join(', ') || 'nobody'}`);
    return { status: 'delivered', recipients, mailedTo };
  }

  private async mailOne(
    intent: ReminderIntent,
    userId: string,
    email: string,
    name: string | null,
    locale: 'sv' | 'en',
    message: ReminderMessage,
  ): Promise<void> {
    const id = reminderEventId(intent.tenant, intent.id, `mail\u0000${userId}`);
    const greeting = locale === 'en' ? `Hello${name ? ` ${name}` : ''},` : `Hej${name ? ` ${name}` : ''}!`;
    const footer =
      locale === 'en'
        ? 'This reminder was sent automatically by Beslutskedjan.'
        : 'Den här påminnelsen skickades automatiskt av Beslutskedjan.';
    const sent = await this.mail.send({
      tenant: intent.tenant,
      from: this.config.reminders.mailFrom,
      to: name ? `"${name.replace(/"/g, '')}" <${email}>` : email,
      subject: message.title[locale],
      text: `${greeting}\n\n${message.body[locale]}\n\n-- \n${footer}\n`,
      messageId: `<${id}@beslutskedjan>`,
      name: `${intent.id}--${userId}`,
    });
    await this.ledger.recordMail(intent, {
      userId,
      channel: this.mail.channel,
      messageId: sent.messageId,
      sentAt: this.clock.now().toISOString(),
    });
  }

  private async notify(intent: ReminderIntent, userId: string, message: ReminderMessage): Promise<void> {
    const at = this.clock.now().toISOString();
    const data: NotificationDelivered['data'] = { notificationId: intent.id, userId, kind: intent.kind, ...message, deliveredAt: at };
    // Hash-chained: after a tenant's genesis nothing may write unhashed events.
    await appendChained(this.store, notificationsStreamId(intent.tenant, userId), [
      {
        eventId: reminderEventId(intent.tenant, intent.id, `notification\u0000${userId}`),
        type: 'NotificationDelivered',
        data,
        metadata: {
          tenant: intent.tenant,
          actor: { userId: 'system', role: 'system' },
          correlationId: `reminder:${intent.id}`,
          causationId: null,
          occurredAt: at,
          schemaVersion: NOTIFICATION_EVENT_SCHEMA_VERSIONS.NotificationDelivered,
        },
      },
    ]);
  }
}
