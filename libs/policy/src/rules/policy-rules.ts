/**
 * The rules of one policy version, kept as data so that a new version changes what is
 * fundable without a code change. Screening derives the facts from an application.
 */

/** A dotted fact name, e.g. `initiative.kind`. See `FACTS` for the names screening provides. */
export type Fact = string;

export type FactValue = string | number | boolean | readonly string[];

/** Facts keyed by their dotted name (a flat record, not a nested object). */
export type Facts = Readonly<Record<Fact, FactValue | undefined>>;

export const FACTS = {
  /** 'structural' (strukturövergripande) or 'individual' (individriktad). */
  initiativeCategory: 'initiative.category',
  /** One of `INITIATIVE_KINDS`. */
  initiativeKind: 'initiative.kind',
  /** The money goes through the member that procured the activity. */
  fundingThroughProcuringMember: 'funding.throughProcuringMember',
  /** The applicant is one of the förbund's members (medlemmar). */
  applicantIsMember: 'applicant.isMember',
  /** The provider (utförare) is itself the applicant, e.g. an ASF applying on its own behalf. */
  providerIsApplicant: 'provider.isApplicant',
  /** The provider is an arbetsintegrerande socialt företag. */
  providerIsAsf: 'provider.isAsf',
  /** Target group codes (see `TARGET_GROUPS`). */
  targetGroups: 'targetGroups',
  budgetTotalSek: 'budget.totalSek',
} as const;

export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { fact: Fact; equals: string | number | boolean }
  | { fact: Fact; in: Array<string | number> }
  | { fact: Fact; greaterThan: number }
  | { fact: Fact; lessThan: number }
  | { fact: Fact; includesAnyOf: string[] }
  | { fact: Fact; includesNoneOf: string[] }
  /** The list fact holds at least one value outside the given list (e.g. an unlisted target group). */
  | { fact: Fact; includesAnyNotIn: string[] };

export type Severity = 'blocking' | 'advisory';

export interface LocalisedText {
  sv: string;
  en: string;
}

export interface PolicyRule {
  id: string;
  severity: Severity;
  violatedWhen: Condition;
  message: LocalisedText;
  /** Where the rule comes from (the policy text, national council guidance, an assumption). */
  basis?: string;
}

export type InitiativeCategory = 'structural' | 'individual';

export interface FundableKind {
  kind: string;
  category: InitiativeCategory;
  label: LocalisedText;
}

export interface TargetGroup {
  code: string;
  label: LocalisedText;
}

export interface PolicyRules {
  schema: 1;
  rules: PolicyRule[];
  fundableKinds: FundableKind[];
  targetGroups: TargetGroup[];
  /** Up to this amount the director may decide under delegation (delegationsbeslut); null: no delegation. */
  delegationThresholdSek: number | null;
}

export const emptyPolicyRules = (): PolicyRules => ({
  schema: 1,
  rules: [],
  fundableKinds: [],
  targetGroups: [],
  delegationThresholdSek: null,
});
