import { type Command, DomainRuleError } from '@beslutskedjan/shared';
import { requireOpenMeeting } from '../meeting.guards.js';
import type { BoardMeetingClosed } from '../meeting.events.js';
import type { MeetingState } from '../meeting.state.js';

export type CloseBoardMeeting = Command<'CloseBoardMeeting', { meetingId: string }>;

/** Every item must have been dealt with (and closed) before the meeting closes. */
export function closeBoardMeeting(command: CloseBoardMeeting, state: MeetingState): BoardMeetingClosed[] {
  const { meetingId } = command.data;
  const meeting = requireOpenMeeting(state);
  const unfinished = meeting.items.filter((i) => i.status !== 'closed').map((i) => i.itemNo);
  if (unfinished.length > 0) {
    throw new DomainRuleError('ITEMS_STILL_OPEN', `Items ${unfinished.join(', ')} are not closed`, { itemNos: unfinished });
  }
  return [{ type: 'BoardMeetingClosed', data: { meetingId, closedBy: command.metadata.actor.userId } }];
}
