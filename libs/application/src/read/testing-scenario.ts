import type { BoardSeat } from '@beslutskedjan/board';
import { as, content, Story, terms } from './testing-fixtures.js';

export const people = {
  applicant: as('u-app1', 'applicant'),
  director: as('u-dir', 'director'),
  officer: as('u-dir2', 'director'),
  chair: as('u-chair', 'chair'),
  system: as('system', 'system'),
} as const;

const kommun = { kind: 'kommun', name: 'Exempelstads kommun', organisationNumber: '212000-0001' } as const;
const region = { kind: 'region', name: 'Region Exempel', organisationNumber: '232100-0002' } as const;
const af = { kind: 'arbetsformedlingen', name: 'Arbetsförmedlingen', organisationNumber: '202100-2114' } as const;
const fk = { kind: 'forsakringskassan', name: 'Försäkringskassan', organisationNumber: '202100-5521' } as const;

/** The board that sits on 2026-03-12: u-m3 is absent, so their substitute u-s1 votes in their place. */
export const board2026: BoardSeat[] = [
  { personId: 'u-chair', position: 'chair', memberOrganisation: kommun, substituteFor: null },
  { personId: 'u-m1', position: 'member', memberOrganisation: region, substituteFor: null },
  { personId: 'u-m2', position: 'member', memberOrganisation: af, substituteFor: null },
  { personId: 'u-m3', position: 'member', memberOrganisation: fk, substituteFor: null },
  { personId: 'u-s1', position: 'substitute', memberOrganisation: fk, substituteFor: 'u-m3' },
];

export const MEETING = 'm-2026-03';
const t = (day: string, time = '09:00') => `${day}T${time}:00.000Z`;

/**
 * One förbund's year: app-1 goes the whole way to a board decision that takes effect; app-2 is
 * decided under delegation and reported; app-3 is withdrawn; app-0 (2025) waits for a preparer.
 */
