/** The four kinds of member (medlem, samverkanspart) of a samordningsförbund (Finsam 2003:1210, 1 §). */
export const MEMBER_KINDS = ['kommun', 'region', 'arbetsformedlingen', 'forsakringskassan'] as const;
export type MemberKind = (typeof MEMBER_KINDS)[number];

/** A unit (förvaltning, enhet, kontor) of a member that applies and carries out initiatives. */
export interface MemberUnit {
  /** Stable within the member, e.g. `arbetsmarknadsforvaltningen`. */
  code: string;
  name: string;
}

/** A member as registered. Organisation names and numbers are public data, not personal data. */
export interface RegisteredMember {
  kind: MemberKind;
  name: string;
  /** NNNNNN-NNNN, Luhn-checked; the member's key in the register. */
  organisationNumber: string;
  units: MemberUnit[];
  registeredOn: string;
}

/**
 * The four criteria of an arbetsintegrerande socialt företag, in the order seed 001 lists them
 * ("Arbetsintegrerande sociala företag är företag som: …"), repeated in seed 004 ("Fakta").
 */
export const ASF_CRITERIA = ['business_activity', 'participation', 'profits_reinvested', 'independent_of_public_sector'] as const;
export type AsfCriterion = (typeof ASF_CRITERIA)[number];

export interface CriterionAnswer {
  met: boolean;
  /** What the director saw, e.g. "Stadgar § 3, årsredovisning 2025". */
  note: string;
}

/** The policy version a director's assessment was made under. */
export interface AssessedUnder {
  policyId: string;
  revision: number;
  title: string;
}

/** One assessment of the four criteria: facts with a date and a source, never a self-declared box. */
export interface CriteriaAssessment {
  criteria: Record<AsfCriterion, CriterionAnswer>;
  /** YYYY-MM-DD: the day the facts were checked. */
  assessedOn: string;
  /** Where the facts come from, e.g. "Bolagsverket, stadgar, årsredovisning 2025". */
  source: string;
  assessedBy: string;
  policies: AssessedUnder[];
  /** The case whose preparation prompted the assessment, if any. */
  applicationId: string | null;
  /** All four criteria met. */
  allMet: boolean;
}

/** How a provider (utförare) works with the procuring member (seed 001: upphandling, samarbetsavtal t.ex. IOP). */
export const PROVIDER_RELATIONS = ['procurement', 'agreement', 'iop'] as const;

export interface RegisteredProvider {
  organisationNumber: string;
  name: string;
  /** The provider presents itself as an ASF; whether it is one is what the assessments say. */
  presentsAsAsf: boolean;
  registeredOn: string;
  /** Newest last; the latest is what screening and preparation read. */
  assessments: CriteriaAssessment[];
}
