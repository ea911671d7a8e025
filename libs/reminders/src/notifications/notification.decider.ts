import { type Command, type Decider, assertNever, NotFoundError } from '@beslutskedjan/shared';
import type { NotificationEvent } from './notification.events.js';

export type MarkNotificationRead = Command<'MarkNotificationRead', { notificationId: string }>;

/** One person's inbox: which notifications it holds and which are read. */
export interface InboxState {
  delivered: Readonly<Record<string, true>>;
  read: Readonly<Record<string, true>>;
}

export const initialInboxState = (): InboxState => ({ delivered: {}, read: {} });

export function evolveInbox(state: InboxState, event: NotificationEvent): InboxState {
  switch (event.type) {
    case 'NotificationDelivered':
      return { ...state, delivered: { ...state.delivered, [event.data.notificationId]: true } };
    case 'NotificationRead':
      return { ...state, read: { ...state.read, [event.data.notificationId]: true } };
    default:
      return assertNever(event);
  }
}

/** Marking read is idempotent: a second time records nothing. Only one's own stream is ever loaded. */
export function decideInbox(command: MarkNotificationRead, state: InboxState): NotificationEvent[] {
  const { notificationId } = command.data;
  if (state.delivered[notificationId] === undefined)
    throw new NotFoundError('NOTIFICATION_NOT_FOUND', `No notification ${notificationId} for you`);
  if (state.read[notificationId] !== undefined) return [];
  return [{ type: 'NotificationRead', data: { notificationId, userId: command.metadata.actor.userId, readAt: command.metadata.now } }];
}

export const inboxDecider: Decider<MarkNotificationRead, NotificationEvent, InboxState> = {
  decide: decideInbox,
  evolve: evolveInbox,
  initialState: initialInboxState,
};
