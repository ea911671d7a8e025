import { Story } from '@beslutskedjan/application/testing';
import type { Actor } from '@beslutskedjan/event-store';
import type { InitiativeFunded } from '../initiative.events.js';

// Not the application fixtures' `as`: two different `as` cannot share @beslutskedjan/application/testing.
const as = (userId: string, role: Actor['role']): Actor => ({ userId, role });

export const ANN = 'u-ann';
export const BO = 'u-bo';
const director = as('u-dir', 'director');
const system = as('system', 'system');

const funding = (initiativeId: string, prefix: string, over: Partial<InitiativeFunded['data']>): InitiativeFunded => ({
  type: 'InitiativeFunded',
  data: {
    initiativeId,
    applicationId: initiativeId,
    caseNumber: '2026/0001',
    title: `${prefix}Arbetsträning på ASF`,
    procuringMember: { kind: 'kommun', name: 'Exempelstads kommun', organisationNumber: '212000-0001' },
    terms: {
      amountSek: 40_000,
      period: { from: '2027-03-01', to: '2027-06-30' },
      conditions: [],
      followUpPlan: {
        items: [
          { n: 1, kind: 'finsam_registration', dueDate: '2027-04-01' },
          { n: 2, kind: 'progress_report', dueDate: '2027-06-01' },
          { n: 3, kind: 'final_report', dueDate: '2027-08-30' },
        ],
      },
    },
    decidedBy: { kind: 'delegation', userId: 'u-dir2' },
    fundedOn: '2027-02-15',
    contactUserId: ANN,
    ...over,
  },
});

/**
 * One förbund's follow-up year: initiative `ini-a` (Ann reports) is followed up to its closing;
 * `ini-b` (Bo reports, a board decision) is still running. `prefix` tells another tenant's titles apart.
 */
export function followUpStory(tenant: string, prefix = '') {
  const ann = as(ANN, 'applicant');
  const id = 'ini-a';
  const report = (n: number, submission: number, submittedOn: string) =>
    ({
      type: 'FollowUpReportSubmitted',
      data: {
        initiativeId: id,
        n,
        submission,
        text: `${prefix}Rapport ${n}.${submission}`,
        figures: { participants: 6 },
        submittedBy: ANN,
        submittedOn,
      },
    }) as const;
  const review = (n: number, submission: number, verdict: 'accepted' | 'returned', reviewedOn: string, newDueDate: string | null = null) =>
    ({
      type: 'FollowUpReportReviewed',
      data: {
        initiativeId: id,
        n,
        submission,
        verdict,
        comment: verdict === 'returned' ? 'Kostnader saknas.' : '',
        newDueDate,
        reviewedBy: 'u-dir',
        reviewedOn,
      },
    }) as const;
  return new Story(tenant)
    .initiative(funding(id, prefix, {}), '2027-02-15T09:00:00.000Z', system)
    .initiative(
      funding('ini-b', prefix, {
        caseNumber: '2026/0002',
        title: `${prefix}Handledare`,
        contactUserId: BO,
        decidedBy: { kind: 'board', meetingId: 'm-1', itemNo: 1 },
        terms: {
          amountSek: 200_000,
          period: { from: '2027-01-01', to: '2027-12-31' },
          conditions: [],
          followUpPlan: {
            items: [
              { n: 1, kind: 'progress_report', dueDate: '2027-05-15' },
              { n: 2, kind: 'final_report', dueDate: '2028-02-29' },
            ],
          },
        },
      }),
      '2027-02-16T09:00:00.000Z',
      system,
    )
    .mark('funded')
    .initiative(
      { type: 'FollowUpWaived', data: { initiativeId: id, n: 1, reason: 'Registrerad av kommunen', waivedBy: 'u-dir' } },
      '2027-03-02T09:00:00.000Z',
      director,
    )
    .initiative(
      {
        type: 'FollowUpRescheduled',
        data: { initiativeId: id, n: 2, from: '2027-06-01', to: '2027-06-15', reason: 'Sen start', rescheduledBy: 'u-dir' },
      },
      '2027-03-03T09:00:00.000Z',
      director,
    )
    .mark('rescheduled')
    .initiative(report(2, 1, '2027-06-10'), '2027-06-10T09:00:00.000Z', ann)
    .initiative(review(2, 1, 'returned', '2027-06-12', '2027-06-30'), '2027-06-12T09:00:00.000Z', director)
    .mark('returned')
    .initiative(report(2, 2, '2027-06-20'), '2027-06-20T09:00:00.000Z', ann)
    .initiative(review(2, 2, 'accepted', '2027-06-21'), '2027-06-21T09:00:00.000Z', director)
    .mark('accepted')
    .initiative(report(3, 1, '2027-08-20'), '2027-08-20T09:00:00.000Z', ann)
    .initiative(review(3, 1, 'accepted', '2027-08-25'), '2027-08-25T09:00:00.000Z', director)
    .initiative(
      { type: 'InitiativeClosed', data: { initiativeId: id, closedOn: '2027-08-26', closedBy: 'u-dir', summary: `${prefix}Genomförd.` } },
      '2027-08-26T09:00:00.000Z',
      director,
    )
    .mark('end');
}
