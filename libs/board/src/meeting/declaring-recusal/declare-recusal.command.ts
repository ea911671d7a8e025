import { type Command, DomainRuleError, InvalidInputError } from '@beslutskedjan/shared';
import { seatOf } from '../../composition/composition-on.js';
import { requireDecisionItem, requireItem, requireNoOutcome, requireNotClosed, requireOpenMeeting } from '../meeting.guards.js';
import type { RecusalDeclared } from '../meeting.events.js';
import type { MeetingState } from '../meeting.state.js';

/** A seat declares a conflict of interest (jäv) in an item, before or during it; the edge passes the person. */
export type DeclareRecusal = Command<'DeclareRecusal', { meetingId: string; itemNo: number; personId: string; reason: string }>;

export function declareRecusal(command: DeclareRecusal, state: MeetingState): RecusalDeclared[] {
  const { meetingId, itemNo, personId } = command.data;
  const reason = command.data.reason.trim();
  if (reason === '') throw new InvalidInputError([{ field: 'reason', message: 'must not be empty' }]);
  const meeting = requireOpenMeeting(state);
  const item = requireItem(meeting, itemNo);
  requireNotClosed(item);
  requireDecisionItem(item);
  requireNoOutcome(item);
  if (seatOf(meeting.board, personId) === undefined) {
    throw new DomainRuleError('NOT_ON_BOARD', `${personId} has no seat on the board`, { personId });
  }
  if (item.recusals.some((r) => r.personId === personId)) {
    throw new DomainRuleError('ALREADY_RECUSED', `${personId} has already declared a conflict of interest`, { personId, itemNo });
  }
  // A vote cast by the person, or in their seat by a substitute, cannot be taken back.
  if (item.votes.some((v) => v.personId === personId || v.replacing === personId)) {
    throw new DomainRuleError('ALREADY_VOTED', `A vote has already been cast for ${personId} on item ${itemNo}`, { personId, itemNo });
  }
  return [{ type: 'RecusalDeclared', data: { meetingId, itemNo, personId, reason } }];
}
