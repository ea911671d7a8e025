import { type Command, DomainRuleError, InvalidInputError } from '@beslutskedjan/shared';
import { isIsoDate } from '@beslutskedjan/policy';
import type { BoardDecisionTookEffect } from '../application.events.js';
import { hasAppliedBoardItem, type ApplicationState } from '../application.state.js';
import { existing } from '../application.guards.js';

export type ApplyBoardDecision = Command<'ApplyBoardDecision', BoardDecisionTookEffect['data']>;

/**
 * Reaction to attested minutes (MinutesAttestationCompleted): the board's decision on the case takes
 * effect. Applying the same meeting item again changes nothing, so the reaction may be replayed.
 */
export function applyBoardDecision(command: ApplyBoardDecision, state: ApplicationState): BoardDecisionTookEffect[] {
  const { applicationId, meetingId, itemNo, outcome, terms, motivation, meetingDate, attestedOn } = command.data;
  if (hasAppliedBoardItem(state, meetingId, itemNo)) return [];
  const problems = [
    ...(isIsoDate(meetingDate) ? [] : [{ field: 'meetingDate', message: 'must be a date YYYY-MM-DD' }]),
    ...(isIsoDate(attestedOn) ? [] : [{ field: 'attestedOn', message: 'must be a date YYYY-MM-DD' }]),
  ];
  if (problems.length > 0) throw new InvalidInputError(problems);
  const application = existing(state, applicationId);
  if (application.status !== 'recommended') {
    throw new DomainRuleError('NOT_RECOMMENDED', `The board cannot decide an application that is ${application.status}`, {
      applicationId,
      status: application.status,
      meetingId,
      itemNo,
    });
  }
  if (outcome === 'approved' && terms === null) throw new DomainRuleError('TERMS_REQUIRED', 'An approval states its terms');
  return [
    { type: 'BoardDecisionTookEffect', data: { applicationId, meetingId, itemNo, outcome, terms, motivation, meetingDate, attestedOn } },
  ];
}
