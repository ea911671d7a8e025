import { type Command, DomainRuleError } from '@beslutskedjan/shared';
import { requireDeliberation, requireOpenMeeting, requireServing } from '../meeting.guards.js';
import type { VoteCast } from '../meeting.events.js';
import type { MeetingState, VoteChoice } from '../meeting.state.js';

/**
 * The voter is the actor: yes (ja) for the question put, no (nej) for the counter-motion, or
 * abstain. A serving substitute votes in the seat of the member they stand in for.
 */
export type CastVote = Command<'CastVote', { meetingId: string; itemNo: number; vote: VoteChoice }>;

export function castVote(command: CastVote, state: MeetingState): VoteCast[] {
  const { meetingId, itemNo, vote } = command.data;
  const personId = command.metadata.actor.userId;
  const meeting = requireOpenMeeting(state);
  const item = requireDeliberation(meeting, itemNo);
  if (personId === item.case.preparedBy) {
    throw new DomainRuleError('PREPARER_CANNOT_VOTE', 'The person who prepared the case cannot vote on it', { personId, itemNo });
  }
  const serving = requireServing(meeting, item, personId);
  if (item.voteringRequestedBy === null) {
    throw new DomainRuleError('NO_VOTERING', `No votering was asked for on item ${itemNo}; the board decides by acclamation`, { itemNo });
  }
  if (item.votes.some((v) => (v.replacing ?? v.personId) === serving.seat)) {
    throw new DomainRuleError('ALREADY_VOTED', `The seat of ${serving.seat} has already voted on item ${itemNo}`, { personId, itemNo });
  }
  return [{ type: 'VoteCast', data: { meetingId, itemNo, personId, vote, replacing: serving.substitute ? serving.seat : null } }];
}
