import type {
  ApplicantOrganisation,
  MemberKind,
  MemberOrganisation,
  Provider,
} from '../../../../libs/application/src/application.types.js';
import { luhnValid } from '../../../../libs/shared/src/organisation-number.js';

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

export const applicantFrom = (kind: MemberKind): ApplicantOrganisation => {
  const { name, organisationNumber } = DEMO_MEMBERS[kind];
  return { name, organisationNumber, memberKind: kind };
};

/** Providers (utförare): two work-integration social enterprises and one ordinary company. */
export const DEMO_PROVIDERS = {
  kooperativet: {
    name: 'Kooperativet Exempel ek. för.',
    organisationNumber: orgNo('769600123'),
    isAsf: true,
    relation: 'agreement',
  },
  returen: {
    name: 'Returen Second hand ideell förening',
    organisationNumber: orgNo('802500456'),
    isAsf: true,
    relation: 'iop',
  },
  cykelverkstan: {
    name: 'Cykelverkstan i Exempelstad AB',
    organisationNumber: orgNo('556677889'),
    isAsf: false,
    relation: 'agreement',
  },
} as const satisfies Record<string, Provider>;
