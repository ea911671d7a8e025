import { randomUUID } from 'node:crypto';
import {
  type ApplicationSubmitted,
  type ApplicationRevised,
  type BoardDecisionTookEffect,
  type CaseTaken,
  type RecommendationMade,
  type SupplementRequested,
  type ApplicationWithdrawn,
  type ApplicationContent,
  type FollowUpItem,
  APPLICATION_EVENT_SCHEMA_VERSIONS,
  applicationStreamId,
} from '@beslutskedjan/application';
import {
  type BoardMemberAppointed,
  type BoardMembershipEnded,
  type BoardSeat,
  type AgendaItemAdded,
  type AgendaItemClosed,
  type AgendaItemOpened,
  type BoardMeetingClosed,
  type BoardMeetingOpened,
  type BoardMeetingScheduled,
  type MinutesAttestationCompleted,
  type MinutesAttested,
  type OutcomeRecorded,
  type RecusalDeclared,
  type VoteCast,
  BOARD_EVENT_SCHEMA_VERSIONS,
  boardStreamId,
  MEETING_EVENT_SCHEMA_VERSIONS,
  meetingStreamId,
} from '@beslutskedjan/board';
import type { Actor, NewEvent, EventStore } from '@beslutskedjan/event-store';
import {
  type FollowUpReportReviewed,
  type FollowUpReportSubmitted,
  type FollowUpRescheduled,
  type FollowUpWaived,
  type InitiativeClosed,
  type InitiativeFunded,
  INITIATIVE_EVENT_SCHEMA_VERSIONS,
  initiativeStreamId,
} from '@beslutskedjan/initiative';
import type { DomainEvent } from '@beslutskedjan/shared';
import { deliveryStreamId, REMINDER_LEDGER_SCHEMA_VERSIONS } from '../reminders.events.js';
import type { ReminderFact } from '../schedule/reminder-automation.js';

/** Events as a reminder spec writes them: what happened, when, and who did it. */
export interface TestFact {
  event: DomainEvent;
  at: string;
  actor: Actor;
}

export const DIRECTOR: Actor = { userId: 'dora', role: 'director' };
export const APPLICANT: Actor = { userId: 'ann', role: 'applicant' };
export const CHAIR: Actor = { userId: 'carl', role: 'chair' };
export const SYSTEM: Actor = { userId: 'system', role: 'system' };

export const fact = (event: DomainEvent, at: string, actor: Actor = DIRECTOR): TestFact => ({ event, at, actor });
export const asFacts = (facts: readonly TestFact[]): ReminderFact[] =>
  facts.map((f) => ({ type: f.event.type, data: f.event.data, at: f.at }));

const ORG = { name: 'Exempelstads kommun', organisationNumber: '212000-0142' };

export const content = (title: string): ApplicationContent => ({
  title,
  description: 'Arbetsförberedande insatser på ett arbetsintegrerande socialt företag.',
  aims: 'Deltagarna kommer närmare arbetsmarknaden.',
  applicant: { ...ORG, memberKind: 'kommun', unit: { code: 'amf', name: 'Arbetsmarknadsförvaltningen' } },
  cooperatingMembers: [],
  procuringMember: { ...ORG, kind: 'kommun' },
  provider: {
    name: 'Kooperativet Exempel',
    organisationNumber: '769600-1234',
    isAsf: true,
    relation: 'agreement',
    isMember: false,
    asfStatus: 'assessed_asf',
  },
  staffEmployer: null,
  category: 'individual',
  kind: 'work_preparatory_at_asf',
  targetGroups: ['long_term_unemployed_income_support'],
  budget: [{ year: 2027, amountSek: 300_000 }],
  period: { from: '2027-01-01', to: '2027-12-31' },
  fundingRecipient: { ...ORG, role: 'member' },
  answers: { grantToBusiness: false, aimedAtAsfStaff: false, startsOrDevelopsAsf: false, paysMembershipFees: false },
});

