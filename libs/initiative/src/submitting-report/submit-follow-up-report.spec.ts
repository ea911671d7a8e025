import { deciderSpec } from '@beslutskedjan/shared/testing';
import { initiativeDecider } from '../initiative.decider.js';
import {
  CONTACT,
  INITIATIVE_ID,
  TODAY,
  as,
  closed,
  contact,
  finalAccepted,
  funded,
  reviewed,
  submitted,
  waived,
} from '../testing/initiative-fixtures.js';
import type { SubmitFollowUpReport } from './submit-follow-up-report.command.js';

const spec = deciderSpec(initiativeDecider);

const submit = (data: Partial<SubmitFollowUpReport['data']> = {}, metadata = contact()): SubmitFollowUpReport => ({
  type: 'SubmitFollowUpReport',
  data: { initiativeId: INITIATIVE_ID, n: 2, text: 'Tolv deltagare har börjat.', figures: { participants: 12, costSek: 31_500 }, ...data },
  metadata,
});

describe('SubmitFollowUpReport', () => {
  it('records the first submission of a due item, with the text, the figures and the Swedish day', () => {
    spec
      .given([funded()])
      .when(submit({ text: ' Tolv deltagare har börjat. ' }, contact('2027-03-14T23:30:00.000Z')))
      .then([
        {
          type: 'FollowUpReportSubmitted',
          data: {
            initiativeId: INITIATIVE_ID,
            n: 2,
            submission: 1,
            text: 'Tolv deltagare har börjat.',
            figures: { participants: 12, costSek: 31_500 },
            submittedBy: CONTACT,
            submittedOn: TODAY,
          },
        },
      ]);
  });

  it('counts a resubmission after the report was returned', () => {
    spec
      .given([funded(), submitted(2), reviewed(2, 'returned')])
      .when(submit())
      .then([expect.objectContaining({ data: expect.objectContaining({ n: 2, submission: 2 }) })]);
  });

  it('accepts a report early, before its due date', () => {
    spec
      .given([funded()])
      .when(submit({ n: 3 }))
      .then([expect.objectContaining({ data: expect.objectContaining({ n: 3, submission: 1 }) })]);
  });

  it('refuses anyone but the contact of the initiative', () => {
    spec
      .given([funded()])
      .when(submit({}, as('u-other', 'applicant')))
      .thenThrows('NOT_CONTACT', 'rule');
  });

  it('refuses an item that is submitted, accepted or waived', () => {
    spec
      .given([funded(), submitted(2)])
      .when(submit())
      .thenThrows('REPORT_NOT_EXPECTED', 'rule');
    spec
      .given([funded(), submitted(2), reviewed(2, 'accepted')])
      .when(submit())
      .thenThrows('REPORT_NOT_EXPECTED', 'rule');
    spec
      .given([funded(), waived(2)])
      .when(submit())
      .thenThrows('REPORT_NOT_EXPECTED', 'rule');
  });

  it('needs a text', () => {
    spec
      .given([funded()])
      .when(submit({ text: '\n ' }))
      .thenThrows('TEXT_REQUIRED', 'rule');
  });

  it('refuses figures that are not numbers', () => {
    spec
      .given([funded()])
      .when(submit({ figures: { participants: Number.NaN } }))
      .thenThrows('INVALID_INPUT', 'invalid');
  });

  it('refuses an item the plan does not have', () => {
    spec
      .given([funded()])
      .when(submit({ n: 7 }))
      .thenThrows('FOLLOW_UP_ITEM_NOT_FOUND', 'not_found');
  });

  it('refuses a closed initiative', () => {
    spec
      .given([...finalAccepted(), closed()])
      .when(submit())
      .thenThrows('INITIATIVE_CLOSED', 'rule');
  });

  it('refuses an initiative that was never funded', () => {
    spec.given([]).when(submit()).thenThrows('INITIATIVE_NOT_FOUND', 'not_found');
  });
});
