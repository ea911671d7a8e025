import { type CommandMetadata, DomainRuleError, InvalidInputError, NotFoundError } from '@beslutskedjan/shared';
import { swedishDateOf } from '@beslutskedjan/policy';
import type { ApplicationState, ExistingApplication } from './application.state.js';

/** Every command but the submission addresses an application that exists. */
export function existing(state: ApplicationState, applicationId: string): ExistingApplication {
  if (state.status === 'none') {
    throw new NotFoundError('APPLICATION_NOT_FOUND', `No application ${applicationId}`, { applicationId });
  }
  return state;
}

/** "Today": the Swedish calendar day of the command's `now`. */
export function swedishToday(metadata: CommandMetadata): string {
  const today = swedishDateOf(metadata.now);
  if (today === null) throw new InvalidInputError([{ field: 'metadata.now', message: 'must be an ISO timestamp' }]);
  return today;
}

/** Only the person who submitted the application may change or withdraw it. */
export function assertSubmitter(state: ExistingApplication, metadata: CommandMetadata): void {
  if (state.submittedBy !== metadata.actor.userId) {
    throw new DomainRuleError('NOT_APPLICANT', 'Only the person who submitted the application may do this', {
      applicationId: state.applicationId,
    });
  }
}

export function assertPreparer(preparedBy: string, metadata: CommandMetadata, applicationId: string): void {
  if (preparedBy !== metadata.actor.userId) {
    throw new DomainRuleError('NOT_PREPARER', 'Only the person preparing the case may do this', { applicationId, preparedBy });
  }
}

export function requireText(value: string, code: string, what: string): string {
  const trimmed = value.trim();
  if (trimmed === '') throw new DomainRuleError(code, `${what} must not be empty`);
  return trimmed;
}
