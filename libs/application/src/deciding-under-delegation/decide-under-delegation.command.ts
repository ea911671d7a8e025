import { type Command, DomainRuleError } from '@beslutskedjan/shared';
import type { DecidedUnderDelegation } from '../application.events.js';
import { blockingRuleIds, budgetTotalSek, latestRevision, type ApplicationState } from '../application.state.js';
import type { ApprovalTerms, PolicyVersionRef } from '../application.types.js';
import { existing, requireText, swedishToday } from '../application.guards.js';
import { termsFor } from '../approval-terms.js';

export type DecideUnderDelegation = Command<
  'DecideUnderDelegation',
  {
    applicationId: string;
    decision: 'approved' | 'rejected';
    motivation: string;
    /** Required for an approval. */
    terms?: ApprovalTerms | null;
    /** The policy version in force on the day of the decision, passed by the handler. */
    policy: { ref: PolicyVersionRef; delegationThresholdSek: number | null };
  }
>;

/**
 * A delegated decision (delegationsbeslut) by the director, within the threshold of the policy in
 * force. It stands at once. It may not override the policy: approving against a blocking finding is
 * for the board.
 */
export function decideUnderDelegation(command: DecideUnderDelegation, state: ApplicationState): DecidedUnderDelegation[] {
  const { applicationId, decision, policy } = command.data;
  const decidedOn = swedishToday(command.metadata);
  const application = existing(state, applicationId);
  if (application.status !== 'in_preparation' && application.status !== 'recommended') {
    throw new DomainRuleError('NOT_DECIDABLE', `An application that is ${application.status} cannot be decided under delegation`, {
      applicationId,
      status: application.status,
    });
  }
  if (application.preparedBy === command.metadata.actor.userId) {
    throw new DomainRuleError('PREPARER_CANNOT_DECIDE', 'The person who prepared the case does not decide it', { applicationId });
  }
  const threshold = policy.delegationThresholdSek;
  if (threshold === null) {
    throw new DomainRuleError('NO_DELEGATION_IN_POLICY', `${policy.ref.title} delegates no decisions`, { policy: policy.ref });
  }
  const motivation = requireText(command.data.motivation, 'MOTIVATION_REQUIRED', 'The motivation');
  const appliedTotalSek = budgetTotalSek(latestRevision(application).content);
  const terms = termsFor(decision === 'approved' ? 'approve' : 'reject', command.data.terms, appliedTotalSek);
  const amountSek = terms?.amountSek ?? appliedTotalSek;
  if (amountSek > threshold) {
    throw new DomainRuleError('ABOVE_DELEGATION_THRESHOLD', `${amountSek} kr is above the delegation threshold of ${threshold} kr`, {
      amountSek,
      delegationThresholdSek: threshold,
    });
  }
  // Rejecting what the policy blocks follows the policy; only an approval would override it.
  const blocking = decision === 'approved' ? blockingRuleIds(application) : [];
  if (blocking.length > 0) {
    throw new DomainRuleError('BLOCKING_FINDINGS', 'An approval against blocking findings is for the board to decide', {
      ruleIds: blocking,
    });
  }
  return [
    {
      type: 'DecidedUnderDelegation',
      data: {
        applicationId,
        decision,
        terms,
        motivation,
        decidedOn,
        decidedBy: command.metadata.actor.userId,
        policy: policy.ref,
        delegationThresholdSek: threshold,
      },
    },
  ];
}
