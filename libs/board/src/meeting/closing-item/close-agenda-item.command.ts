import { type Command, DomainRuleError } from '@beslutskedjan/shared';
import { requireItem, requireItemOpen, requireNotClosed, requireOpenMeeting } from '../meeting.guards.js';
import type { AgendaItemClosed } from '../meeting.events.js';
import type { MeetingState } from '../meeting.state.js';

export type CloseAgendaItem = Command<'CloseAgendaItem', { meetingId: string; itemNo: number }>;

/** A decision item closes with its outcome; a reported delegated decision is only noted. */
export function closeAgendaItem(command: CloseAgendaItem, state: MeetingState): AgendaItemClosed[] {
  const { meetingId, itemNo } = command.data;
  const meeting = requireOpenMeeting(state);
  const item = requireItem(meeting, itemNo);
  requireNotClosed(item);
  requireItemOpen(item);
  if (item.kind === 'decision' && item.outcome === null) {
    throw new DomainRuleError('OUTCOME_MISSING', `Item ${itemNo} has no recorded outcome`, { itemNo });
  }
  return [{ type: 'AgendaItemClosed', data: { meetingId, itemNo, closedBy: command.metadata.actor.userId } }];
}
