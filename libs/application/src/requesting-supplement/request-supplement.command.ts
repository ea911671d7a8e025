import { type Command, DomainRuleError, InvalidInputError } from '@beslutskedjan/shared';
import { isIsoDate } from '@beslutskedjan/policy';
import type { SupplementRequested } from '../application.events.js';
import type { ApplicationState } from '../application.state.js';
import { assertPreparer, existing, requireText, swedishToday } from '../application.guards.js';

export type RequestSupplement = Command<
  'RequestSupplement',
  {
    applicationId: string;
    /** Chosen by the caller; a revision answering the request refers to it. */
    requestId: string;
    question: string;
    /** YYYY-MM-DD, after today. */
    dueDate: string;
  }
>;

/** The preparer asks the applicant for more information (komplettering) by a due date. */
export function requestSupplement(command: RequestSupplement, state: ApplicationState): SupplementRequested[] {
  const { applicationId, requestId, dueDate } = command.data;
  const problems = [
    ...(requestId.trim() === '' ? [{ field: 'requestId', message: 'must not be empty' }] : []),
    ...(isIsoDate(dueDate) ? [] : [{ field: 'dueDate', message: 'must be a date YYYY-MM-DD' }]),
  ];
  if (problems.length > 0) throw new InvalidInputError(problems);
  const today = swedishToday(command.metadata);
  const application = existing(state, applicationId);
  if (application.status !== 'in_preparation') {
    throw new DomainRuleError('SUPPLEMENT_NOT_ALLOWED', `No supplement can be requested while the application is ${application.status}`, {
      applicationId,
      status: application.status,
    });
  }
  assertPreparer(application.preparedBy, command.metadata, applicationId);
  const question = requireText(command.data.question, 'QUESTION_REQUIRED', 'The question');
  if (dueDate <= today) {
    throw new DomainRuleError('DUE_DATE_NOT_IN_FUTURE', `The due date ${dueDate} is not after today (${today})`, { dueDate, today });
  }
  return [
    { type: 'SupplementRequested', data: { applicationId, requestId, question, dueDate, requestedBy: command.metadata.actor.userId } },
  ];
}
