import { type Command, DomainRuleError, InvalidInputError, validOrganisationNumber } from '@beslutskedjan/shared';
import { isIsoDate, swedishDateOf } from '@beslutskedjan/policy';
import type { ProviderCriteriaAssessed } from '../registers.events.js';
import type { ProviderRegisterState } from '../registers.state.js';
import { ASF_CRITERIA, type AssessedUnder, type AsfCriterion, type CriterionAnswer } from '../registers.types.js';

export type AssessProviderCriteria = Command<
  'AssessProviderCriteria',
  {
    organisationNumber: string;
    criteria: Record<AsfCriterion, CriterionAnswer>;
    assessedOn: string;
    source: string;
    applicationId: string | null;
    /** The policy versions in force on `assessedOn`, resolved by the handler. */
    policies: AssessedUnder[];
  }
>;

/**
 * The director checks the four ASF criteria (seed 001 "Arbetsintegrerande sociala företag är
 * företag som"; seed 004 "Fakta") as facts with a date and a source. Each assessment is a new
 * fact; an earlier one is never changed. It cannot be dated in the future.
 */
export function assessProviderCriteria(command: AssessProviderCriteria, state: ProviderRegisterState): ProviderCriteriaAssessed[] {
  const { criteria, assessedOn, source, applicationId, policies } = command.data;
  const organisationNumber = validOrganisationNumber(command.data.organisationNumber, 'organisationNumber');
  const missing = ASF_CRITERIA.filter((c) => criteria[c] === undefined);
  const problems = [
    ...missing.map((c) => ({ field: `criteria.${c}`, message: 'every criterion is answered' })),
    ...(isIsoDate(assessedOn) ? [] : [{ field: 'assessedOn', message: 'must be a date YYYY-MM-DD' }]),
    ...(source.trim() === '' ? [{ field: 'source', message: 'name where the facts come from' }] : []),
  ];
  if (problems.length > 0) throw new InvalidInputError(problems);
  if (state.providers[organisationNumber] === undefined) {
    throw new DomainRuleError('PROVIDER_NOT_REGISTERED', `No provider ${organisationNumber} in the register`, { organisationNumber });
  }
  const today = swedishDateOf(command.metadata.now);
  if (today !== null && assessedOn > today) {
    throw new DomainRuleError('ASSESSMENT_IN_FUTURE', `An assessment cannot be dated after today (${today})`, { assessedOn, today });
  }
  return [
    {
      type: 'ProviderCriteriaAssessed',
      data: {
        organisationNumber,
        criteria: Object.fromEntries(ASF_CRITERIA.map((c) => [c, { met: criteria[c].met, note: criteria[c].note.trim() }])) as Record<
          AsfCriterion,
          CriterionAnswer
        >,
        assessedOn,
        source: source.trim(),
        assessedBy: command.metadata.actor.userId,
        policies,
        applicationId,
      },
    },
  ];
}
