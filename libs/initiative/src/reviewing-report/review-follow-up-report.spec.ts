import { deciderSpec } from '@beslutskedjan/shared/testing';
import { initiativeDecider } from '../initiative.decider.js';
import {
  DIRECTOR,
  INITIATIVE_ID,
  TODAY,
  closed,
  director,
  finalAccepted,
  funded,
  reviewed,
  submitted,
  waived,
} from '../testing/initiative-fixtures.js';
import type { ReviewFollowUpReport } from './review-follow-up-report.command.js';

const spec = deciderSpec(initiativeDecider);

const review = (data: Partial<ReviewFollowUpReport['data']> = {}): ReviewFollowUpReport => ({
  type: 'ReviewFollowUpReport',
  data: { initiativeId: INITIATIVE_ID, n: 2, verdict: 'accepted', comment: '', ...data },
  metadata: director(),
});
const returnIt = (data: Partial<ReviewFollowUpReport['data']> = {}) =>
  review({ verdict: 'returned', comment: 'Kostnaderna saknas.', newDueDate: '2027-04-30', ...data });

describe('ReviewFollowUpReport', () => {
  it('accepts the submitted report, naming the submission reviewed', () => {
    spec
      .given([funded(), submitted(2)])
      .when(review({ comment: ' Bra. ' }))
      .then([
        {
          type: 'FollowUpReportReviewed',
          data: {
            initiativeId: INITIATIVE_ID,
            n: 2,
            submission: 1,
            verdict: 'accepted',
            comment: 'Bra.',
            newDueDate: null,
            reviewedBy: DIRECTOR,
            reviewedOn: TODAY,
          },
        },
      ]);
  });

  it('returns the report with a comment and a new due date', () => {
    spec
      .given([funded(), submitted(2)])
      .when(returnIt())
      .then([
        {
          type: 'FollowUpReportReviewed',
          data: {
            initiativeId: INITIATIVE_ID,
            n: 2,
            submission: 1,
            verdict: 'returned',
            comment: 'Kostnaderna saknas.',
            newDueDate: '2027-04-30',
            reviewedBy: DIRECTOR,
            reviewedOn: TODAY,
          },
        },
      ]);
  });

  it('reviews the resubmission after a return', () => {
    spec
      .given([funded(), submitted(2), reviewed(2, 'returned'), submitted(2, 2)])
      .when(review())
      .then([expect.objectContaining({ data: expect.objectContaining({ submission: 2, verdict: 'accepted' }) })]);
  });

  it('refuses when no report waits for review', () => {
    spec.given([funded()]).when(review()).thenThrows('NOTHING_TO_REVIEW', 'rule');
    spec
      .given([funded(), submitted(2), reviewed(2, 'returned')])
      .when(review())
      .thenThrows('NOTHING_TO_REVIEW', 'rule');
    spec
      .given([funded(), submitted(2), reviewed(2, 'accepted')])
      .when(review())
      .thenThrows('NOTHING_TO_REVIEW', 'rule');
    spec
      .given([funded(), waived(2)])
      .when(review())
      .thenThrows('NOTHING_TO_REVIEW', 'rule');
  });

  it('returns a report only with a comment', () => {
    spec
      .given([funded(), submitted(2)])
      .when(returnIt({ comment: '  ' }))
      .thenThrows('COMMENT_REQUIRED', 'rule');
  });

  it('returns a report only with a new due date after today', () => {
    spec
      .given([funded(), submitted(2)])
      .when(returnIt({ newDueDate: undefined }))
      .thenThrows('DUE_DATE_REQUIRED', 'rule');
    spec
      .given([funded(), submitted(2)])
      .when(returnIt({ newDueDate: TODAY }))
      .thenThrows('DUE_DATE_NOT_IN_FUTURE', 'rule');
    spec
      .given([funded(), submitted(2)])
      .when(returnIt({ newDueDate: '2027-01-31' }))
      .thenThrows('DUE_DATE_NOT_IN_FUTURE', 'rule');
    spec
      .given([funded(), submitted(2)])
      .when(returnIt({ newDueDate: '30/4' }))
      .thenThrows('INVALID_INPUT', 'invalid');
  });

  it('takes no new due date with an acceptance', () => {
    spec
      .given([funded(), submitted(2)])
      .when(review({ newDueDate: '2027-04-30' }))
      .thenThrows('INVALID_INPUT', 'invalid');
  });

  it('refuses an item the plan does not have', () => {
    spec
      .given([funded()])
      .when(review({ n: 5 }))
      .thenThrows('FOLLOW_UP_ITEM_NOT_FOUND', 'not_found');
  });

  it('refuses a closed initiative', () => {
    spec
      .given([...finalAccepted(), closed()])
      .when(review({ n: 4 }))
      .thenThrows('INITIATIVE_CLOSED', 'rule');
  });

  it('refuses an initiative that was never funded', () => {
    spec.given([]).when(review()).thenThrows('INITIATIVE_NOT_FOUND', 'not_found');
  });
});
