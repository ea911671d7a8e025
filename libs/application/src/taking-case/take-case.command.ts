import { type Command, DomainRuleError } from '@beslutskedjan/shared';
import type { CaseTaken } from '../application.events.js';
import type { ApplicationState } from '../application.state.js';
import { existing } from '../application.guards.js';

export type TakeCase = Command<'TakeCase', { applicationId: string }>;

/** The director or a case officer takes a registered case for preparation (beredning). */
export function takeCase(command: TakeCase, state: ApplicationState): CaseTaken[] {
  const { applicationId } = command.data;
  const application = existing(state, applicationId);
  if (application.status === 'withdrawn') {
    throw new DomainRuleError('APPLICATION_WITHDRAWN', `Application ${applicationId} is withdrawn`, { applicationId });
  }
  if (application.status !== 'submitted') {
    throw new DomainRuleError('CASE_ALREADY_TAKEN', `Case ${application.caseNumber} is already taken`, {
      applicationId,
      status: application.status,
      preparedBy: application.preparedBy,
    });
  }
  return [{ type: 'CaseTaken', data: { applicationId, preparedBy: command.metadata.actor.userId } }];
}
