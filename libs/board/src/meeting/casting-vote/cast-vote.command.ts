import type { Command } from '../../../../shared/src/decider.js';
import { DomainRuleError } from '../../../../shared/src/errors.js';
import type { BoardSeat } from '../../composition/board.events.js';
import { seatOf } from '../../composition/composition-on.js';
import { isMemberPosition } from '../../composition/board.state.js';
import { requireDeliberation, requireOpenMeeting } from '../meeting.guards.js';
import type { VoteCast } from '../meeting.events.js';
import type { AgendaItem, MeetingState, OpenedMeeting, VoteChoice } from '../meeting.state.js';

/** The voter is the actor. A substitute names the absent member whose seat they take. */
export type CastVote = Command<'CastVote', { meetingId: string; itemNo: number; vote: VoteChoice; replacing?: string | null }>;

export function castVote(command: CastVote, state: MeetingState): VoteCast[] {
  const { meetingId, itemNo, vote } = command.data;
  const replacing = command.data.replacing ?? null;
  const personId = command.metadata.actor.userId;
  const meeting = requireOpenMeeting(state);
  const item = requireDeliberation(meeting, itemNo);
  const seat = seatOf(meeting.board, personId);
  if (seat === undefined || !meeting.present.includes(personId)) {
    throw notEntitled(personId, 'only seats of the board present at the meeting vote');
  }
  if (personId === item.case.preparedBy) {
    throw new DomainRuleError('PREPARER_CANNOT_VOTE', 'The person who prepared the case cannot vote on it', { personId, itemNo });
  }
  if (isRecused(item, personId)) throw recused(personId, itemNo);
  if (item.votes.some((v) => v.personId === personId)) {
    throw new DomainRuleError('ALREADY_VOTED', `${personId} has already voted on item ${itemNo}`, { personId, itemNo });
  }
  if (replacing === null) {
    if (!isMemberPosition(seat.position)) {
      throw new DomainRuleError('SUBSTITUTE_NOT_REPLACING', 'A substitute votes only in the seat of an absent member', {
        personId,
      });
    }
  } else {
    checkReplacement(meeting, item, seat, replacing);
  }
  return [{ type: 'VoteCast', data: { meetingId, itemNo, personId, vote, replacing } }];
}

function checkReplacement(meeting: OpenedMeeting, item: AgendaItem, seat: BoardSeat, replacing: string): void {
  if (isMemberPosition(seat.position)) throw notEntitled(seat.personId, 'a member votes in their own seat only');
  const replaced = seatOf(meeting.board, replacing);
  if (
    seat.substituteFor !== replacing ||
    replaced === undefined ||
    !isMemberPosition(replaced.position) ||
    meeting.present.includes(replacing)
  ) {
    throw new DomainRuleError('SUBSTITUTE_NOT_REPLACING', `${seat.personId} is not the substitute of an absent ${replacing}`, {
      personId: seat.personId,
      replacing,
    });
  }
  // The seat is disqualified with its holder: a recused member's substitute cannot vote in it.
  if (isRecused(item, replacing)) throw recused(replacing, item.itemNo);
  if (item.votes.some((v) => v.replacing === replacing)) {
    throw new DomainRuleError('SEAT_ALREADY_VOTED', `The seat of ${replacing} has already voted on item ${item.itemNo}`, {
      replacing,
      itemNo: item.itemNo,
    });
  }
}

const isRecused = (item: AgendaItem, personId: string): boolean => item.recusals.some((r) => r.personId === personId);

const recused = (personId: string, itemNo: number) =>
  new DomainRuleError('RECUSED', `${personId} has declared a conflict of interest in item ${itemNo}`, { personId, itemNo });

const notEntitled = (personId: string, why: string) =>
  new DomainRuleError('NOT_ENTITLED_TO_VOTE', `${personId} cannot vote: ${why}`, { personId });
