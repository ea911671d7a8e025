import { type Command, DomainRuleError, InvalidInputError } from '@beslutskedjan/shared';
import type { ApplicationScreened, ApplicationSubmitted } from '../application.events.js';
import type { ApplicationState } from '../application.state.js';
import type { ApplicationContent } from '../application.types.js';
import { validApplicationContent } from '../application-content.js';
import { swedishToday } from '../application.guards.js';
import { screenApplication, type PolicyInForce } from '../screening/screen-application.js';

export type SubmitApplication = Command<
  'SubmitApplication',
  {
    applicationId: string;
    /** Assigned by the case register before the decider runs. */
    caseNumber: string;
    content: ApplicationContent;
    /** The policy versions in force on the Swedish day of `now`, resolved by the handler. */
    policiesInForce: PolicyInForce[];
  }
>;

const CASE_NUMBER = /^\d{4}\/\d{4,}$/;

/** An applicant submits; the application is registered and screened at once (revision 1). */
export function submitApplication(command: SubmitApplication, state: ApplicationState): [ApplicationSubmitted, ApplicationScreened] {
  const { applicationId, caseNumber, policiesInForce } = command.data;
  if (!CASE_NUMBER.test(caseNumber)) throw new InvalidInputError([{ field: 'caseNumber', message: 'must look like 2026/0042' }]);
  const today = swedishToday(command.metadata);
  if (state.status !== 'none') {
    throw new DomainRuleError('APPLICATION_ALREADY_SUBMITTED', `Application ${applicationId} is already submitted`, {
      applicationId,
      caseNumber: state.caseNumber,
    });
  }
  const content = validApplicationContent(command.data.content, policiesInForce);
  return [
    {
      type: 'ApplicationSubmitted',
      data: { applicationId, caseNumber, content, submittedBy: command.metadata.actor.userId, submittedAt: command.metadata.now },
    },
    { type: 'ApplicationScreened', data: { applicationId, applicationRevision: 1, ...screenApplication(content, policiesInForce, today) } },
  ];
}
