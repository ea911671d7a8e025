import { type Command, DomainRuleError } from '@beslutskedjan/shared';
import type { ApplicationWithdrawn } from '../application.events.js';
import type { ApplicationState } from '../application.state.js';
import { assertSubmitter, existing, requireText } from '../application.guards.js';

export type WithdrawApplication = Command<'WithdrawApplication', { applicationId: string; reason: string }>;

/** The submitter may withdraw the application until a decision stands. */
export function withdrawApplication(command: WithdrawApplication, state: ApplicationState): ApplicationWithdrawn[] {
  const { applicationId } = command.data;
  const application = existing(state, applicationId);
  assertSubmitter(application, command.metadata);
  if (application.status === 'decided' || application.status === 'withdrawn') {
    throw new DomainRuleError('APPLICATION_NOT_WITHDRAWABLE', `An application that is ${application.status} cannot be withdrawn`, {
      applicationId,
      status: application.status,
    });
  }
  const reason = requireText(command.data.reason, 'WITHDRAWAL_REASON_REQUIRED', 'The reason for withdrawing');
  return [{ type: 'ApplicationWithdrawn', data: { applicationId, reason, withdrawnBy: command.metadata.actor.userId } }];
}
