import type { FollowUpItem } from './initiative.events.js';
import type { FollowUpItemStatus, InitiativeState } from './initiative.state.js';

export interface FollowUpDueDate {
  n: number;
  kind: FollowUpItem['kind'];
  /** The current due date: the plan's, moved by reschedules and returns. */
  dueDate: string;
  status: FollowUpItemStatus;
}

/**
 * Every item of the plan with its current due date, in plan order. Derived from the initiative's
 * own events, so a reminder schedule built from it can always be rebuilt from the log.
 */
export function currentDueDates(state: InitiativeState): FollowUpDueDate[] {
  if (state.status === 'none') return [];
  return state.items.map(({ n, kind, dueDate, status }) => ({ n, kind, dueDate, status }));
}

/** What the contact still has to submit: items due or returned, while the initiative is followed up. */
export function openItems(state: InitiativeState): FollowUpDueDate[] {
  if (state.status !== 'funded') return [];
  return currentDueDates(state).filter((item) => item.status === 'due' || item.status === 'returned');
}
