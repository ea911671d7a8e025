import { type ApplicationContent, buildFollowUpPlan } from '@beslutskedjan/application';
import { addDecisionItem, holdMeeting, scheduleMeeting } from './demo-meeting.js';
import { applicantFrom, DEMO_MEMBERS, memberParty, providerAt } from './demo-organisations.js';
import { chairId, DEMO_STAFF, memberId, substituteId } from './demo-people.js';
import { sweden, type DemoSeedKit } from './demo-seed-kit.js';

const director = { userId: DEMO_STAFF.director2012, role: 'director' } as const;
const applicant = { userId: DEMO_STAFF.applicant2012, role: 'applicant' } as const;

const PERIOD = { from: '2012-03-01', to: '2012-12-31' };

export const START_GRANT_2012: ApplicationContent = {
  title: 'Startbidrag till Kooperativet Exempel',
  description:
    'Exempelstads kommun söker startbidrag enligt Policy Startbidrag Sociala företag så att Kooperativet Exempel ek. för. ' +
    'kan starta sitt café och sin cateringverksamhet. Kooperativet tar emot deltagare från kommunens arbetsmarknadsenhet ' +
    'för arbetsträning. Kommunen har avtal med kooperativet och förmedlar bidraget.',
  aims: 'Kooperativet startar sitt café och tar emot minst sex deltagare i arbetsträning under 2012.',
  applicant: applicantFrom('kommun'),
  cooperatingMembers: [],
  procuringMember: DEMO_MEMBERS.kommun,
  provider: providerAt('kooperativet', 'agreement'),
  staffEmployer: null,
  category: 'structural',
  kind: 'start_grant_asf',
  targetGroups: ['long_term_unemployed_income_support'],
  budget: [{ year: 2012, amountSek: 175_000 }],
  period: PERIOD,
  fundingRecipient: memberParty('kommun'),
  // What it was: a grant passed on to a business to start it. The 2011 policy allowed that.
  answers: { grantToBusiness: true, aimedAtAsfStaff: false, startsOrDevelopsAsf: true, paysMembershipFees: false },
};

/**
 * A case decided in 2012 under the start-grant policy (asf revision 2), which the current guidelines
 * would block: submitted, screened, prepared, recommended, decided by the 2011–2014 board with one
 * member recused, minutes attested. The reaction to the attestation applies the decision and funds it.
 */
export async function seedCase2012(kit: DemoSeedKit): Promise<{ applicationId: string; meetingId: string }> {
  const applicationId = kit.id('2012-startbidrag', 'application');
  const meetingId = kit.id('2012-meeting-0220', 'meeting');

  const { screening } = await kit.submit(
    { key: '2012-startbidrag-submit', actor: applicant, now: sweden('2012-01-16', '09:15') },
    applicationId,
    START_GRANT_2012,
  );
  // The start-grant policy in force then (asf revision 2) allowed what the current guidelines block.
  if (screening.blocking || screening.policies[0]?.revision !== 2) {
    throw new Error(`The 2012 start grant should screen clean against asf revision 2: ${JSON.stringify(screening)}`);
  }
  await kit.application(
    { key: '2012-startbidrag-take', actor: director, now: sweden('2012-01-18', '08:40') },
    { type: 'TakeCase', data: { applicationId } },
  );
  await scheduleMeeting(
    kit,
    '2012-meeting-0220',
    { meetingId, date: '2012-02-20', label: 'Styrelsemöte 2012-02-20', location: 'Kommunhuset, sammanträdesrum Eken' },
    DEMO_STAFF.director2012,
    sweden('2012-01-23', '10:00'),
  );
  await kit.application(
    { key: '2012-startbidrag-recommend', actor: director, now: sweden('2012-02-03', '14:00') },
    {
      type: 'Recommend',
      data: {
        applicationId,
        recommendation: 'approve',
        motivation:
          'Startbidrag till ett arbetsintegrerande socialt företag medges av Policy Startbidrag Sociala företag, fastställd 2011-11-28. ' +
          'Kooperativet uppfyller de fyra kriterierna för ASF och bidraget går via kommunen, som har avtal med kooperativet. ' +
          'Beloppet är lägre än det sökta eftersom kommunen själv bekostar lokalanpassningen.',
        terms: {
          amountSek: 150_000,
          period: PERIOD,
          conditions: [
            'Bidraget betalas ut via Exempelstads kommun enligt avtalet med kooperativet.',
            'Kooperativet ska vara registrerat som ekonomisk förening före utbetalningen.',
          ],
          followUpPlan: buildFollowUpPlan(PERIOD, 6),
        },
      },
    },
  );
  await addDecisionItem(kit, '2012-startbidrag', meetingId, applicationId, DEMO_STAFF.director2012, sweden('2012-02-06', '09:30'));

  await holdMeeting(kit, {
    key: '2012-meeting-0220',
    meetingId,
    date: '2012-02-20',
    opensAt: '14:00',
    chair: chairId(2011),
    adjuster: memberId(2011, 'region'),
    secretary: DEMO_STAFF.director2012,
    // The kommun member is jävig on the item; the kommun's personal substitute serves in the seat.
    present: [
      chairId(2011),
      memberId(2011, 'kommun'),
      memberId(2011, 'region'),
      memberId(2011, 'af'),
      memberId(2011, 'fk'),
      substituteId(2011, 'kommun'),
    ],
    items: [
      {
        itemNo: 1,
        recusals: [{ personId: memberId(2011, 'kommun'), reason: 'Ledamot i styrelsen för Kooperativet Exempel ek. för.' }],
        // No one asks for votering: the board decides by acclamation on the recommendation.
        question: { motionNo: 0 },
        motivation: 'Styrelsen beslutar enligt förslaget: startbidrag om 150 000 kr för perioden 2012-03-01–2012-12-31.',
      },
    ],
    attested: { byChair: sweden('2012-02-27', '10:00'), byAdjuster: sweden('2012-02-27', '15:30') },
    posted: sweden('2012-02-28', '09:00'),
  });
  return { applicationId, meetingId };
}
