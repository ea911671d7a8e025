import type { InitiativeCategory } from '@beslutskedjan/policy';

import type { MemberKind, MemberUnit } from '@beslutskedjan/registers';

export { MEMBER_KINDS, type MemberKind } from '@beslutskedjan/registers';

/** An organisation. Organisation names and numbers are public data, not personal data. */
export interface Organisation {
  name: string;
  /** Swedish organisationsnummer, 10 digits (NNNNNN-NNNN), Luhn-checked. */
  organisationNumber: string;
}

/** A member organisation of the förbund, e.g. { kind: 'kommun', name: 'Exempelstads kommun' }. */
export interface MemberOrganisation extends Organisation {
  kind: MemberKind;
}

/**
 * The applying member unit, as the member register had it on the day. `memberKind` null means it is
 * not a member (possible only in version 1 content, when applicants declared themselves);
 * `unit` is null in version 1 content.
 */
export interface ApplicantOrganisation extends Organisation {
  memberKind: MemberKind | null;
  unit: MemberUnit | null;
}

export type ProviderRelation = 'procurement' | 'agreement' | 'iop' | 'own_operation';

/** Where the work happens: a registered provider (utförare), or a member's own operation. */
export interface Provider extends Organisation {
  /** The provider presents itself as an ASF (register); whether it is one is `asfStatus`. */
  isAsf: boolean;
  relation: ProviderRelation;
  /** A member doing the work itself; then `relation` is 'own_operation'. */
  isMember: boolean;
  /** The director's latest assessment of the four ASF criteria when submitted; null in version 1 content. */
  asfStatus: 'assessed_asf' | 'assessed_not_asf' | 'not_assessed' | null;
}

/** A party named by the application (staff employer, money recipient), as registered. */
export interface Party extends Organisation {
  role: 'member' | 'provider';
}

/** The yes/no questions that make the never-fundable items checkable whatever kind is chosen (seed 003). */
export interface SubstanceAnswers {
  /** Is any money passed on to a business as a grant? */
  grantToBusiness: boolean;
  /** Is the activity aimed at the staff of an ASF (their competence development)? */
  aimedAtAsfStaff: boolean;
  /** Does it start or develop an ASF? */
  startsOrDevelopsAsf: boolean;
  /** Does it pay membership fees (to an ASF or an interest organisation)? */
  paysMembershipFees: boolean;
}

export interface Period {
  /** YYYY-MM-DD */
  from: string;
  /** YYYY-MM-DD, inclusive */
  to: string;
}

export interface BudgetLine {
  year: number;
  amountSek: number;
}

/**
 * What the applicant describes, with every party resolved from the registers on the day; submitted
 * once and replaced whole by each revision. Schema version 2 (version 1 events are upcast).
 */
export interface ApplicationContent {
  title: string;
  description: string;
  /** Mål: what the initiative aims to achieve; null in version 1 content (not asked then). */
  aims: string | null;
  applicant: ApplicantOrganisation;
  /** The other members taking part (samverkande parter). */
  cooperatingMembers: MemberOrganisation[];
  /** The member that procures and carries out the initiative; money goes through it. */
  procuringMember: MemberOrganisation;
  provider: Provider;
  /** Who employs the staff the money pays for (e.g. the handledare); null: no staff, or not stated (version 1). */
  staffEmployer: Party | null;
  category: InitiativeCategory;
  /** One of the policy catalogue's initiative kinds, e.g. 'work_preparatory_at_asf'. */
  kind: string;
  /** Target group codes from the policy catalogue. */
  targetGroups: string[];
  budget: BudgetLine[];
  period: Period;
  /** Who receives the money; anything but the procuring member breaks the guidelines (seed 000, seed 003). */
  fundingRecipient: Party;
  /** Null in version 1 content (not asked then): the rules on them find nothing to read. */
  answers: SubstanceAnswers | null;
}

/** One due date of a follow-up plan (uppföljning). */
export interface FollowUpItem {
  /** 1-based, stable for the life of the plan; reminder ids are derived from it. */
  n: number;
  kind: 'progress_report' | 'final_report' | 'finsam_registration';
  /** YYYY-MM-DD */
  dueDate: string;
}

export interface FollowUpPlan {
  items: FollowUpItem[];
}

/** The terms of an approval: amount, period, conditions and the follow-up plan. */
export interface ApprovalTerms {
  amountSek: number;
  period: Period;
  conditions: string[];
  followUpPlan: FollowUpPlan;
}

/** A screening finding: which rule of which policy version said what. */
export interface ScreeningFinding {
  policyId: string;
  policyRevision: number;
  ruleId: string;
  severity: 'blocking' | 'advisory';
  message: { sv: string; en: string };
  basis?: string;
  /** The paragraph of the version's text the rule rests on, word for word (absent in findings before 2026-12). */
  quote?: string;
  /** For a rule not written in the version's text: what it is inferred from. */
  inferred?: { basis: string; quote?: string };
}

/** The policy version a screening or decision was judged against. */
export interface PolicyVersionRef {
  policyId: string;
  revision: number;
  title: string;
}
