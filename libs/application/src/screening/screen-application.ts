import { evaluateRules, type PolicyRules } from '@beslutskedjan/policy';
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
export const KIND_NOT_IN_CATEGORY = 'kind-not-in-category';
export const NO_MACHINE_READABLE_RULES = 'no-machine-readable-rules';

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
    return [
      ...noMachineReadableRules(rules, tag),
      ...evaluateRules(rules, facts).map((finding) => ({ ...tag, ...finding })),
      ...kindNotListed(content.kind, rules, tag),
      ...kindNotInCategory(content, rules, tag),
    ];
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

type Tag = Pick<ScreeningFinding, 'policyId' | 'policyRevision'>;

/**
 * A version without rules is not a clean bill: it says that it could not be screened by machine,
 * so "no blocking findings" is never read as "fundable" under it.
 */
function noMachineReadableRules(rules: PolicyRules, tag: Tag): ScreeningFinding[] {
  if (rules.rules.length > 0) return [];
  return [
    {
      ...tag,
      ruleId: NO_MACHINE_READABLE_RULES,
      severity: 'advisory',
      message: {
        sv: 'Inga maskinläsbara regler för denna version; ansökan måste prövas mot versionens text.',
        en: 'No machine-readable rules for this version; the application must be judged against its text.',
      },
    },
  ];
}

/** The version lists the kind under the other category (seed 003 divides the kinds into structural and individual-directed). */
function kindNotInCategory(content: ApplicationContent, rules: PolicyRules, tag: Tag): ScreeningFinding[] {
  const listed = rules.fundableKinds.find((k) => k.kind === content.kind);
  if (listed === undefined || listed.category === null || listed.category === content.category) return [];
  return [
    {
      ...tag,
      ruleId: KIND_NOT_IN_CATEGORY,
      severity: 'advisory',
      message: {
        sv: `Insatstypen ${content.kind} hör till kategorin ${CATEGORY_SV[listed.category]}, inte ${CATEGORY_SV[content.category]}.`,
        en: `The initiative kind ${content.kind} belongs to the ${listed.category} category, not ${content.category}.`,
      },
      basis: 'Seed 003 delar in exemplen i strukturövergripande och individriktade insatser; versionens katalog anger kategorin.',
    },
  ];
}

const CATEGORY_SV = { structural: 'strukturövergripande insatser', individual: 'individriktade insatser' } as const;

/** A version whose complete list of kinds lacks this one says so; one with a partial list or none says nothing about kinds. */
function kindNotListed(kind: string, rules: PolicyRules, tag: Tag): ScreeningFinding[] {
  const listed = [...rules.fundableKinds, ...(rules.excludedKinds ?? [])];
  if (listed.length === 0 || rules.catalogueComplete === false || listed.some((k) => k.kind === kind)) return [];
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
