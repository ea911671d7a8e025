import { type Command, assertNever, DomainRuleError } from '@beslutskedjan/shared';
import { meetingNotFound, requireItem } from '../meeting.guards.js';
import type { AgendaItemRemoved } from '../meeting.events.js';
import type { MeetingState } from '../meeting.state.js';

/**
 * The office takes an item off the agenda before the meeting: a case withdrawn, not ready, or put
 * on the wrong meeting. Once the meeting is opened the agenda is the board's: only the meeting
 * itself disposes of an item (bordläggning, återremiss).
 */
export type RemoveAgendaItem = Command<'RemoveAgendaItem', { meetingId: string; itemNo: number }>;

export function removeAgendaItem(command: RemoveAgendaItem, state: MeetingState): AgendaItemRemoved[] {
  const { meetingId, itemNo } = command.data;
  switch (state.status) {
    case 'none':
      throw meetingNotFound();
    case 'opened':
      throw new DomainRuleError('MEETING_ALREADY_OPENED', 'The meeting has been opened; only the board may now dispose of an item', {
        meetingId,
        itemNo,
      });
    case 'closed':
    case 'attested':
      throw new DomainRuleError('AGENDA_CLOSED', 'The meeting is closed; its agenda cannot change', { meetingId });
    case 'scheduled': {
      const item = requireItem(state, itemNo);
      return [
        {
          type: 'AgendaItemRemoved',
          data: { meetingId, itemNo, applicationId: item.case.applicationId, kind: item.kind, removedBy: command.metadata.actor.userId },
        },
      ];
    }
    default:
      return assertNever(state);
  }
}
