import { intentsOf, type SubjectState } from './reminder-automation.js';
import type { ReminderIntent, ReminderKind } from './reminder-intent.js';
import type { ReminderTimings } from './reminder-timings.js';

/**
 * The reminders that say something is running late or due. The inbox shows them from the moment
 * they fall due until their reason goes away: what "late" and "due" mean is the reminders' timing
 * (REMINDER_TIMINGS), so the inbox and the e-mail never disagree.
 */
export const DEADLINE_KINDS = ['preparation_late', 'follow_up_due_soon', 'follow_up_due_today', 'follow_up_overdue'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

const isDeadline = (kind: ReminderKind): kind is DeadlineKind => (DEADLINE_KINDS as readonly string[]).includes(kind);

/** Later steps of the same follow-up item win: due soon, then due today, then overdue. */
const STEP: Record<DeadlineKind, number> = { preparation_late: 0, follow_up_due_soon: 1, follow_up_due_today: 2, follow_up_overdue: 3 };

/**
 * Of one subject's current reminders (the same `intentsOf` the schedule uses), those about a
 * deadline whose due time has come at `now` (ISO instant), one per case or follow-up item: its
 * latest step. Unlike a mail, a deadline never lapses here (`expiresAt` is for sending): an
 * overdue report stays in the inbox until it is submitted, waived, rescheduled or the initiative closed.
 */
export function deadlinesFallenDue(state: SubjectState, tenant: string, timings: ReminderTimings, now: string): ReminderIntent[] {
  const at = Date.parse(now);
  const latest = new Map<string, ReminderIntent & { kind: DeadlineKind }>();
  for (const intent of intentsOf(state, tenant, timings)) {
    if (!isDeadline(intent.kind) || Date.parse(intent.dueAt) > at) continue;
    const deadline = intent as ReminderIntent & { kind: DeadlineKind };
    const key = `${intent.subject.applicationId ?? ''}|${intent.subject.n ?? ''}`;
    const seen = latest.get(key);
    if (seen === undefined || STEP[deadline.kind] > STEP[seen.kind]) latest.set(key, deadline);
  }
  return [...latest.values()];
}
