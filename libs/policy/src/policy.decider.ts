import { assertNever, type Decider } from '@beslutskedjan/shared';
import { adoptPolicyRevision, type AdoptPolicyRevision } from './adopting-revision/adopt-policy-revision.command.js';
import { draftPolicyRevision, type DraftPolicyRevision } from './drafting-revision/draft-policy-revision.command.js';
import type { PolicyEvent } from './policy.events.js';
import { evolvePolicy, initialPolicyState, type PolicyState } from './policy.state.js';
import { retirePolicy, type RetirePolicy } from './retiring-policy/retire-policy.command.js';

export type PolicyCommand = DraftPolicyRevision | AdoptPolicyRevision | RetirePolicy;

export function decidePolicy(command: PolicyCommand, state: PolicyState): PolicyEvent[] {
  switch (command.type) {
    case 'DraftPolicyRevision':
      return draftPolicyRevision(command, state);
    case 'AdoptPolicyRevision':
      return adoptPolicyRevision(command, state);
    case 'RetirePolicy':
      return retirePolicy(command, state);
    default:
      return assertNever(command);
  }
}

export const policyDecider: Decider<PolicyCommand, PolicyEvent, PolicyState> = {
  decide: decidePolicy,
  evolve: evolvePolicy,
  initialState: initialPolicyState,
};
