import { deciderSpec } from '@beslutskedjan/shared/testing';
import type { ApplicationWithdrawn, DecidedUnderDelegation } from '../application.events.js';
import { applicationDecider } from '../application.decider.js';
import {
  APPLICANT,
  APPLICATION_ID,
  CASE_OFFICER,
  cashGrantFinding,
  director,
  inPreparation,
  officer,
  POLICY_REF,
  recommended,
  registered,
  screened,
  submitted,
  taken,
  terms,
  TODAY,
} from '../testing/application-fixtures.js';
import type { DecideUnderDelegation } from './decide-under-delegation.command.js';

const spec = deciderSpec(applicationDecider);

const decide = (data: Partial<DecideUnderDelegation['data']> = {}, metadata = officer()): DecideUnderDelegation => ({
  type: 'DecideUnderDelegation',
  data: {
    applicationId: APPLICATION_ID,
    decision: 'approved',
    motivation: 'Litet belopp inom riktlinjerna.',
    terms: terms(),
    policy: { ref: POLICY_REF, delegationThresholdSek: 100_000 },
    ...data,
  },
  metadata,
});

const decided = (data: Partial<DecidedUnderDelegation['data']> = {}): DecidedUnderDelegation => ({
  type: 'DecidedUnderDelegation',
  data: {
    applicationId: APPLICATION_ID,
    decision: 'approved',
    terms: terms(),
    motivation: 'Litet belopp inom riktlinjerna.',
    decidedOn: TODAY,
    decidedBy: CASE_OFFICER,
    policy: POLICY_REF,
    delegationThresholdSek: 100_000,
    ...data,
  },
});

const blocked = () => [submitted(), screened(1, [cashGrantFinding]), taken()];

describe('DecideUnderDelegation', () => {
  it('approves within the threshold, recording the policy version and threshold', () => {
    spec.given(inPreparation()).when(decide()).then([decided()]);
    spec
      .given([...inPreparation(), recommended()])
      .when(decide())
      .then([decided()]);
  });

  it('rejects within the threshold, judged on the amount applied for', () => {
    spec
      .given(inPreparation())
      .when(decide({ decision: 'rejected', terms: undefined }))
      .then([decided({ decision: 'rejected', terms: null })]);
    spec
      .given(inPreparation())
      .when(decide({ decision: 'rejected', terms: undefined, policy: { ref: POLICY_REF, delegationThresholdSek: 79_999 } }))
      .thenThrows('ABOVE_DELEGATION_THRESHOLD', 'rule');
  });

  it('never lets the preparer decide the case', () => {
    spec.given(inPreparation()).when(decide({}, director())).thenThrows('PREPARER_CANNOT_DECIDE', 'rule');
  });

  it('decides only a case in preparation or recommended', () => {
    const withdrawn: ApplicationWithdrawn = {
      type: 'ApplicationWithdrawn',
      data: { applicationId: APPLICATION_ID, reason: 'Ej aktuellt', withdrawnBy: APPLICANT },
    };
    spec.given(registered()).when(decide()).thenThrows('NOT_DECIDABLE', 'rule');
    spec
      .given([...inPreparation(), withdrawn])
      .when(decide())
      .thenThrows('NOT_DECIDABLE', 'rule');
    spec
      .given([...inPreparation(), decided()])
      .when(decide())
      .thenThrows('NOT_DECIDABLE', 'rule');
  });

  it('refuses when the policy in force delegates nothing', () => {
    spec
      .given(inPreparation())
      .when(decide({ policy: { ref: POLICY_REF, delegationThresholdSek: null } }))
      .thenThrows('NO_DELEGATION_IN_POLICY', 'rule');
  });

  it('refuses an approved amount above the threshold, and allows one exactly at it', () => {
    const policy = (t: number) => ({ ref: POLICY_REF, delegationThresholdSek: t });
    spec
      .given(inPreparation())
      .when(decide({ policy: policy(50_000), terms: terms({ amountSek: 50_001 }) }))
      .thenThrows('ABOVE_DELEGATION_THRESHOLD', 'rule');
    spec
      .given(inPreparation())
      .when(decide({ policy: policy(50_000), terms: terms({ amountSek: 50_000 }) }))
      .then([decided({ terms: terms({ amountSek: 50_000 }), delegationThresholdSek: 50_000 })]);
  });

  it('refuses an approval against blocking findings (for the board to decide), but may reject it', () => {
    spec.given(blocked()).when(decide()).thenThrows('BLOCKING_FINDINGS', 'rule');
    spec
      .given(blocked())
      .when(decide({ decision: 'rejected', terms: null }))
      .then([decided({ decision: 'rejected', terms: null })]);
  });

  it('checks the terms as a recommendation does', () => {
    spec
      .given(inPreparation())
      .when(decide({ terms: undefined }))
      .thenThrows('TERMS_REQUIRED', 'rule');
    spec
      .given(inPreparation())
      .when(decide({ decision: 'rejected' }))
      .thenThrows('TERMS_NOT_ALLOWED', 'rule');
    spec
      .given(inPreparation())
      .when(decide({ terms: terms({ amountSek: -1 }) }))
      .thenThrows('AMOUNT_INVALID', 'rule');
    spec
      .given(inPreparation())
      .when(decide({ terms: terms({ amountSek: 90_000 }) }))
      .thenThrows('AMOUNT_EXCEEDS_APPLICATION', 'rule');
    spec
      .given(inPreparation())
      .when(decide({ terms: terms({ period: { from: '2027-01-01', to: '2026-01-01' } }) }))
      .thenThrows('PERIOD_INVALID', 'rule');
  });

  it('needs a motivation', () => {
    spec
      .given(inPreparation())
      .when(decide({ motivation: '' }))
      .thenThrows('MOTIVATION_REQUIRED', 'rule');
  });

  it('refuses an unknown application', () => {
    spec.given([]).when(decide()).thenThrows('APPLICATION_NOT_FOUND', 'not_found');
  });
});
