import type { MemberKind } from '@beslutskedjan/application';
import type { BoardPosition } from '@beslutskedjan/board';
import { DEMO_MEMBERS } from './demo-organisations.js';
import { chairId, DEMO_STAFF, memberId, substituteId, type DemoOrg, type DemoTerm } from './demo-people.js';
import { sweden, type DemoSeedKit } from './demo-seed-kit.js';

const KIND: Readonly<Record<DemoOrg, MemberKind>> = {
  kommun: 'kommun',
  region: 'region',
  af: 'arbetsformedlingen',
  fk: 'forsakringskassan',
};
const ORGS: readonly DemoOrg[] = ['kommun', 'region', 'af', 'fk'];

interface DemoTermOfOffice {
  term: DemoTerm;
  from: string;
  to: string;
  /** The office records the appointments the members made (utsett) before the term starts. */
  recordedOn: string;
  recordedBy: string;
}

export const DEMO_TERMS: readonly DemoTermOfOffice[] = [
  { term: 2011, from: '2011-01-01', to: '2014-12-31', recordedOn: '2010-12-15', recordedBy: DEMO_STAFF.director2012 },
  { term: 2023, from: '2023-01-01', to: '2026-12-31', recordedOn: '2022-12-14', recordedBy: DEMO_STAFF.director },
];

interface Seat {
  personId: string;
  position: BoardPosition;
  org: DemoOrg;
  substituteFor: string | null;
}

/** Chair (from the kommun) and one member per member organisation (the region's is vice chair), then each one's personal substitute. */
export function seatsOf(term: DemoTerm): Seat[] {
  const holders: Seat[] = [
    { personId: chairId(term), position: 'chair', org: 'kommun', substituteFor: null },
    ...ORGS.map((org): Seat => ({
      personId: memberId(term, org),
      position: org === 'region' ? 'vice_chair' : 'member',
      org,
      substituteFor: null,
    })),
  ];
  const substitutes = holders.map((h): Seat => ({
    personId: substituteId(term, h.position === 'chair' ? 'ordf' : h.org),
    position: 'substitute',
    org: h.org,
    substituteFor: h.personId,
  }));
  return [...holders, ...substitutes];
}

/** The board over time (stream `demo/board`): the 2011–2014 term and the current 2023–2026 term. */
export async function seedDemoBoard(kit: DemoSeedKit): Promise<number> {
  let appointed = 0;
  for (const t of DEMO_TERMS) {
    for (const [index, seat] of seatsOf(t.term).entries()) {
      const key = `board-${t.term}-${seat.personId}`;
      await kit.board(
        { key, actor: { userId: t.recordedBy, role: 'director' }, now: sweden(t.recordedOn, `10:${String(index).padStart(2, '0')}`) },
        {
          type: 'AppointBoardMember',
          data: {
            appointmentId: kit.id(key, 'appointment'),
            personId: seat.personId,
            position: seat.position,
            memberOrganisation: DEMO_MEMBERS[KIND[seat.org]],
            substituteFor: seat.substituteFor,
            termFrom: t.from,
            termTo: t.to,
          },
        },
      );
      appointed++;
    }
  }
  return appointed;
}
