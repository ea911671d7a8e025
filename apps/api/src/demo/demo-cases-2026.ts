import type { Actor } from '@beslutskedjan/event-store';
import * as content from './demo-content-2026.js';
import { addDecisionItem, holdMeeting, scheduleMeeting } from './demo-meeting.js';
import { DEMO_STAFF, memberId, substituteId } from './demo-people.js';
import { sweden, type DemoSeedKit } from './demo-seed-kit.js';

const director: Actor = { userId: DEMO_STAFF.director, role: 'director' };
const caseOfficer: Actor = { userId: DEMO_STAFF.caseOfficer, role: 'director' };
const applicant = (userId: string): Actor => ({ userId, role: 'applicant' });

export interface Cases2026 {
  submitted: string;
  awaitingSupplement: string;
  onAgenda: string;
  rejected: string;
  delegated: string;
  meetingSeptember: string;
  meetingDecember: string;
}

export const MEETING_DECEMBER_DATE = '2026-12-10';

/**
 * The current year, in the order things happened: a case rejected by the board because of a
 * blocking finding, one recommended and on the agenda of the meeting on 2026-12-10, one decided
 * under delegation (which the reaction reports to that meeting), one awaiting a supplement and one
 * just submitted.
 */
export async function seedCases2026(kit: DemoSeedKit): Promise<Cases2026> {
  const ids: Cases2026 = {
    rejected: kit.id('2026-kontantbidrag', 'application'),
    onAgenda: kit.id('2026-arbetstraning-kommun', 'application'),
    delegated: kit.id('2026-inspirationsdag', 'application'),
    awaitingSupplement: kit.id('2026-arbetstraning-region', 'application'),
    submitted: kit.id('2026-handledare-fk', 'application'),
    meetingSeptember: kit.id('2026-meeting-0924', 'meeting'),
    meetingDecember: kit.id('2026-meeting-1210', 'meeting'),
  };
  const take = (key: string, applicationId: string, now: string) =>
    kit.application({ key: `${key}-take`, actor: caseOfficer, now }, { type: 'TakeCase', data: { applicationId } });

  // A cash grant to an individual business: the current guidelines block it, the board rejects it.
  const cash = await kit.submit(
    { key: '2026-kontantbidrag-submit', actor: applicant(DEMO_STAFF.applicantAf), now: sweden('2026-08-24', '11:00') },
    ids.rejected,
    content.CASH_GRANT_AF,
  );
  if (!cash.screening.blocking) throw new Error('The cash grant should have a blocking finding');
  await take('2026-kontantbidrag', ids.rejected, sweden('2026-08-26', '09:00'));
  await scheduleMeeting(
    kit,
    '2026-meeting-0924',
    { meetingId: ids.meetingSeptember, date: '2026-09-24', label: 'Styrelsemöte 2026-09-24', location: 'Förbundets kansli, Storgatan 12' },
    DEMO_STAFF.director,
    sweden('2026-08-31', '10:00'),
  );
  await kit.application(
    { key: '2026-kontantbidrag-recommend', actor: caseOfficer, now: sweden('2026-09-07', '15:00') },
    {
      type: 'Recommend',
      data: {
        applicationId: ids.rejected,
        recommendation: 'reject',
        motivation: content.CASH_GRANT_REJECT_MOTIVATION,
      },
    },
  );
  await addDecisionItem(kit, '2026-kontantbidrag', ids.meetingSeptember, ids.rejected, DEMO_STAFF.director, sweden('2026-09-08', '09:00'));

  const onAgenda = await kit.submit(
    { key: '2026-arbetstraning-kommun-submit', actor: applicant(DEMO_STAFF.applicantKommun), now: sweden('2026-09-21', '08:50') },
    ids.onAgenda,
    content.WORK_TRAINING_KOMMUN,
  );
  if (onAgenda.screening.blocking) throw new Error('The work training at the kommun should screen clean');
  await take('2026-arbetstraning-kommun', ids.onAgenda, sweden('2026-09-23', '10:15'));

  const vote = (personId: string, v: 'yes' | 'no' | 'abstain') => ({ personId, vote: v });
  await holdMeeting(kit, {
    key: '2026-meeting-0924',
    meetingId: ids.meetingSeptember,
    date: '2026-09-24',
    opensAt: '13:00',
    // The chair is absent: the vice chair presides, and the chair's personal substitute serves in the chair's seat.
    chair: memberId(2023, 'region'),
    adjuster: memberId(2023, 'fk'),
    secretary: DEMO_STAFF.director,
    present: [substituteId(2023, 'ordf'), memberId(2023, 'kommun'), memberId(2023, 'region'), memberId(2023, 'fk'), memberId(2023, 'af')],
    items: [
      {
        itemNo: 1,
        motions: [
          {
            personId: memberId(2023, 'kommun'),
            kind: 'refer_back',
            motivation: 'Ansökan bör kompletteras med ett upplägg som riktlinjerna medger.',
          },
        ],
        // The recommendation (avslag) against the kommun member's återremiss; votering 2–2, the vice chair's casting vote decides.
        question: { motionNo: 0, againstMotionNo: 1 },
        votering: {
          requestedBy: memberId(2023, 'kommun'),
          votes: [
            vote(memberId(2023, 'region'), 'yes'),
            vote(memberId(2023, 'fk'), 'yes'),
            vote(memberId(2023, 'kommun'), 'no'),
            vote(substituteId(2023, 'ordf'), 'no'),
            vote(memberId(2023, 'af'), 'abstain'),
          ],
        },
        motivation: 'Styrelsen avslår ansökan enligt förslaget: kontantbidrag till enskilda näringsidkare finansieras inte.',
        reservations: [
          {
            personId: memberId(2023, 'kommun'),
            motivation: 'Sökanden borde ha fått möjlighet att ändra ansökan i stället för ett avslag.',
          },
        ],
        notes: [
          { personId: memberId(2023, 'af'), text: 'Arbetsförmedlingen avstår eftersom myndigheten har egna insatser för målgruppen.' },
        ],
      },
    ],
    attested: { byChair: sweden('2026-09-29', '11:00'), byAdjuster: sweden('2026-10-01', '09:30') },
    posted: sweden('2026-10-02', '08:30'),
  });

  await scheduleMeeting(
    kit,
    '2026-meeting-1210',
    {
      meetingId: ids.meetingDecember,
      date: MEETING_DECEMBER_DATE,
      label: `Styrelsemöte ${MEETING_DECEMBER_DATE}`,
      location: 'Förbundets kansli, Storgatan 12',
    },
    DEMO_STAFF.director,
    sweden('2026-10-20', '10:00'),
  );

  await kit.submit(
    { key: '2026-inspirationsdag-submit', actor: applicant(DEMO_STAFF.applicantKommun), now: sweden('2026-10-26', '10:00') },
    ids.delegated,
    content.INSPIRATION_DAY_KOMMUN,
  );
  await take('2026-inspirationsdag', ids.delegated, sweden('2026-10-28', '08:30'));

  await kit.submit(
    { key: '2026-arbetstraning-region-submit', actor: applicant(DEMO_STAFF.applicantRegion), now: sweden('2026-11-02', '13:10') },
    ids.awaitingSupplement,
    content.WORK_TRAINING_REGION,
  );
  await take('2026-arbetstraning-region', ids.awaitingSupplement, sweden('2026-11-04', '09:00'));
  await kit.application(
    { key: '2026-arbetstraning-region-supplement', actor: caseOfficer, now: sweden('2026-11-09', '14:20') },
    {
      type: 'RequestSupplement',
      data: {
        applicationId: ids.awaitingSupplement,
        requestId: kit.id('2026-arbetstraning-region-supplement', 'supplement-request'),
        question: 'Hur många deltagare avses, och hur följer regionen upp deras väg mot arbete eller studier?',
        dueDate: '2026-11-30',
      },
    },
  );

  await kit.application(
    { key: '2026-arbetstraning-kommun-recommend', actor: caseOfficer, now: sweden('2026-11-12', '16:00') },
    {
      type: 'Recommend',
      data: {
        applicationId: ids.onAgenda,
        recommendation: 'approve',
        motivation: content.WORK_TRAINING_KOMMUN_MOTIVATION,
        terms: content.WORK_TRAINING_KOMMUN_TERMS,
      },
    },
  );
  await kit.application(
    { key: '2026-inspirationsdag-recommend', actor: caseOfficer, now: sweden('2026-11-13', '11:00') },
    {
      type: 'Recommend',
      data: {
        applicationId: ids.delegated,
        recommendation: 'approve',
        motivation: 'Inspirationsdagar om ASF är en strukturövergripande insats som riktlinjerna nämner.',
        terms: content.INSPIRATION_DAY_TERMS,
      },
    },
  );
  await addDecisionItem(
    kit,
    '2026-arbetstraning-kommun',
    ids.meetingDecember,
    ids.onAgenda,
    DEMO_STAFF.director,
    sweden('2026-11-16', '09:00'),
  );

  // Below the threshold, decided by the förbundschef, not by the case officer who prepared it.
  await kit.application(
    { key: '2026-inspirationsdag-delegated', actor: director, now: sweden('2026-11-18', '10:30') },
    {
      type: 'DecideUnderDelegation',
      data: {
        applicationId: ids.delegated,
        decision: 'approved',
        motivation: 'Beviljas enligt förslaget, inom delegationen i riktlinjerna (100 000 kr).',
        terms: content.INSPIRATION_DAY_TERMS,
        policy: await kit.delegationOn('2026-11-18'),
      },
    },
  );

  await kit.submit(
    { key: '2026-handledare-fk-submit', actor: applicant(DEMO_STAFF.applicantFk), now: sweden('2026-11-20', '10:30') },
    ids.submitted,
    content.SUPERVISOR_FK,
  );
  return ids;
}
