import { deciderSpec } from '@beslutskedjan/shared/testing';
import type { ApplicationWithdrawn, DecidedUnderDelegation } from '../application.events.js';
import { applicationDecider } from '../application.decider.js';
import {
  APPLICANT,
  APPLICATION_ID,
  applicant,
  as,
  inPreparation,
  POLICY_REF,
  recommended,
  registered,
  supplementRequested,
} from '../testing/application-fixtures.js';
import type { WithdrawApplication } from './withdraw-application.command.js';

const spec = deciderSpec(applicationDecider);

const withdraw = (reason = 'Insatsen genomförs inte', metadata = applicant()): WithdrawApplication => ({
  type: 'WithdrawApplication',
  data: { applicationId: APPLICATION_ID, reason },
  metadata,
});

const withdrawn: ApplicationWithdrawn = {
  type: 'ApplicationWithdrawn',
  data: { applicationId: APPLICATION_ID, reason: 'Insatsen genomförs inte', withdrawnBy: APPLICANT },
};

const rejectedUnderDelegation: DecidedUnderDelegation = {
  type: 'DecidedUnderDelegation',
  data: {
    applicationId: APPLICATION_ID,
    decision: 'rejected',
    terms: null,
    motivation: 'Utanför riktlinjerna',
    decidedOn: '2026-03-01',
    decidedBy: 'u-officer',
    policy: POLICY_REF,
    delegationThresholdSek: 100_000,
  },
};

describe('WithdrawApplication', () => {
  it('withdraws at any point before a decision stands', () => {
    for (const history of [
      registered(),
      inPreparation(),
      [...inPreparation(), supplementRequested()],
      [...inPreparation(), recommended()],
    ]) {
      spec.given(history).when(withdraw()).then([withdrawn]);
    }
  });

  it('refuses anyone but the submitter', () => {
    spec
      .given(registered())
      .when(withdraw(undefined, as('u-director', 'director')))
      .thenThrows('NOT_APPLICANT', 'rule');
  });

  it('refuses after a decision stands and when already withdrawn', () => {
    spec
      .given([...inPreparation(), rejectedUnderDelegation])
      .when(withdraw())
      .thenThrows('APPLICATION_NOT_WITHDRAWABLE', 'rule');
    spec
      .given([...registered(), withdrawn])
      .when(withdraw())
      .thenThrows('APPLICATION_NOT_WITHDRAWABLE', 'rule');
  });

  it('needs a reason', () => {
    spec.given(registered()).when(withdraw('  ')).thenThrows('WITHDRAWAL_REASON_REQUIRED', 'rule');
  });

  it('refuses an unknown application', () => {
    spec.given([]).when(withdraw()).thenThrows('APPLICATION_NOT_FOUND', 'not_found');
  });
});
