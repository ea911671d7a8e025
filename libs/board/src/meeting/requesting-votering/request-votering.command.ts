import { type Command, DomainRuleError } from '@beslutskedjan/shared';
import { requireDeliberation, requireOpenMeeting, requireServing } from '../meeting.guards.js';
import type { VoteringRequested } from '../meeting.events.js';
import type { MeetingState } from '../meeting.state.js';

/** The member asking is the actor. */
export type RequestVotering = Command<'RequestVotering', { meetingId: string; itemNo: number }>;

/** After the question is put, any member serving on the item may ask for a vote by name (votering). */
export function requestVotering(command: RequestVotering, state: MeetingState): VoteringRequested[] {
  const { meetingId, itemNo } = command.data;
  const personId = command.metadata.actor.userId;
  const meeting = requireOpenMeeting(state);
  const item = requireDeliberation(meeting, itemNo);
  requireServing(meeting, item, personId);
  if (item.question === null) {
    throw new DomainRuleError('QUESTION_NOT_PUT', `Votering follows the question put on item ${itemNo}`, { itemNo });
  }
  if (item.voteringRequestedBy !== null) {
    throw new DomainRuleError('VOTERING_ALREADY_REQUESTED', `Votering on item ${itemNo} is already requested`, { itemNo });
  }
  return [{ type: 'VoteringRequested', data: { meetingId, itemNo, personId } }];
}
