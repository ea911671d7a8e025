import type {
  ApplicantOrganisation,
  MemberKind,
  MemberOrganisation,
  Party,
  Provider,
  ProviderRelation,
  SubstanceAnswers,
} from '@beslutskedjan/application';
import type { MemberUnit } from '@beslutskedjan/registers';
import { luhnValid } from '@beslutskedjan/shared';

/** A valid organisationsnummer from its first nine digits: the tenth is the Luhn check digit. */
export function orgNo(nine: string): string {
  const check = [...'0123456789'].find((d) => luhnValid(`${nine}${d}`));
  if (check === undefined || !/^\d{9}$/.test(nine)) throw new Error(`Cannot complete the organisationsnummer ${nine}`);
  return `${nine.slice(0, 6)}-${nine.slice(6)}${check}`;
}

/** The demo förbund's four members (medlemmar). Organisation names and numbers are public data, invented here. */
export const DEMO_MEMBERS: Readonly<Record<MemberKind, MemberOrganisation>> = {
  kommun: { kind: 'kommun', name: 'Exempelstads kommun', organisationNumber: orgNo('212000014') },
  region: { kind: 'region', name: 'Region Exempel', organisationNumber: orgNo('232100000') },
  arbetsformedlingen: { kind: 'arbetsformedlingen', name: 'Arbetsförmedlingen', organisationNumber: orgNo('202100209') },
  forsakringskassan: { kind: 'forsakringskassan', name: 'Försäkringskassan', organisationNumber: orgNo('202100527') },
};

/** The units each member applies through (member register). */
export const DEMO_UNITS: Readonly<Record<MemberKind, MemberUnit[]>> = {
  kommun: [
    { code: 'arbetsmarknadsenheten', name: 'Arbetsmarknadsenheten' },
    { code: 'socialforvaltningen', name: 'Socialförvaltningen' },
  ],
  region: [{ code: 'psykiatri-oppenvard', name: 'Psykiatrisk öppenvård' }],
  arbetsformedlingen: [{ code: 'af-exempelstad', name: 'Arbetsförmedlingen Exempelstad' }],
  forsakringskassan: [{ code: 'fk-lokalt', name: 'Lokalt försäkringscenter Exempelstad' }],
};

export const applicantFrom = (kind: MemberKind, unit = 0): ApplicantOrganisation => {
  const { name, organisationNumber } = DEMO_MEMBERS[kind];
  return { name, organisationNumber, memberKind: kind, unit: DEMO_UNITS[kind][unit] ?? null };
};

export const memberParty = (kind: MemberKind): Party => ({
  name: DEMO_MEMBERS[kind].name,
  organisationNumber: DEMO_MEMBERS[kind].organisationNumber,
  role: 'member',
});

/** Providers (utförare): two work-integration social enterprises and one ordinary company (provider register). */
export const DEMO_PROVIDERS = {
  kooperativet: { name: 'Kooperativet Exempel ek. för.', organisationNumber: orgNo('769600123'), presentsAsAsf: true },
  returen: { name: 'Returen Second hand ideell förening', organisationNumber: orgNo('802500456'), presentsAsAsf: true },
  cykelverkstan: { name: 'Cykelverkstan i Exempelstad AB', organisationNumber: orgNo('556677889'), presentsAsAsf: false },
} as const;

export type DemoProvider = keyof typeof DEMO_PROVIDERS;

/** A provider as an application names it; the two ASF have had their criteria assessed (see demo-registers). */
export const providerAt = (key: DemoProvider, relation: ProviderRelation): Provider => {
  const p = DEMO_PROVIDERS[key];
  return {
    name: p.name,
    organisationNumber: p.organisationNumber,
    relation,
    isAsf: p.presentsAsAsf,
    isMember: false,
    asfStatus: p.presentsAsAsf ? 'assessed_asf' : 'not_assessed',
  };
};

export const NOTHING_FORBIDDEN: SubstanceAnswers = {
  grantToBusiness: false,
  aimedAtAsfStaff: false,
  startsOrDevelopsAsf: false,
  paysMembershipFees: false,
};
