import { type Command, DomainRuleError } from '@beslutskedjan/shared';
import type { InitiativeClosed } from '../initiative.events.js';
import { active, requireText, swedishToday } from '../initiative.guards.js';
import type { InitiativeState } from '../initiative.state.js';

export type CloseInitiative = Command<'CloseInitiative', { initiativeId: string; summary: string }>;

/**
 * The director closes the initiative (avslutad insats) once its final report is accepted. A final
 * report the director waived, with its reason on record, counts as settled.
 */
export function closeInitiative(command: CloseInitiative, state: InitiativeState): InitiativeClosed[] {
  const { initiativeId } = command.data;
  const initiative = active(state, initiativeId);
  const pending = initiative.items.filter((i) => i.kind === 'final_report' && i.status !== 'accepted' && i.status !== 'waived');
  if (pending.length > 0) {
    throw new DomainRuleError('FINAL_REPORT_NOT_ACCEPTED', 'The final report has not been accepted', {
      initiativeId,
      pending: pending.map((i) => ({ n: i.n, itemStatus: i.status })),
    });
  }
  const summary = requireText(command.data.summary, 'SUMMARY_REQUIRED', 'The summary');
  return [
    {
      type: 'InitiativeClosed',
      data: { initiativeId, closedOn: swedishToday(command.metadata), closedBy: command.metadata.actor.userId, summary },
    },
  ];
}
