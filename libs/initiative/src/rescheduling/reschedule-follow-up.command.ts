import { type Command, DomainRuleError, InvalidInputError } from '@beslutskedjan/shared';
import { isIsoDate } from '@beslutskedjan/policy';
import type { FollowUpRescheduled } from '../initiative.events.js';
import { active, assertNotDone, futureDueDate, planItem, requireText, swedishToday } from '../initiative.guards.js';
import type { InitiativeState } from '../initiative.state.js';

export type RescheduleFollowUp = Command<'RescheduleFollowUp', { initiativeId: string; n: number; to: string; reason: string }>;

/** The director moves a due date of the plan; the reason and the old date stay on record. */
export function rescheduleFollowUp(command: RescheduleFollowUp, state: InitiativeState): FollowUpRescheduled[] {
  const { initiativeId, n, to } = command.data;
  const initiative = active(state, initiativeId);
  const item = planItem(initiative, n);
  const reason = requireText(command.data.reason, 'REASON_REQUIRED', 'The reason');
  assertNotDone(item, initiativeId);
  if (!isIsoDate(to)) throw new InvalidInputError([{ field: 'to', message: 'must be a date YYYY-MM-DD' }]);
  if (to === item.dueDate) {
    throw new DomainRuleError('DUE_DATE_UNCHANGED', `Follow-up item ${n} is already due on ${to}`, { initiativeId, n, dueDate: to });
  }
  futureDueDate(to, 'to', swedishToday(command.metadata));
  return [
    {
      type: 'FollowUpRescheduled',
      data: { initiativeId, n, from: item.dueDate, to, reason, rescheduledBy: command.metadata.actor.userId },
    },
  ];
}
