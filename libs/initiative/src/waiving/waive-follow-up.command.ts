import type { Command } from '@beslutskedjan/shared';
import type { FollowUpWaived } from '../initiative.events.js';
import { active, assertNotDone, planItem, requireText } from '../initiative.guards.js';
import type { InitiativeState } from '../initiative.state.js';

export type WaiveFollowUp = Command<'WaiveFollowUp', { initiativeId: string; n: number; reason: string }>;

/**
 * The director decides an item will not be required, with the reason on record. A waived final
 * report counts as settled when the initiative is closed.
 */
export function waiveFollowUp(command: WaiveFollowUp, state: InitiativeState): FollowUpWaived[] {
  const { initiativeId, n } = command.data;
  const initiative = active(state, initiativeId);
  const item = planItem(initiative, n);
  const reason = requireText(command.data.reason, 'REASON_REQUIRED', 'The reason');
  assertNotDone(item, initiativeId);
  return [{ type: 'FollowUpWaived', data: { initiativeId, n, reason, waivedBy: command.metadata.actor.userId } }];
}
