import { type Command, DomainRuleError, InvalidInputError } from '@beslutskedjan/shared';
import type { ApprovalTerms } from '@beslutskedjan/application';
import { requireDeliberation, requireOpenMeeting, requireServing } from '../meeting.guards.js';
import type { MotionKind, MotionMoved } from '../meeting.events.js';
import type { MeetingState } from '../meeting.state.js';
import { termsProblems } from '../terms-check.js';

/** The mover is the actor. */
export type MoveMotion = Command<
  'MoveMotion',
  { meetingId: string; itemNo: number; kind: MotionKind; terms?: ApprovalTerms | null; motivation?: string | null }
>;

/** A member serving on the item moves a motion (yrkande) before the question is put. */
export function moveMotion(command: MoveMotion, state: MeetingState): MotionMoved[] {
  const { meetingId, itemNo, kind } = command.data;
  const terms = command.data.terms ?? null;
  const motivation = command.data.motivation?.trim() || null;
  if (kind === 'approve_amended' && terms === null) {
    throw new InvalidInputError([{ field: 'terms', message: 'approval with changed terms states the terms' }]);
  }
  if (kind !== 'approve_amended' && terms !== null) {
    throw new InvalidInputError([{ field: 'terms', message: 'only an approval with changed terms has terms' }]);
  }
  if (terms !== null) {
    const problems = termsProblems(terms, 'terms');
    if (problems.length > 0) throw new InvalidInputError(problems);
  }
  const personId = command.metadata.actor.userId;
  const meeting = requireOpenMeeting(state);
  const item = requireDeliberation(meeting, itemNo);
  requireServing(meeting, item, personId);
  if (item.question !== null) {
    throw new DomainRuleError('QUESTION_ALREADY_PUT', `The question on item ${itemNo} has been put; no more motions`, { itemNo });
  }
  const motionNo = item.motions.length + 1;
  return [{ type: 'MotionMoved', data: { meetingId, itemNo, motionNo, personId, kind, terms, motivation } }];
}
