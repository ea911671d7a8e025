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
  /** The provider presents itself as an arbetsintegrerande socialt företag (provider register). */
  providerIsAsf: 'provider.isAsf',
  /** The director's latest check of the four ASF criteria: 'assessed_asf', 'assessed_not_asf' or 'not_assessed'. */
  providerAsfStatus: 'provider.asfStatus',
  /** The work happens in a member's own operation, not at a provider. */
  providerIsMember: 'provider.isMember',
  /** The money goes straight to the provider (e.g. the ASF) rather than through a member. */
  fundingToProvider: 'funding.toProvider',
  /** The staff the money pays for are employed by one of the members; missing when no staff is funded. */
  staffEmployedByMember: 'staff.employedByMember',
  /** The procuring member is the applicant or one of the co-operating members. */
  procuringMemberTakesPart: 'procuringMember.takesPart',
  /** How many different members take part (the applicant and the co-operating members). */
  membersTakingPart: 'members.count',
  /** The applicant's answer: is money passed to a business as a grant? */
  answerGrantToBusiness: 'answers.grantToBusiness',
  /** The applicant's answer: is the activity aimed at the staff of an ASF? */
  answerAimedAtAsfStaff: 'answers.aimedAtAsfStaff',
  /** The applicant's answer: does it start or develop an ASF? */
  answerStartsOrDevelopsAsf: 'answers.startsOrDevelopsAsf',
  /** The applicant's answer: does it pay membership fees? */
  answerPaysMembershipFees: 'answers.paysMembershipFees',
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
  /** The paragraph of this version's text the rule rests on, word for word (checked when drafted). */
  quote?: string;
  /** A rule the version's text does not state: what it is inferred from, and that source's words. */
  inferred?: { basis: string; quote?: string };
}

export type InitiativeCategory = 'structural' | 'individual';

export interface FundableKind {
  kind: string;
  /** Null: the version does not place the kind in a category (e.g. the 2011 start grant). */
  category: InitiativeCategory | null;
  label: LocalisedText;
}

/** A kind the version names only to refuse it, so an application can be filed under it and screened. */
export interface ExcludedKind {
  kind: string;
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
  /** Absent in versions drafted before 2026-12. */
  excludedKinds?: ExcludedKind[];
  /**
   * False when the version's list of kinds is known to be partial (its text is not available):
   * then a kind it does not list is neither unknown nor a finding. Absent means true.
   */
  catalogueComplete?: boolean;
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
