import { type Command, DomainRuleError, InvalidInputError, NotFoundError } from '@beslutskedjan/shared';
import { isIsoDate } from '../dates.js';
import type { MeetingRef, PolicyRetired } from '../policy.events.js';
import { latestAdopted, type PolicyState } from '../policy.state.js';

export type RetirePolicy = Command<
  'RetirePolicy',
  {
    policyId: string;
    /** First day on which the policy no longer applies (YYYY-MM-DD). */
    retiredOn: string;
    reason: string;
    meeting?: MeetingRef;
  }
>;

/** The board withdraws (upphäver) the policy altogether; no version of it is in force from `retiredOn`. */
export function retirePolicy(command: RetirePolicy, state: PolicyState): PolicyRetired[] {
  const { policyId, retiredOn, reason, meeting } = command.data;
  if (!isIsoDate(retiredOn)) throw new InvalidInputError([{ field: 'retiredOn', message: 'must be a date YYYY-MM-DD' }]);
  if (state.status === 'none') throw new NotFoundError('POLICY_NOT_FOUND', `No policy ${policyId}`, { policyId });
  if (state.status === 'retired') {
    throw new DomainRuleError('POLICY_RETIRED', `Policy ${policyId} is already retired`, { policyId });
  }
  const latest = latestAdopted(state);
  if (latest === undefined) {
    throw new DomainRuleError('POLICY_NOT_ADOPTED', `Policy ${policyId} was never adopted; there is nothing to retire`, {
      policyId,
    });
  }
  if (retiredOn < latest.adoption.effectiveFrom) {
    throw new DomainRuleError(
      'RETIREMENT_BEFORE_EFFECTIVE',
      `Revision ${latest.revision} takes effect on ${latest.adoption.effectiveFrom}, after ${retiredOn}`,
      { retiredOn, effectiveFrom: latest.adoption.effectiveFrom },
    );
  }
  if (reason.trim() === '') throw new DomainRuleError('RETIREMENT_REASON_REQUIRED', 'A retirement states its reason');
  return [
    {
      type: 'PolicyRetired',
      data: {
        policyId,
        retiredOn,
        reason: reason.trim(),
        ...(meeting === undefined ? {} : { meeting }),
        retiredBy: command.metadata.actor.userId,
      },
    },
  ];
}