export const submitted = (
  applicationId: string,
  caseNumber: string,
  submittedAt: string,
  title = 'Arbetsträning på Kooperativet Exempel',
  submittedBy = APPLICANT.userId,
): ApplicationSubmitted => ({
  type: 'ApplicationSubmitted',
  data: { applicationId, caseNumber, content: content(title), submittedBy, submittedAt },
});
export const caseTaken = (applicationId: string, preparedBy = DIRECTOR.userId): CaseTaken => ({
  type: 'CaseTaken',
  data: { applicationId, preparedBy },
});
export const supplementRequested = (applicationId: string, requestId: string, dueDate: string): SupplementRequested => ({
  type: 'SupplementRequested',
  data: { applicationId, requestId, question: 'Hur många deltagare?', dueDate, requestedBy: DIRECTOR.userId },
});
export const revised = (applicationId: string, revision: number, inResponseTo: string | null, revisedAt: string): ApplicationRevised => ({
  type: 'ApplicationRevised',
  data: {
    applicationId,
    revision,
    content: content('Arbetsträning på Kooperativet Exempel'),
    inResponseTo,
    revisedBy: APPLICANT.userId,
    revisedAt,
  },
});
export const recommended = (applicationId: string): RecommendationMade => ({
  type: 'RecommendationMade',
  data: {
    applicationId,
    recommendation: 'approve',
    motivation: 'Följer riktlinjerna.',
    terms: null,
    override: null,
    basedOnRevision: 1,
    recommendedBy: DIRECTOR.userId,
  },
});
export const withdrawn = (applicationId: string): ApplicationWithdrawn => ({
  type: 'ApplicationWithdrawn',
  data: { applicationId, reason: 'Dras tillbaka', withdrawnBy: APPLICANT.userId },
});
export const boardDecisionTookEffect = (
  applicationId: string,
  outcome: BoardDecisionTookEffect['data']['outcome'],
  attestedOn: string,
): BoardDecisionTookEffect => ({
  type: 'BoardDecisionTookEffect',
  data: { applicationId, meetingId: 'm-1', itemNo: 1, outcome, terms: null, motivation: null, meetingDate: attestedOn, attestedOn },
});

export const funded = (
  initiativeId: string,
  caseNumber: string,
  items: ReadonlyArray<[number, FollowUpItem['kind'], string]>,
  { fundedOn = '2026-12-14', title = 'Arbetsträning på Kooperativet Exempel', contactUserId = APPLICANT.userId } = {},
): InitiativeFunded => ({
  type: 'InitiativeFunded',
  data: {
    initiativeId,
    applicationId: initiativeId,
    caseNumber,
    title,
    procuringMember: { ...ORG, kind: 'kommun' },
    terms: {
      amountSek: 250_000,
      period: { from: '2027-01-01', to: '2027-12-31' },
      conditions: [],
      followUpPlan: { items: items.map(([n, kind, dueDate]) => ({ n, kind, dueDate })) },
    },
    decidedBy: { kind: 'board', meetingId: 'm-1', itemNo: 1 },
    fundedOn,
    contactUserId,
  },
});
export const rescheduled = (initiativeId: string, n: number, from: string, to: string): FollowUpRescheduled => ({
  type: 'FollowUpRescheduled',
  data: { initiativeId, n, from, to, reason: 'Senare start', rescheduledBy: DIRECTOR.userId },
});
export const waived = (initiativeId: string, n: number): FollowUpWaived => ({
  type: 'FollowUpWaived',
  data: { initiativeId, n, reason: 'Behövs inte', waivedBy: DIRECTOR.userId },
});
export const reportSubmitted = (
  initiativeId: string,
  n: number,
  submittedOn: string,
  submittedBy = APPLICANT.userId,
): FollowUpReportSubmitted => ({
  type: 'FollowUpReportSubmitted',
  data: { initiativeId, n, submission: 1, text: 'Tolv deltagare.', figures: { participants: 12 }, submittedBy, submittedOn },
});
export const reviewed = (
  initiativeId: string,
  n: number,
  verdict: 'accepted' | 'returned',
  newDueDate: string | null = null,
): FollowUpReportReviewed => ({
  type: 'FollowUpReportReviewed',
  data: { initiativeId, n, submission: 1, verdict, comment: 'Ok', newDueDate, reviewedBy: DIRECTOR.userId, reviewedOn: '2027-07-05' },
});
export const initiativeClosed = (initiativeId: string): InitiativeClosed => ({
  type: 'InitiativeClosed',
  data: { initiativeId, closedOn: '2028-03-01', closedBy: DIRECTOR.userId, summary: 'Klart' },
});

export const seat = (personId: string, position: BoardSeat['position'] = 'member', substituteFor: string | null = null): BoardSeat => ({
  personId,
  position,
  memberOrganisation: { ...ORG, kind: 'kommun' },
  substituteFor,
});
export const appointed = (
  personId: string,
  position: BoardSeat['position'],
  termFrom: string,
  termTo: string,
  substituteFor: string | null = null,
): BoardMemberAppointed => ({
  type: 'BoardMemberAppointed',
  data: {
    appointmentId: `a-${personId}-${termFrom}`,
    personId,
    position,
    memberOrganisation: { ...ORG, kind: 'kommun' },
    substituteFor,
    termFrom,
    termTo,
    appointedBy: 'adam',
  },
});

export const membershipEnded = (personId: string, termFrom: string, endedOn: string): BoardMembershipEnded => ({
  type: 'BoardMembershipEnded',
  data: { appointmentId: `a-${personId}-${termFrom}`, personId, endedOn, reason: 'Avgått', endedBy: 'adam' },
});

