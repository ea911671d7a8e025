import { type Command, DomainRuleError } from '@beslutskedjan/shared';
import { requireDeliberation, requireOpenMeeting, requirePresiding } from '../meeting.guards.js';
import type { QuestionPut } from '../meeting.events.js';
import type { AgendaItem, MeetingState } from '../meeting.state.js';

/** The presiding member is the actor. Motion 0 is the recommendation (förslag till beslut). */
export type PutQuestion = Command<'PutQuestion', { meetingId: string; itemNo: number; motionNo: number; againstMotionNo?: number | null }>;

/**
 * The presiding member puts the question (proposition) and names the motion they find adopted.
 * Unless a member asks for votering, that is the board's decision (acclamation).
 */
export function putQuestion(command: PutQuestion, state: MeetingState): QuestionPut[] {
  const { meetingId, itemNo, motionNo } = command.data;
  const presidingId = command.metadata.actor.userId;
  const meeting = requireOpenMeeting(state);
  const item = requireDeliberation(meeting, itemNo);
  requirePresiding(meeting, item, presidingId);
  if (item.question !== null) throw new DomainRuleError('QUESTION_ALREADY_PUT', `The question on item ${itemNo} has been put`, { itemNo });
  requireMotion(item, motionNo, 'motionNo');
  const againstMotionNo = command.data.againstMotionNo ?? defaultCounterMotion(item, motionNo);
  if (againstMotionNo !== null) {
    requireMotion(item, againstMotionNo, 'againstMotionNo');
    if (againstMotionNo === motionNo) {
      throw new DomainRuleError('COUNTER_MOTION_INVALID', 'A motion cannot be put against itself', { motionNo });
    }
  }
  return [{ type: 'QuestionPut', data: { meetingId, itemNo, presidingId, motionNo, againstMotionNo } }];
}

function requireMotion(item: AgendaItem, motionNo: number, field: string): void {
  if (motionNo !== 0 && !item.motions.some((m) => m.motionNo === motionNo)) {
    throw new DomainRuleError('MOTION_NOT_FOUND', `Item ${item.itemNo} has no motion ${motionNo}`, {
      itemNo: item.itemNo,
      field,
      motionNo,
    });
  }
}

/** With exactly two proposals on the table (the recommendation and one motion), each is the other's counter-motion. */
function defaultCounterMotion(item: AgendaItem, motionNo: number): number | null {
  const proposals = [0, ...item.motions.map((m) => m.motionNo)];
  return proposals.length === 2 ? (proposals.find((n) => n !== motionNo) ?? null) : null;
}
