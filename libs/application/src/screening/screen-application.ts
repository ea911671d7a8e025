import { evaluateRules } from '../../../policy/src/rules/evaluate-rules.js';
import type { PolicyRules } from '../../../policy/src/rules/policy-rules.js';
import type { ApplicationScreened } from '../application.events.js';
import type { ApplicationContent, PolicyVersionRef, ScreeningFinding } from '../application.types.js';
import { deriveFacts } from './derive-facts.js';

export interface PolicyInForce {
  ref: PolicyVersionRef;
  rules: PolicyRules;
}

export type ScreeningResult = Omit<ApplicationScreened['data'], 'applicationId' | 'applicationRevision'>;

/** A finding not produced by any policy version carries this empty reference. */
export const NO_POLICY = { policyId: '', policyRevision: 0 } as const;

export const NO_POLICY_IN_FORCE = 'no-policy-in-force';
export const KIND_NOT_LISTED = 'kind-not-listed';

/**
 * Screens one revision against every policy version in force on `screenedOn`. Each finding names
 * the version whose rule produced it, so a later reader sees what was judged against what.
 */
export function screenApplication(
  content: ApplicationContent,
  policiesInForce: readonly PolicyInForce[],
  screenedOn: string,
): ScreeningResult {
  if (policiesInForce.length === 0) {
    return {
      screenedOn,
      policies: [],
      findings: [
        {
          ...NO_POLICY,
          ruleId: NO_POLICY_IN_FORCE,
          severity: 'advisory',
          message: {
            sv: 'Ingen policy gällde på ansökningsdagen; ansökan kunde inte prövas mot riktlinjer.',
            en: 'No policy was in force on the day; the application could not be screened against guidelines.',
          },
        },
      ],
      blocking: false,
      delegationThresholdSek: null,
    };
  }
  const facts = deriveFacts(content);
  const findings = policiesInForce.flatMap(({ ref, rules }): ScreeningFinding[] => {
    const tag = { policyId: ref.policyId, policyRevision: ref.revision };
    return [...evaluateRules(rules, facts).map((finding) => ({ ...tag, ...finding })), ...kindNotListed(content.kind, rules, tag)];
  });
  const thresholds = policiesInForce.map((p) => p.rules.delegationThresholdSek).filter((t): t is number => t !== null);
  return {
    screenedOn,
    policies: policiesInForce.map((p) => ({ ...p.ref })),
    findings,
    blocking: findings.some((f) => f.severity === 'blocking'),
    delegationThresholdSek: thresholds.length === 0 ? null : Math.min(...thresholds),
  };
}

/** A version that lists fundable kinds but not this one says so; one that lists none says nothing about kinds. */
function kindNotListed(kind: string, rules: PolicyRules, tag: Pick<ScreeningFinding, 'policyId' | 'policyRevision'>): ScreeningFinding[] {
  if (rules.fundableKinds.length === 0 || rules.fundableKinds.some((k) => k.kind === kind)) return [];
  return [
    {
      ...tag,
      ruleId: KIND_NOT_LISTED,
      severity: 'advisory',
      message: {
        sv: `Insatstypen ${kind} finns inte bland de insatser som policyn anger som möjliga att finansiera.`,
        en: `The initiative kind ${kind} is not among the kinds the policy lists as fundable.`,
      },
    },
  ];
}
