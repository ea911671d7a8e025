import { deciderSpec } from '@beslutskedjan/shared/testing';
import type { ApplicationWithdrawn } from '../application.events.js';
import { applicationDecider } from '../application.decider.js';
import type { ApplicationContent } from '../application.types.js';
import {
  APPLICANT,
  APPLICATION_ID,
  applicant,
  as,
  cashGrantFinding,
  content,
  inForce,
  inPreparation,
  NOW,
  POLICY_REF,
  recommended,
  registered,
  supplementRequested,
  TODAY,
} from '../testing/application-fixtures.js';
import type { ReviseApplication } from './revise-application.command.js';

const spec = deciderSpec(applicationDecider);

const revised = content({ description: 'Nu med deltagarnas antal: åtta.' });

const revise = (c: ApplicationContent = revised, metadata = applicant()): ReviseApplication => ({
  type: 'ReviseApplication',
  data: { applicationId: APPLICATION_ID, content: c, policiesInForce: inForce() },
  metadata,
});

const expectedEvents = (
  revision: number,
  inResponseTo: string | null,
  c: ApplicationContent = revised,
  findings = [] as (typeof cashGrantFinding)[],
) => [
  {
    type: 'ApplicationRevised' as const,
    data: { applicationId: APPLICATION_ID, revision, content: c, inResponseTo, revisedBy: APPLICANT, revisedAt: NOW },
  },
  {
    type: 'ApplicationScreened' as const,
    data: {
      applicationId: APPLICATION_ID,
      applicationRevision: revision,
      screenedOn: TODAY,
      policies: [POLICY_REF],
      findings,
      blocking: findings.length > 0,
      delegationThresholdSek: 100_000,
    },
  },
];

const withdrawn: ApplicationWithdrawn = {
  type: 'ApplicationWithdrawn',
  data: { applicationId: APPLICATION_ID, reason: 'Ej aktuellt', withdrawnBy: APPLICANT },
};

describe('ReviseApplication', () => {
  it('adds revision 2 before preparation starts, and screens it', () => {
    spec.given(registered()).when(revise()).then(expectedEvents(2, null));
  });

  it('answers the open supplement request, which brings the case back to preparation', () => {
    const history = [...inPreparation(), supplementRequested('sr-7')];
    spec.given(history).when(revise()).then(expectedEvents(2, 'sr-7'));
    const state = [...history, ...expectedEvents(2, 'sr-7')].reduce(applicationDecider.evolve, applicationDecider.initialState());
    expect(state.status).toBe('in_preparation');
  });

  it('numbers after the latest revision and screens the new content afresh', () => {
    const [r2] = expectedEvents(2, null);
    const cashGrant = content({ kind: 'cash_grant_to_business' });
    spec
      .given([...inPreparation(), r2!])
      .when(revise(cashGrant))
      .then(expectedEvents(3, null, cashGrant, [cashGrantFinding]));
  });

  it('refuses anyone but the submitter', () => {
    spec
      .given(registered())
      .when(revise(revised, as('u-other-applicant', 'applicant')))
      .thenThrows('NOT_APPLICANT', 'rule');
  });

  it('refuses once a recommendation is made, a decision stands or the application is withdrawn', () => {
    spec
      .given([...inPreparation(), recommended()])
      .when(revise())
      .thenThrows('APPLICATION_NOT_REVISABLE', 'rule');
    spec
      .given([...registered(), withdrawn])
      .when(revise())
      .thenThrows('APPLICATION_NOT_REVISABLE', 'rule');
  });

  it('refuses an unknown application', () => {
    spec.given([]).when(revise()).thenThrows('APPLICATION_NOT_FOUND', 'not_found');
  });

  it('validates the content as a submission does', () => {
    spec
      .given(registered())
      .when(revise(content({ period: { from: '2027-01-01', to: '2026-01-01' } })))
      .thenThrows('PERIOD_INVALID');
    spec
      .given(registered())
      .when(revise(content({ budget: [] })))
      .thenThrows('BUDGET_INVALID');
    spec
      .given(registered())
      .when(revise(content({ provider: { ...content().provider, organisationNumber: '212000-0143' } })))
      .thenThrows('INVALID_INPUT', 'invalid');
    spec
      .given(registered())
      .when(revise(content({ targetGroups: [] })))
      .thenThrows('TARGET_GROUP_REQUIRED');
  });
});
