import { type Command, DomainRuleError } from '@beslutskedjan/shared';
import type { ApplicationRevised, ApplicationScreened } from '../application.events.js';
import { latestRevision, type ApplicationState } from '../application.state.js';
import type { ApplicationContent } from '../application.types.js';
import { validApplicationContent } from '../application-content.js';
import { assertSubmitter, existing, swedishToday } from '../application.guards.js';
import { screenApplication, type PolicyInForce } from '../screening/screen-application.js';

export type ReviseApplication = Command<
  'ReviseApplication',
  { applicationId: string; content: ApplicationContent; policiesInForce: PolicyInForce[] }
>;

const REVISABLE = ['submitted', 'in_preparation', 'awaiting_supplement'] as const;

/**
 * The submitter replaces the content until a recommendation is made; a revision while a supplement
 * request is open answers it. Every revision is screened against the policies in force that day.
 */
export function reviseApplication(command: ReviseApplication, state: ApplicationState): [ApplicationRevised, ApplicationScreened] {
  const { applicationId, policiesInForce } = command.data;
  const today = swedishToday(command.metadata);
  const application = existing(state, applicationId);
  // The person first: another applicant learns nothing about the case's status.
  assertSubmitter(application, command.metadata);
  if (!(REVISABLE as readonly string[]).includes(application.status)) {
    throw new DomainRuleError('APPLICATION_NOT_REVISABLE', `An application that is ${application.status} cannot be revised`, {
      applicationId,
      status: application.status,
    });
  }
  const content = validApplicationContent(command.data.content, policiesInForce);
  const revision = latestRevision(application).revision + 1;
  return [
    {
      type: 'ApplicationRevised',
      data: {
        applicationId,
        revision,
        content,
        inResponseTo: application.supplementRequest?.requestId ?? null,
        revisedBy: command.metadata.actor.userId,
        revisedAt: command.metadata.now,
      },
    },
    {
      type: 'ApplicationScreened',
      data: { applicationId, applicationRevision: revision, ...screenApplication(content, policiesInForce, today) },
    },
  ];
}