export function demoStory(tenant: string, prefix = ''): Story {
  const s = new Story(tenant);
  const { director, officer, applicant, chair, system } = people;
  const admin = as('u-admin', 'admin');
  for (const seat of board2026) {
    s.board(
      {
        type: 'BoardMemberAppointed',
        data: { appointmentId: `a-${seat.personId}`, ...seat, termFrom: '2023-01-01', termTo: '2026-12-31', appointedBy: 'u-admin' },
      },
      t('2022-12-15'),
      admin,
    );
  }
  s.board(
    {
      type: 'BoardMemberAppointed',
      data: {
        appointmentId: 'a-u-old',
        personId: 'u-old',
        position: 'member',
        memberOrganisation: kommun,
        substituteFor: null,
        termFrom: '2019-01-01',
        termTo: '2022-12-31',
        appointedBy: 'u-admin',
      },
    },
    t('2022-12-16'),
    admin,
  );

  const app0 = content({
    title: `${prefix}Inspirationsdag om sociala företag`,
    category: 'structural',
    kind: 'inspiration_day',
    budget: [{ year: 2026, amountSek: 30_000 }],
  });
  s.application(
    {
      type: 'ApplicationSubmitted',
      data: { applicationId: 'app-0', caseNumber: '2025/0017', content: app0, submittedBy: 'u-app1', submittedAt: t('2025-11-20') },
    },
    t('2025-11-20'),
    applicant,
  );

  const v1 = content({ title: `${prefix}Handledare vid ASF Verkstaden` });
  s.application(
    {
      type: 'ApplicationSubmitted',
      data: { applicationId: 'app-1', caseNumber: '2026/0001', content: v1, submittedBy: 'u-app1', submittedAt: t('2026-02-02') },
    },
    t('2026-02-02'),
    applicant,
  );
  const advisory = {
    policyId: 'asf',
    policyRevision: 4,
    ruleId: 'budget-spread',
    severity: 'advisory' as const,
    message: { sv: 'Budgeten spänner över två år.', en: 'The budget spans two years.' },
  };
  const policies = [{ policyId: 'asf', revision: 4, title: 'Riktlinjer för ASF' }];
  s.application(
    {
      type: 'ApplicationScreened',
      data: {
        applicationId: 'app-1',
        applicationRevision: 1,
        screenedOn: '2026-02-02',
        policies,
        findings: [advisory],
        blocking: false,
        delegationThresholdSek: 100_000,
      },
    },
    t('2026-02-02', '09:01'),
    system,
  );
  s.mark('submitted');
  s.application({ type: 'CaseTaken', data: { applicationId: 'app-1', preparedBy: 'u-dir' } }, t('2026-02-03'), director).mark('taken');
  s.application(
    {
      type: 'SupplementRequested',
      data: { applicationId: 'app-1', requestId: 'req-1', question: 'Bifoga IOP-avtalet.', dueDate: '2026-02-18', requestedBy: 'u-dir' },
    },
    t('2026-02-04'),
    director,
  ).mark('supplement-requested');
  const v2 = content({ title: `${prefix}Handledare vid ASF Verkstaden`, budget: [{ year: 2026, amountSek: 180_000 }] });
  s.application(
    {
      type: 'ApplicationRevised',
      data: { applicationId: 'app-1', revision: 2, content: v2, inResponseTo: 'req-1', revisedBy: 'u-app1', revisedAt: t('2026-02-10') },
    },
    t('2026-02-10'),
    applicant,
  );
  s.application(
    {
      type: 'ApplicationScreened',
      data: {
        applicationId: 'app-1',
        applicationRevision: 2,
        screenedOn: '2026-02-10',
        policies,
        findings: [],
        blocking: false,
        delegationThresholdSek: 100_000,
      },
    },
    t('2026-02-10', '09:01'),
    system,
  );
  s.mark('revised');

  const app2 = content({
    title: `${prefix}Studiebesök hos sociala företag`,
    applicant: { ...region, memberKind: 'region', unit: null },
    procuringMember: region,
    category: 'structural',
    kind: 'study_visit',
    budget: [{ year: 2026, amountSek: 40_000 }],
  });
  s.application(
    {
      type: 'ApplicationSubmitted',
      data: { applicationId: 'app-2', caseNumber: '2026/0002', content: app2, submittedBy: 'u-app2', submittedAt: t('2026-02-12') },
    },
    t('2026-02-12'),
    as('u-app2', 'applicant'),
  );
  s.application(
    {
      type: 'ApplicationScreened',
      data: {
        applicationId: 'app-2',
        applicationRevision: 1,
        screenedOn: '2026-02-12',
        policies,
        findings: [],
        blocking: false,
        delegationThresholdSek: 100_000,
      },
    },
    t('2026-02-12', '09:01'),
    system,
  );
  s.application({ type: 'CaseTaken', data: { applicationId: 'app-2', preparedBy: 'u-dir2' } }, t('2026-02-12', '10:00'), officer);
  s.application(
    {
      type: 'DecidedUnderDelegation',
      data: {
        applicationId: 'app-2',
        decision: 'approved',
        terms: terms(40_000),
        motivation: 'Inom delegationen.',
        decidedOn: '2026-02-13',
        decidedBy: 'u-dir',
        policy: policies[0]!,
        delegationThresholdSek: 100_000,
      },
    },
    t('2026-02-13'),
    director,
  );

  const app3 = content({
    title: `${prefix}Arbetsträning i café`,
    procuringMember: af,
    applicant: { ...af, memberKind: 'arbetsformedlingen', unit: null },
    kind: 'work_preparatory_at_asf',
  });
  s.application(
    {
      type: 'ApplicationSubmitted',
      data: { applicationId: 'app-3', caseNumber: '2026/0003', content: app3, submittedBy: 'u-app3', submittedAt: t('2026-02-14') },
    },
    t('2026-02-14'),
    as('u-app3', 'applicant'),
  );
  s.application(
    { type: 'ApplicationWithdrawn', data: { applicationId: 'app-3', reason: 'Dubblett', withdrawnBy: 'u-app3' } },
    t('2026-02-16'),
    as('u-app3', 'applicant'),
  );

  s.application(
    {
      type: 'RecommendationMade',
      data: {
        applicationId: 'app-1',
        recommendation: 'approve',
        motivation: 'Uppfyller riktlinjerna.',
        terms: terms(180_000),
        override: null,
        basedOnRevision: 2,
        recommendedBy: 'u-dir',
      },
    },
    t('2026-02-20'),
    director,
  ).mark('recommended');
  s.meeting(
    {
      type: 'BoardMeetingScheduled',
      data: {
        meetingId: MEETING,
        date: '2026-03-12',
        time: '13:00',
        label: 'Styrelsemöte 2026-03-12',
        location: 'Stadshuset',
        scheduledBy: 'u-dir',
      },
    },
    t('2026-02-20', '10:00'),
    director,
  );
  s.meeting(
    {
      type: 'BoardMeetingScheduled',
      data: {
        meetingId: 'm-2026-06',
        date: '2026-06-11',
        time: null,
        label: 'Styrelsemöte 2026-06-11',
        location: null,
        scheduledBy: 'u-dir',
      },
    },
    t('2026-02-20', '10:01'),
    director,
  );
  s.mark('scheduled');

  const snapshot1 = {
    applicationId: 'app-1',
    caseNumber: '2026/0001',
    title: v2.title,
    preparedBy: 'u-dir',
    recommendation: 'approve' as const,
    motivation: 'Uppfyller riktlinjerna.',
    terms: terms(180_000),
  };
  const snapshot2 = {
    applicationId: 'app-2',
    caseNumber: '2026/0002',
    title: app2.title,
    preparedBy: 'u-dir2',
    recommendation: 'approve' as const,
    motivation: 'Inom delegationen.',
    terms: terms(40_000),
  };
  s.meeting(
    { type: 'AgendaItemAdded', data: { meetingId: MEETING, itemNo: 1, kind: 'decision', case: snapshot1, addedBy: 'u-dir' } },
    t('2026-02-25'),
    director,
  );
  s.meeting(
    {
      type: 'AgendaItemAdded',
      data: { meetingId: MEETING, itemNo: 2, kind: 'reported_delegated_decision', case: snapshot2, addedBy: 'u-dir' },
    },
    t('2026-02-25', '09:01'),
    director,
  );
  s.mark('on-agenda');

  const present = ['u-chair', 'u-m1', 'u-m2', 'u-s1'];
  const at = (time: string) => t('2026-03-12', time);
  s.meeting(
    {
      type: 'BoardMeetingOpened',
      data: {
        meetingId: MEETING,
        present,
        adjusterId: 'u-m1',
        secretaryId: null,
        othersPresent: [],
        attestationDueOn: '2026-03-26',
        board: board2026,
        openedBy: 'u-chair',
      },
    },
    at('13:00'),
    chair,
  );
  s.meeting({ type: 'AgendaItemOpened', data: { meetingId: MEETING, itemNo: 1, openedBy: 'u-chair' } }, at('13:05'), chair);
  // A member asks for votering: each serving seat then votes by name.
  s.meeting(
    { type: 'QuestionPut', data: { meetingId: MEETING, itemNo: 1, presidingId: 'u-chair', motionNo: 0, againstMotionNo: null } },
    at('13:05'),
    chair,
  );
  s.meeting(
    { type: 'VoteringRequested', data: { meetingId: MEETING, itemNo: 1, personId: 'u-m1' } },
    at('13:05'),
    as('u-m1', 'board_member'),
  );
  s.meeting(
    { type: 'RecusalDeclared', data: { meetingId: MEETING, itemNo: 1, personId: 'u-m2', reason: 'Styrelseledamot i Verkstaden' } },
    at('13:06'),
    as('u-m2', 'board_member'),
  );
  s.mark('item-opened');
  s.meeting(
    { type: 'VoteCast', data: { meetingId: MEETING, itemNo: 1, personId: 'u-chair', vote: 'yes', replacing: null } },
    at('13:10'),
    chair,
  );
  s.mark('chair-voted');
  s.meeting(
    { type: 'VoteCast', data: { meetingId: MEETING, itemNo: 1, personId: 'u-m1', vote: 'yes', replacing: null } },
    at('13:11'),
    as('u-m1', 'board_member'),
  );
  s.meeting(
    { type: 'VoteCast', data: { meetingId: MEETING, itemNo: 1, personId: 'u-s1', vote: 'abstain', replacing: 'u-m3' } },
    at('13:12'),
    as('u-s1', 'board_member'),
  );
  s.mark('votes-cast');
  const votes = [
    { personId: 'u-chair', vote: 'yes' as const, replacing: null },
    { personId: 'u-m1', vote: 'yes' as const, replacing: null },
    { personId: 'u-s1', vote: 'abstain' as const, replacing: 'u-m3' },
  ];
  s.meeting(
    {
      type: 'OutcomeRecorded',
      data: {
        meetingId: MEETING,
        itemNo: 1,
        outcome: 'approved',
        terms: terms(180_000),
        amended: false,
        motivation: null,
        tally: { yes: 2, no: 0, abstain: 1 },
        method: 'votering',
        presidingId: 'u-chair',
        motionNo: null,
        castingVote: null,
        serving: [],
        votes,
        recusals: [{ personId: 'u-m2', reason: 'Styrelseledamot i Verkstaden' }],
        quorum: { members: 4, participating: 3, required: 3 },
        board: board2026,
        policy: policies[0]!,
        recordedBy: 'u-chair',
      },
    },
    at('13:15'),
    chair,
  ).mark('outcome');
  s.meeting({ type: 'AgendaItemClosed', data: { meetingId: MEETING, itemNo: 1, closedBy: 'u-chair' } }, at('13:16'), chair);
  s.meeting({ type: 'AgendaItemOpened', data: { meetingId: MEETING, itemNo: 2, openedBy: 'u-chair' } }, at('13:20'), chair);
  s.meeting({ type: 'AgendaItemClosed', data: { meetingId: MEETING, itemNo: 2, closedBy: 'u-chair' } }, at('13:21'), chair);
  s.meeting({ type: 'BoardMeetingClosed', data: { meetingId: MEETING, closedBy: 'u-chair' } }, at('14:00'), chair).mark('closed');

  s.meeting(
    {
      type: 'MinutesAttested',
      data: { meetingId: MEETING, personId: 'u-chair', as: 'chair', attestedOn: '2026-03-16', minutesSha256: 'ab'.repeat(32) },
    },
    t('2026-03-16'),
    chair,
  );
  s.mark('chair-attested');
  s.meeting(
    {
      type: 'MinutesAttested',
      data: { meetingId: MEETING, personId: 'u-m1', as: 'adjuster', attestedOn: '2026-03-17', minutesSha256: 'ab'.repeat(32) },
    },
    t('2026-03-17'),
    as('u-m1', 'board_member'),
  );
  const decision = {
    itemNo: 1,
    applicationId: 'app-1',
    caseNumber: '2026/0001',
    outcome: 'approved' as const,
    terms: terms(180_000),
    motivation: null,
  };
  s.meeting(
    {
      type: 'MinutesAttestationCompleted',
      data: { meetingId: MEETING, meetingDate: '2026-03-12', attestedOn: '2026-03-17', decisions: [decision] },
    },
    t('2026-03-17', '09:01'),
    system,
  );
  s.mark('attested');
  s.application(
    {
      type: 'BoardDecisionTookEffect',
      data: {
        applicationId: 'app-1',
        meetingId: MEETING,
        itemNo: 1,
        outcome: 'approved',
        terms: terms(180_000),
        motivation: null,
        meetingDate: '2026-03-12',
        attestedOn: '2026-03-17',
      },
    },
    t('2026-03-17', '09:02'),
    system,
  );
  s.initiative(
    {
      type: 'InitiativeFunded',
      data: {
        initiativeId: 'app-1',
        applicationId: 'app-1',
        caseNumber: '2026/0001',
        title: v2.title,
        procuringMember: kommun,
        terms: terms(180_000),
        decidedBy: { kind: 'board', meetingId: MEETING, itemNo: 1 },
        fundedOn: '2026-03-17',
        contactUserId: 'u-app1',
      },
    },
    t('2026-03-17', '09:03'),
    system,
  ).mark('took-effect');

  s.board(
    {
      type: 'BoardMembershipEnded',
      data: { appointmentId: 'a-u-m2', personId: 'u-m2', endedOn: '2026-06-30', reason: 'Avgått', endedBy: 'u-admin' },
    },
    t('2026-06-15'),
    admin,
  );
  s.board(
    {
      type: 'BoardMemberAppointed',
      data: {
        appointmentId: 'a-u-m5',
        personId: 'u-m5',
        position: 'member',
        memberOrganisation: af,
        substituteFor: null,
        termFrom: '2026-07-01',
        termTo: '2026-12-31',
        appointedBy: 'u-admin',
      },
    },
    t('2026-06-20'),
    admin,
  );
  return s.mark('end');
}
