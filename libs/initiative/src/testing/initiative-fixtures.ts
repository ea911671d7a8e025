import type { Actor } from '@beslutskedjan/event-store';
import type { CommandMetadata } from '@beslutskedjan/shared';
import type {
  FollowUpReportReviewed,
  FollowUpReportSubmitted,
  FollowUpRescheduled,
  FollowUpWaived,
  InitiativeClosed,
  InitiativeFunded,
} from '../initiative.events.js';

export const INITIATIVE_ID = 'app-1';
export const CONTACT = 'u-contact';
export const DIRECTOR = 'u-director';
/** 10:00 Swedish time on 2027-03-15. */
export const NOW = '2027-03-15T09:00:00.000Z';
export const TODAY = '2027-03-15';

export const as = (userId: string, role: Actor['role'], now = NOW): CommandMetadata => ({ now, actor: { userId, role }, tenant: 't1' });
export const contact = (now = NOW) => as(CONTACT, 'applicant', now);
export const director = (now = NOW) => as(DIRECTOR, 'director', now);

/** Registration (1), two progress reports (2, 3) and the final report (4). */
export const fundedData = (over: Partial<InitiativeFunded['data']> = {}): InitiativeFunded['data'] => ({
  initiativeId: INITIATIVE_ID,
  applicationId: INITIATIVE_ID,
  caseNumber: '2026/0042',
  title: 'Handledare på Kafé Gemenskap',
  procuringMember: { kind: 'kommun', name: 'Exempelstads kommun', organisationNumber: '212000-0142' },
  terms: {
    amountSek: 80_000,
    period: { from: '2027-01-01', to: '2027-12-31' },
    conditions: ['Slutrapport'],
    followUpPlan: {
      items: [
        { n: 1, kind: 'finsam_registration', dueDate: '2027-02-01' },
        { n: 2, kind: 'progress_report', dueDate: '2027-04-01' },
        { n: 3, kind: 'progress_report', dueDate: '2027-10-01' },
        { n: 4, kind: 'final_report', dueDate: '2028-02-29' },
      ],
    },
  },
  decidedBy: { kind: 'delegation', userId: 'u-dir2' },
  fundedOn: '2026-12-10',
  contactUserId: CONTACT,
  ...over,
});

export const funded = (over: Partial<InitiativeFunded['data']> = {}): InitiativeFunded => ({
  type: 'InitiativeFunded',
  data: fundedData(over),
});

export const rescheduled = (n: number, from: string, to: string): FollowUpRescheduled => ({
  type: 'FollowUpRescheduled',
  data: { initiativeId: INITIATIVE_ID, n, from, to, reason: 'Sen start', rescheduledBy: DIRECTOR },
});

export const waived = (n: number): FollowUpWaived => ({
  type: 'FollowUpWaived',
  data: { initiativeId: INITIATIVE_ID, n, reason: 'Redan registrerad', waivedBy: DIRECTOR },
});

export const submitted = (n: number, submission = 1, submittedOn = TODAY): FollowUpReportSubmitted => ({
  type: 'FollowUpReportSubmitted',
  data: {
    initiativeId: INITIATIVE_ID,
    n,
    submission,
    text: 'Tolv deltagare.',
    figures: { participants: 12 },
    submittedBy: CONTACT,
    submittedOn,
  },
});

export const reviewed = (
  n: number,
  verdict: 'accepted' | 'returned',
  over: Partial<FollowUpReportReviewed['data']> = {},
): FollowUpReportReviewed => ({
  type: 'FollowUpReportReviewed',
  data: {
    initiativeId: INITIATIVE_ID,
    n,
    submission: 1,
    verdict,
    comment: verdict === 'returned' ? 'Kostnaderna saknas.' : '',
    newDueDate: verdict === 'returned' ? '2027-04-30' : null,
    reviewedBy: DIRECTOR,
    reviewedOn: TODAY,
    ...over,
  },
});

export const closed = (): InitiativeClosed => ({
  type: 'InitiativeClosed',
  data: { initiativeId: INITIATIVE_ID, closedOn: TODAY, closedBy: DIRECTOR, summary: 'Insatsen genomförd.' },
});

/** The final report (4) submitted and accepted: the initiative may be closed. */
export const finalAccepted = () => [funded(), submitted(4), reviewed(4, 'accepted')];
