import type { InitiativeCategory } from '../../policy/src/rules/policy-rules.js';

/** The four kinds of member (medlem, samverkanspart) of a samordningsförbund. */
export const MEMBER_KINDS = ['kommun', 'region', 'arbetsformedlingen', 'forsakringskassan'] as const;
export type MemberKind = (typeof MEMBER_KINDS)[number];

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

/** The applying organisation; `memberKind` null means it is not a member (e.g. an ASF applying itself). */
export interface ApplicantOrganisation extends Organisation {
  memberKind: MemberKind | null;
}

/** The provider (utförare), e.g. an ASF under an agreement or an IOP with the procuring member. */
export interface Provider extends Organisation {
  isAsf: boolean;
  relation: 'procurement' | 'agreement' | 'iop' | 'own_operation';
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

/** What the applicant describes; submitted once and replaced whole by each revision. */
export interface ApplicationContent {
  title: string;
  description: string;
  applicant: ApplicantOrganisation;
  /** The member that procures and carries out the initiative; money goes through it. */
  procuringMember: MemberOrganisation;
  provider: Provider;
  category: InitiativeCategory;
  /** One of the policy catalogue's initiative kinds, e.g. 'work_preparatory_at_asf'. */
  kind: string;
  /** Target group codes from the policy catalogue. */
  targetGroups: string[];
  budget: BudgetLine[];
  period: Period;
  /** Who receives the money; anything but the procuring member breaks the policy. */
  fundingRecipient: 'procuring_member' | 'provider' | 'applicant';
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
}

/** The policy version a screening or decision was judged against. */
export interface PolicyVersionRef {
  policyId: string;
  revision: number;
  title: string;
}
