import type { InitiativeEvent } from '@beslutskedjan/initiative';
import { assertNever } from '@beslutskedjan/shared';
import { addDays, addMinutes, atSwedishTime } from './calendar.js';
import type { FollowUpItemKind, ReminderIntent } from './reminder-intent.js';
import type { ReminderTimings } from './reminder-timings.js';

export interface FollowUpItemState {
  n: number;
  kind: FollowUpItemKind;
  /** As the events last set it: the plan, a rescheduling, or a returned report's new date. */
  dueDate: string;
  status: 'open' | 'submitted' | 'accepted' | 'waived';
}

/** A funded initiative's follow-up plan, folded from its events (InitiativeFunded, FollowUp*). */
export interface FollowUpReminderState {
  subject: 'initiative';
  initiativeId: string;
  applicationId: string;
  caseNumber: string;
  title: string;
  contactUserId: string;
  closed: boolean;
  items: FollowUpItemState[];
}

export function evolveFollowUp(state: FollowUpReminderState | null, event: InitiativeEvent): FollowUpReminderState | null {
  if (event.type === 'InitiativeFunded') {
    const d = event.data;
    return (
      state ?? {
        subject: 'initiative',
        initiativeId: d.initiativeId,
        applicationId: d.applicationId,
        caseNumber: d.caseNumber,
        title: d.title,
        contactUserId: d.contactUserId,
        closed: false,
        items: d.terms.followUpPlan.items.map((item) => ({ n: item.n, kind: item.kind, dueDate: item.dueDate, status: 'open' })),
      }
    );
  }
  if (state === null) return null;
  const update = (n: number, change: (item: FollowUpItemState) => FollowUpItemState): FollowUpReminderState => ({
    ...state,
    items: state.items.map((item) => (item.n === n ? change(item) : item)),
  });
  switch (event.type) {
    case 'FollowUpRescheduled':
      return update(event.data.n, (item) => ({ ...item, dueDate: event.data.to }));
    case 'FollowUpWaived':
      return update(event.data.n, (item) => ({ ...item, status: 'waived' }));
    case 'FollowUpReportSubmitted':
      return update(event.data.n, (item) => ({ ...item, status: 'submitted' }));
    case 'FollowUpReportReviewed': {
      const { verdict, newDueDate } = event.data;
      return update(event.data.n, (item) =>
        verdict === 'accepted' ? { ...item, status: 'accepted' } : { ...item, status: 'open', dueDate: newDueDate ?? item.dueDate },
      );
    }
    case 'InitiativeClosed':
      return { ...state, closed: true };
    default:
      return assertNever(event);
  }
}

/**
 * For each open item: due soon, due today, overdue (escalated to the board). Each step expires when
 * the next one falls due, so a late start never sends "due in 14 days" for a report already overdue.
 */
export function followUpIntents(state: FollowUpReminderState, tenant: string, t: ReminderTimings): ReminderIntent[] {
  if (state.closed) return [];
  return state.items
    .filter((item) => item.status === 'open')
    .flatMap((item) => {
      const base = `followup-${state.initiativeId}-${item.n}-${item.dueDate}`;
      const subject = {
        initiativeId: state.initiativeId,
        applicationId: state.applicationId,
        caseNumber: state.caseNumber,
        title: state.title,
        n: item.n,
        followUpKind: item.kind,
        dueDate: item.dueDate,
        contactUserId: state.contactUserId,
      };
      const soonAt = atSwedishTime(addDays(item.dueDate, -t.followUpDueSoonDays), t.sendAt);
      const todayAt = atSwedishTime(item.dueDate, t.sendAt);
      const overdueAt = atSwedishTime(addDays(item.dueDate, t.followUpOverdueDays), t.sendAt);
      const intents: ReminderIntent[] = [];
      if (t.followUpDueSoonDays > 0) {
        const id = `${base}-due${t.followUpDueSoonDays}`;
        intents.push({
          id,
          tenant,
          kind: 'follow_up_due_soon',
          dueAt: soonAt,
          expiresAt: todayAt,
          subject,
          audience: 'contact_and_director',
        });
      }
      intents.push(
        {
          id: `${base}-due0`,
          tenant,
          kind: 'follow_up_due_today',
          dueAt: todayAt,
          expiresAt: overdueAt,
          subject,
          audience: 'contact_and_director',
        },
        {
          id: `${base}-overdue${t.followUpOverdueDays}`,
          tenant,
          kind: 'follow_up_overdue',
          dueAt: overdueAt,
          expiresAt: addMinutes(overdueAt, t.lapseAfterDays * 24 * 60),
          subject,
          audience: 'contact_director_and_board',
        },
      );
      return intents;
    });
}
