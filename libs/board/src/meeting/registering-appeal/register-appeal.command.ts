import { type Command, DomainRuleError, InvalidInputError } from '@beslutskedjan/shared';
import { isIsoDate } from '@beslutskedjan/policy';
import { meetingNotFound } from '../meeting.guards.js';
import type { AppealRegistered } from '../meeting.events.js';
import type { MeetingState } from '../meeting.state.js';

export type RegisterAppeal = Command<
  'RegisterAppeal',
  {
    meetingId: string;
    itemNo: number;
    court: string;
    courtCaseNumber: string;
    lodgedOn: string;
    outcome: AppealRegistered['data']['outcome'];
  }
>;

/**
 * An appeal (laglighetsprövning, KL 13 kap.) against a posted decision stops it gaining laga kraft
 * when the window closes. Registering it again records the court's outcome.
 */
export function registerAppeal(command: RegisterAppeal, state: MeetingState): AppealRegistered[] {
  const { meetingId, itemNo, lodgedOn, outcome } = command.data;
  const court = command.data.court.trim();
  const courtCaseNumber = command.data.courtCaseNumber.trim();
  const problems = [
    ...(court === '' ? [{ field: 'court', message: 'must not be empty' }] : []),
    ...(courtCaseNumber === '' ? [{ field: 'courtCaseNumber', message: 'must not be empty' }] : []),
    ...(isIsoDate(lodgedOn) ? [] : [{ field: 'lodgedOn', message: 'must be a date YYYY-MM-DD' }]),
  ];
  if (problems.length > 0) throw new InvalidInputError(problems);
  if (state.status === 'none') throw meetingNotFound();
  if (state.status !== 'attested' || state.notice === null) {
    throw new DomainRuleError('NOTICE_NOT_POSTED', 'An appeal runs against minutes posted on the notice board', { meetingId });
  }
  const item = state.items.find((i) => i.itemNo === itemNo);
  if (item === undefined || (item.outcome === null && item.kind === 'decision')) {
    throw new DomainRuleError('NO_DECISION', `Item ${itemNo} holds no decision to appeal`, { itemNo });
  }
  if (item.appeal !== null && (item.appeal.court !== court || item.appeal.courtCaseNumber !== courtCaseNumber)) {
    throw new DomainRuleError(
      'APPEAL_ALREADY_REGISTERED',
      `Item ${itemNo} is appealed in ${item.appeal.court} ${item.appeal.courtCaseNumber}`,
      { itemNo },
    );
  }
  return [
    {
      type: 'AppealRegistered',
      data: { meetingId, itemNo, court, courtCaseNumber, lodgedOn, outcome, registeredBy: command.metadata.actor.userId },
    },
  ];
}
