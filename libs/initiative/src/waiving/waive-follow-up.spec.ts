import { deciderSpec } from '@beslutskedjan/shared/testing';
import { initiativeDecider } from '../initiative.decider.js';
import {
  DIRECTOR,
  INITIATIVE_ID,
  closed,
  director,
  finalAccepted,
  funded,
  reviewed,
  submitted,
  waived,
} from '../testing/initiative-fixtures.js';
import type { WaiveFollowUp } from './waive-follow-up.command.js';

const spec = deciderSpec(initiativeDecider);

const waive = (data: Partial<WaiveFollowUp['data']> = {}): WaiveFollowUp => ({
  type: 'WaiveFollowUp',
  data: { initiativeId: INITIATIVE_ID, n: 1, reason: 'Registrerad av kommunen i Uppföljning Finsam.', ...data },
  metadata: director(),
});

describe('WaiveFollowUp', () => {
  it('waives an item with the reason and who waived it', () => {
    spec
      .given([funded()])
      .when(waive({ reason: ' Registrerad av kommunen i Uppföljning Finsam. ' }))
      .then([
        {
          type: 'FollowUpWaived',
          data: { initiativeId: INITIATIVE_ID, n: 1, reason: 'Registrerad av kommunen i Uppföljning Finsam.', waivedBy: DIRECTOR },
        },
      ]);
  });

  it('waives a returned or a submitted item too', () => {
    spec
      .given([funded(), submitted(2), reviewed(2, 'returned')])
      .when(waive({ n: 2 }))
      .then([expect.objectContaining({ type: 'FollowUpWaived' })]);
    spec
      .given([funded(), submitted(2)])
      .when(waive({ n: 2 }))
      .then([expect.objectContaining({ type: 'FollowUpWaived' })]);
  });

  it('waives the final report only with a reason, which is recorded', () => {
    spec
      .given([funded()])
      .when(waive({ n: 4, reason: 'Insatsen avbröts; slutredovisning i verksamhetsberättelsen.' }))
      .then([
        {
          type: 'FollowUpWaived',
          data: {
            initiativeId: INITIATIVE_ID,
            n: 4,
            reason: 'Insatsen avbröts; slutredovisning i verksamhetsberättelsen.',
            waivedBy: DIRECTOR,
          },
        },
      ]);
    spec
      .given([funded()])
      .when(waive({ n: 4, reason: '' }))
      .thenThrows('REASON_REQUIRED', 'rule');
  });

  it('needs a reason', () => {
    spec
      .given([funded()])
      .when(waive({ reason: '  ' }))
      .thenThrows('REASON_REQUIRED', 'rule');
  });

  it('refuses an item already accepted or waived', () => {
    spec
      .given([funded(), waived(1)])
      .when(waive())
      .thenThrows('FOLLOW_UP_ITEM_DONE', 'rule');
    spec
      .given([funded(), submitted(1), reviewed(1, 'accepted')])
      .when(waive())
      .thenThrows('FOLLOW_UP_ITEM_DONE', 'rule');
  });

  it('refuses an item the plan does not have', () => {
    spec
      .given([funded()])
      .when(waive({ n: 0 }))
      .thenThrows('FOLLOW_UP_ITEM_NOT_FOUND', 'not_found');
  });

  it('refuses a closed initiative', () => {
    spec
      .given([...finalAccepted(), closed()])
      .when(waive())
      .thenThrows('INITIATIVE_CLOSED', 'rule');
  });

  it('refuses an initiative that was never funded', () => {
    spec.given([]).when(waive()).thenThrows('INITIATIVE_NOT_FOUND', 'not_found');
  });
});
