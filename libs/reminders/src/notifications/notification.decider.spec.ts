import { decideInbox, evolveInbox, initialInboxState, type MarkNotificationRead } from './notification.decider.js';
import type { NotificationEvent } from './notification.events.js';

const delivered: NotificationEvent = {
  type: 'NotificationDelivered',
  data: {
    notificationId: 'n1',
    userId: 'ann',
    kind: 'case_to_prepare',
    title: { sv: 'a', en: 'a' },
    body: { sv: 'b', en: 'b' },
    link: 'http://x',
    deliveredAt: '2026-01-01T00:00:00.000Z',
  },
};
const mark = (notificationId: string): MarkNotificationRead => ({
  type: 'MarkNotificationRead',
  data: { notificationId },
  metadata: { now: '2026-01-02T08:00:00.000Z', actor: { userId: 'ann', role: 'applicant' }, tenant: 't1' },
});
const given = (...events: NotificationEvent[]) => events.reduce(evolveInbox, initialInboxState());

describe('Marking a notification read', () => {
  it('given a delivered notification, when marked read, then NotificationRead', () => {
    expect(decideInbox(mark('n1'), given(delivered))).toEqual([
      { type: 'NotificationRead', data: { notificationId: 'n1', userId: 'ann', readAt: '2026-01-02T08:00:00.000Z' } },
    ]);
  });

  it('given it is already read, then nothing new is recorded', () => {
    const read = decideInbox(mark('n1'), given(delivered))[0]!;
    expect(decideInbox(mark('n1'), given(delivered, read))).toEqual([]);
  });

  it('given no such notification in my inbox, then NOTIFICATION_NOT_FOUND', () => {
    expect(() => decideInbox(mark('n2'), given(delivered))).toThrow(expect.objectContaining({ code: 'NOTIFICATION_NOT_FOUND' }));
  });
});
