import { deciderSpec } from '@beslutskedjan/shared/testing';
import { initiativeDecider } from '../initiative.decider.js';
import {
  DIRECTOR,
  INITIATIVE_ID,
  closed,
  director,
  finalAccepted,
  funded,
  rescheduled,
  reviewed,
  submitted,
  waived,
} from '../testing/initiative-fixtures.js';
import type { RescheduleFollowUp } from './reschedule-follow-up.command.js';

const spec = deciderSpec(initiativeDecider);

const reschedule = (data: Partial<RescheduleFollowUp['data']> = {}): RescheduleFollowUp => ({
  type: 'RescheduleFollowUp',
  data: { initiativeId: INITIATIVE_ID, n: 2, to: '2027-05-01', reason: 'Insatsen startade en månad sent.', ...data },
  metadata: director(),
});

describe('RescheduleFollowUp', () => {
  it('moves the due date and records the old date, the reason and who moved it', () => {
    spec
      .given([funded()])
      .when(reschedule({ reason: '  Insatsen startade en månad sent. ' }))
      .then([
        {
          type: 'FollowUpRescheduled',
          data: {
            initiativeId: INITIATIVE_ID,
            n: 2,
            from: '2027-04-01',
            to: '2027-05-01',
            reason: 'Insatsen startade en månad sent.',
            rescheduledBy: DIRECTOR,
          },
        },
      ]);
  });

  it('moves from the current due date: after an earlier reschedule, and after a return', () => {
    spec
      .given([funded(), rescheduled(2, '2027-04-01', '2027-05-01')])
      .when(reschedule({ to: '2027-04-01' }))
      .then([expect.objectContaining({ data: expect.objectContaining({ from: '2027-05-01', to: '2027-04-01' }) })]);
    spec
      .given([funded(), submitted(2), reviewed(2, 'returned')])
      .when(reschedule({ to: '2027-05-15' }))
      .then([expect.objectContaining({ data: expect.objectContaining({ from: '2027-04-30', to: '2027-05-15' }) })]);
  });

  it('needs a reason', () => {
    spec
      .given([funded()])
      .when(reschedule({ reason: ' ' }))
      .thenThrows('REASON_REQUIRED', 'rule');
  });

  it('refuses an item already accepted or waived', () => {
    spec
      .given([funded(), submitted(2), reviewed(2, 'accepted')])
      .when(reschedule())
      .thenThrows('FOLLOW_UP_ITEM_DONE', 'rule');
    spec
      .given([funded(), waived(2)])
      .when(reschedule())
      .thenThrows('FOLLOW_UP_ITEM_DONE', 'rule');
  });

  it('refuses the date the item is already due on', () => {
    spec
      .given([funded()])
      .when(reschedule({ to: '2027-04-01' }))
      .thenThrows('DUE_DATE_UNCHANGED', 'rule');
    spec
      .given([funded(), rescheduled(2, '2027-04-01', '2027-05-01')])
      .when(reschedule({ to: '2027-05-01' }))
      .thenThrows('DUE_DATE_UNCHANGED', 'rule');
  });

  it('refuses a date that is not after today, and a malformed date', () => {
    spec
      .given([funded()])
      .when(reschedule({ to: '2027-03-15' }))
      .thenThrows('DUE_DATE_NOT_IN_FUTURE', 'rule');
    spec
      .given([funded()])
      .when(reschedule({ to: '2027-02-30' }))
      .thenThrows('INVALID_INPUT', 'invalid');
  });

  it('refuses an item the plan does not have', () => {
    spec
      .given([funded()])
      .when(reschedule({ n: 9 }))
      .thenThrows('FOLLOW_UP_ITEM_NOT_FOUND', 'not_found');
  });

  it('refuses a closed initiative', () => {
    spec
      .given([...finalAccepted(), closed()])
      .when(reschedule())
      .thenThrows('INITIATIVE_CLOSED', 'rule');
  });

  it('refuses an initiative that was never funded', () => {
    spec.given([]).when(reschedule()).thenThrows('INITIATIVE_NOT_FOUND', 'not_found');
  });
});
