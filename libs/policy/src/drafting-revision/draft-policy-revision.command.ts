import { type Command, DomainRuleError, NotFoundError } from '@beslutskedjan/shared';
import type { PolicyRevisionDrafted } from '../policy.events.js';
import { findRevision, type PolicyState } from '../policy.state.js';
import type { PolicyRules } from '../rules/policy-rules.js';
import { assertQuotesInText, assertValidRules } from '../rules/validate-rules.js';

export type DraftPolicyRevision = Command<
  'DraftPolicyRevision',
  {
    policyId: string;
    title: string;
    /** Markdown. */
    text: string;
    rules: PolicyRules;
    basedOnRevision?: number;
  }
>;

/** Drafting starts a policy or adds the next revision; drafts may pile up until the board adopts one. */
export function draftPolicyRevision(command: DraftPolicyRevision, state: PolicyState): PolicyRevisionDrafted[] {
  const { policyId, title, text, rules, basedOnRevision } = command.data;
  if (state.status === 'retired') {
    throw new DomainRuleError('POLICY_RETIRED', `Policy ${policyId} is retired`, { policyId });
  }
  if (title.trim() === '') throw new DomainRuleError('POLICY_TITLE_REQUIRED', 'A policy revision needs a title');
  assertValidRules(rules);
  assertQuotesInText(rules, text);
  if (basedOnRevision !== undefined && findRevision(state, basedOnRevision) === undefined) {
    throw new NotFoundError('POLICY_REVISION_NOT_FOUND', `Policy ${policyId} has no revision ${basedOnRevision}`, {
      policyId,
      revision: basedOnRevision,
    });
  }
  const revision = state.status === 'none' ? 1 : state.lastRevision + 1;
  return [
    {
      type: 'PolicyRevisionDrafted',
      data: {
        policyId,
        revision,
        title: title.trim(),
        text,
        rules,
        ...(basedOnRevision === undefined ? {} : { basedOnRevision }),
        draftedAt: command.metadata.now,
        draftedBy: command.metadata.actor.userId,
      },
    },
  ];
}
