import { type Command, DomainRuleError } from '@beslutskedjan/shared';
import { requireItem, requireNotClosed, requireOpenMeeting } from '../meeting.guards.js';
import type { AgendaItemOpened } from '../meeting.events.js';
import type { MeetingState } from '../meeting.state.js';

export type OpenAgendaItem = Command<'OpenAgendaItem', { meetingId: string; itemNo: number }>;

/** The chair takes up an item; the board deals with one item at a time. */
export function openAgendaItem(command: OpenAgendaItem, state: MeetingState): AgendaItemOpened[] {
  const { meetingId, itemNo } = command.data;
  const meeting = requireOpenMeeting(state);
  const item = requireItem(meeting, itemNo);
  requireNotClosed(item);
  if (item.status === 'open') throw new DomainRuleError('ITEM_ALREADY_OPEN', `Item ${itemNo} is already open`, { itemNo });
  const other = meeting.items.find((i) => i.status === 'open');
  if (other !== undefined) {
    throw new DomainRuleError('ANOTHER_ITEM_OPEN', `Item ${other.itemNo} is still open`, { itemNo, openItemNo: other.itemNo });
  }
  return [{ type: 'AgendaItemOpened', data: { meetingId, itemNo, openedBy: command.metadata.actor.userId } }];
}