export const meetingScheduled = (meetingId: string, date: string): BoardMeetingScheduled => ({
  type: 'BoardMeetingScheduled',
  data: { meetingId, date, time: null, label: `Styrelsemöte ${date}`, location: null, scheduledBy: DIRECTOR.userId },
});
export const agendaItemAdded = (
  meetingId: string,
  itemNo: number,
  applicationId: string,
  caseNumber: string,
  preparedBy = DIRECTOR.userId,
): AgendaItemAdded => ({
  type: 'AgendaItemAdded',
  data: {
    meetingId,
    itemNo,
    kind: 'decision',
    case: {
      applicationId,
      caseNumber,
      title: 'Arbetsträning på Kooperativet Exempel',
      preparedBy,
      recommendation: 'approve',
      motivation: 'Ok',
      terms: null,
    },
    addedBy: DIRECTOR.userId,
  },
});
export const meetingOpened = (meetingId: string, present: string[], board: BoardSeat[], adjusterId: string): BoardMeetingOpened => ({
  type: 'BoardMeetingOpened',
  data: { meetingId, present, adjusterId, secretaryId: null, othersPresent: [], attestationDueOn: null, board, openedBy: CHAIR.userId },
});
export const itemOpened = (meetingId: string, itemNo: number): AgendaItemOpened => ({
  type: 'AgendaItemOpened',
  data: { meetingId, itemNo, openedBy: CHAIR.userId },
});
export const voteCast = (meetingId: string, itemNo: number, personId: string, replacing: string | null = null): VoteCast => ({
  type: 'VoteCast',
  data: { meetingId, itemNo, personId, vote: 'yes', replacing },
});
export const recusalDeclared = (meetingId: string, itemNo: number, personId: string): RecusalDeclared => ({
  type: 'RecusalDeclared',
  data: { meetingId, itemNo, personId, reason: 'Jäv' },
});
export const outcomeRecorded = (meetingId: string, itemNo: number, board: BoardSeat[]): OutcomeRecorded => ({
  type: 'OutcomeRecorded',
  data: {
    meetingId,
    itemNo,
    outcome: 'approved',
    terms: null,
    amended: false,
    motivation: null,
    tally: { yes: 3, no: 0, abstain: 0 },
    method: 'votering',
    presidingId: CHAIR.userId,
    motionNo: null,
    castingVote: null,
    serving: [],
    votes: [],
    recusals: [],
    quorum: { members: board.length, participating: 3, required: 3 },
    board,
    policy: null,
    recordedBy: CHAIR.userId,
  },
});
export const itemClosed = (meetingId: string, itemNo: number): AgendaItemClosed => ({
  type: 'AgendaItemClosed',
  data: { meetingId, itemNo, closedBy: CHAIR.userId },
});
export const meetingClosed = (meetingId: string): BoardMeetingClosed => ({
  type: 'BoardMeetingClosed',
  data: { meetingId, closedBy: CHAIR.userId },
});
export const minutesAttested = (meetingId: string, personId: string, as: 'chair' | 'adjuster', attestedOn: string): MinutesAttested => ({
  type: 'MinutesAttested',
  data: { meetingId, personId, as, attestedOn, minutesSha256: 'f'.repeat(64) },
});
export const attestationCompleted = (meetingId: string, meetingDate: string, attestedOn: string): MinutesAttestationCompleted => ({
  type: 'MinutesAttestationCompleted',
  data: { meetingId, meetingDate, attestedOn, decisions: [] },
});

/** The stream an event belongs to, as the command handlers would write it. */
export function streamOf(tenant: string, event: DomainEvent): string {
  const data = event.data as Record<string, string>;
  if (event.type in APPLICATION_EVENT_SCHEMA_VERSIONS) return applicationStreamId(tenant, data.applicationId ?? '');
  if (event.type in INITIATIVE_EVENT_SCHEMA_VERSIONS) return initiativeStreamId(tenant, data.initiativeId ?? '');
  if (event.type in MEETING_EVENT_SCHEMA_VERSIONS) return meetingStreamId(tenant, data.meetingId ?? '');
  if (event.type in BOARD_EVENT_SCHEMA_VERSIONS) return boardStreamId(tenant);
  if (event.type in REMINDER_LEDGER_SCHEMA_VERSIONS) return deliveryStreamId(tenant, (event.data as { dueAt: string }).dueAt);
  throw new Error(`No stream for ${event.type}`);
}

let counter = 0;
export function toNewEvent(tenant: string, f: TestFact): NewEvent {
  counter += 1;
  return {
    eventId: randomUUID(),
    type: f.event.type,
    data: f.event.data,
    metadata: { tenant, actor: f.actor, correlationId: `test-${counter}`, causationId: null, occurredAt: f.at, schemaVersion: 1 },
  };
}

/** Appends as the command handlers would: one event at a time, to its own stream, with full metadata. */
export async function appendFacts(store: EventStore, tenant: string, facts: readonly TestFact[]): Promise<bigint> {
  let position = 0n;
  for (const f of facts) position = (await store.append(streamOf(tenant, f.event), [toNewEvent(tenant, f)], 'any')).position;
  return position;
}
