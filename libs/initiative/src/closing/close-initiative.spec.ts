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
import type { CloseInitiative } from './close-initiative.command.js';

const spec = deciderSpec(initiativeDecider);

const close = (summary = 'Insatsen genomförd enligt plan.'): CloseInitiative => ({
  type: 'CloseInitiative',
  data: { initiativeId: INITIATIVE_ID, summary },
  metadata: director(),
});

describe('CloseInitiative', () => {
  it('closes once the final report is accepted', () => {
    spec
      .given(finalAccepted())
      .when(close(' Insatsen genomförd enligt plan. '))
      .then([
        {
          type: 'InitiativeClosed',
          data: { initiativeId: INITIATIVE_ID, closedOn: TODAY, closedBy: DIRECTOR, summary: 'Insatsen genomförd enligt plan.' },
        },
      ]);
  });

  it('closes when the director waived the final report, its reason on record', () => {
    spec
      .given([funded(), waived(4)])
      .when(close())
      .then([expect.objectContaining({ type: 'InitiativeClosed' })]);
  });

  it('refuses before the final report is accepted: due, submitted or returned', () => {
    spec.given([funded()]).when(close()).thenThrows('FINAL_REPORT_NOT_ACCEPTED', 'rule');
    spec
      .given([funded(), submitted(4)])
      .when(close())
      .thenThrows('FINAL_REPORT_NOT_ACCEPTED', 'rule');
    spec
      .given([funded(), submitted(4), reviewed(4, 'returned')])
      .when(close())
      .thenThrows('FINAL_REPORT_NOT_ACCEPTED', 'rule');
  });

  it('needs a summary', () => {
    spec.given(finalAccepted()).when(close(' ')).thenThrows('SUMMARY_REQUIRED', 'rule');
  });

  it('refuses to close twice', () => {
    spec
      .given([...finalAccepted(), closed()])
      .when(close())
      .thenThrows('INITIATIVE_CLOSED', 'rule');
  });

  it('refuses an initiative that was never funded', () => {
    spec.given([]).when(close()).thenThrows('INITIATIVE_NOT_FOUND', 'not_found');
  });
});
