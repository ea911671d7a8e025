import type { PeopleDirectory } from '@beslutskedjan/people';
import type { Role } from '@beslutskedjan/shared';

/**
 * The invented people of the demo förbund. Events name them by user id only; names and e-mail
 * addresses go to the erasable people directory (DOMAIN.md). Mint a token for any of them, e.g.
 * `npm run token -- --tenant demo --role chair --user demo-ordf-2023`.
 */
export interface DemoPerson {
  userId: string;
  displayName: string;
  roles: Role[];
  email: string;
}

export type DemoTerm = 2011 | 2023;
/** Short names of the member organisations in person ids. */
export type DemoOrg = 'kommun' | 'region' | 'af' | 'fk';

export const chairId = (term: DemoTerm) => `demo-ordf-${term}`;
export const memberId = (term: DemoTerm, org: DemoOrg) => `demo-${term}-ledamot-${org}`;
/** The chair's personal substitute is `…-ersattare-ordf`. */
export const substituteId = (term: DemoTerm, of: DemoOrg | 'ordf') => `demo-${term}-ersattare-${of}`;

export const DEMO_STAFF = {
  /** Förbundschef 2010–2016: prepared the 2012 case and recorded the 2011 board. */
  director2012: 'demo-forbundschef-2012',
  /** The current förbundschef: schedules meetings, decides under delegation. */
  director: 'demo-forbundschef-2023',
  /** The current case officer (handläggare), acting with the director role: prepares the cases. */
  caseOfficer: 'demo-handlaggare-2023',
  applicant2012: 'demo-sokande-kommun-2012',
  applicantKommun: 'demo-sokande-kommun',
  applicantRegion: 'demo-sokande-region',
  applicantAf: 'demo-sokande-af',
  applicantFk: 'demo-sokande-fk',
  auditor: 'demo-revisor',
  admin: 'demo-admin',
} as const;

const email = (displayName: string) =>
  `${displayName.toLowerCase().replace(/[åä]/g, 'a').replace(/ö/g, 'o').replace(/é/g, 'e').replace(/\s+/g, '.')}@exempel.se`;

const person = (userId: string, displayName: string, roles: Role[]): DemoPerson => ({
  userId,
  displayName,
  roles,
  email: email(displayName),
});

const BOARD_NAMES: Record<DemoTerm, { chair: string; members: Record<DemoOrg, string>; substitutes: Record<DemoOrg | 'ordf', string> }> = {
  2011: {
    chair: 'Kerstin Johansson',
    members: { kommun: 'Göran Andersson', region: 'Ingrid Karlsson', af: 'Bengt Olsson', fk: 'Eva Gustafsson' },
    substitutes: {
      ordf: 'Stefan Larsson',
      kommun: 'Monica Eriksson',
      region: 'Anders Pettersson',
      af: 'Helena Jonsson',
      fk: 'Lennart Svensson',
    },
  },
  2023: {
    chair: 'Maria Hedlund',
    members: { kommun: 'Erik Norberg', region: 'Linnea Strand', af: 'Jonas Berglund', fk: 'Camilla Sandberg' },
    substitutes: { ordf: 'Patrik Engström', kommun: 'Sofia Lindberg', region: 'Daniel Holm', af: 'Emma Wikström', fk: 'Fredrik Nordin' },
  },
};

const boardPeople = (term: DemoTerm): DemoPerson[] => {
  const names = BOARD_NAMES[term];
  const orgs: DemoOrg[] = ['kommun', 'region', 'af', 'fk'];
  return [
    person(chairId(term), names.chair, ['chair', 'board_member']),
    ...orgs.map((org) => person(memberId(term, org), names.members[org], ['board_member'])),
    person(substituteId(term, 'ordf'), names.substitutes.ordf, ['board_member']),
    ...orgs.map((org) => person(substituteId(term, org), names.substitutes[org], ['board_member'])),
  ];
};

export const DEMO_PEOPLE: readonly DemoPerson[] = [
  person(DEMO_STAFF.director, 'Johan Bergström', ['director']),
  person(DEMO_STAFF.caseOfficer, 'Sara Nyström', ['director']),
  person(DEMO_STAFF.director2012, 'Margareta Lindqvist', ['director']),
  person(DEMO_STAFF.applicantKommun, 'Elin Sjöberg', ['applicant']),
  person(DEMO_STAFF.applicantRegion, 'Mikael Åberg', ['applicant']),
  person(DEMO_STAFF.applicantAf, 'Anna Forsberg', ['applicant']),
  person(DEMO_STAFF.applicantFk, 'Peter Lundgren', ['applicant']),
  person(DEMO_STAFF.applicant2012, 'Lars Holmberg', ['applicant']),
  person(DEMO_STAFF.auditor, 'Birgitta Ek', ['auditor']),
  person(DEMO_STAFF.admin, 'Henrik Wallin', ['admin']),
  ...boardPeople(2023),
  ...boardPeople(2011),
];

export function demoPerson(userId: string): DemoPerson {
  const found = DEMO_PEOPLE.find((p) => p.userId === userId);
  if (found === undefined) throw new Error(`No demo person ${userId}`);
  return found;
}

/** Names and e-mail addresses into the people directory; an erased person stays erased. */
export function upsertDemoPeople(people: PeopleDirectory, tenant: string, at: string): number {
  for (const p of DEMO_PEOPLE) people.upsert(tenant, p.userId, { displayName: p.displayName, email: p.email }, at);
  return DEMO_PEOPLE.length;
}
