import { policyDecider } from '../policy.decider.js';
import { deciderSpec } from '@beslutskedjan/shared/testing';
import { adopted, chairAt, drafted, POLICY_ID } from '../testing/policy-fixtures.js';
import type { RetirePolicy } from './retire-policy.command.js';

const spec = deciderSpec(policyDecider);

const retire = (data: Partial<RetirePolicy['data']> = {}): RetirePolicy => ({
  type: 'RetirePolicy',
  data: { policyId: POLICY_ID, retiredOn: '2024-06-01', reason: 'Ersätts av de gemensamma riktlinjerna', ...data },
  metadata: chairAt('2024-05-20T10:00:00.000Z'),
});

describe('RetirePolicy', () => {
  it('retires an adopted policy', () => {
    spec
      .given([drafted(1), adopted(1, '2024-01-10')])
      .when(retire({ meeting: { label: 'Styrelsemöte 2024-05-20, § 4' } }))
      .then([
        {
          type: 'PolicyRetired',
          data: {
            policyId: POLICY_ID,
            retiredOn: '2024-06-01',
            reason: 'Ersätts av de gemensamma riktlinjerna',
            meeting: { label: 'Styrelsemöte 2024-05-20, § 4' },
            retiredBy: 'u-chair',
          },
        },
      ]);
  });

  it('refuses an unknown policy', () => {
    spec.given([]).when(retire()).thenThrows('POLICY_NOT_FOUND', 'not_found');
  });

  it('refuses a policy that was never adopted', () => {
    spec
      .given([drafted(1)])
      .when(retire())
      .thenThrows('POLICY_NOT_ADOPTED', 'rule');
  });

  it('refuses to retire twice', () => {
    const first = policyDecider.decide(
      retire(),
      [drafted(1), adopted(1, '2024-01-10')].reduce(policyDecider.evolve, policyDecider.initialState()),
    );
    spec
      .given([drafted(1), adopted(1, '2024-01-10'), ...first])
      .when(retire())
      .thenThrows('POLICY_RETIRED', 'rule');
  });

  it('refuses a retirement before the latest version takes effect', () => {
    spec
      .given([drafted(1), adopted(1, '2024-01-10', '2024-07-01')])
      .when(retire())
      .thenThrows('RETIREMENT_BEFORE_EFFECTIVE', 'rule');
  });

  it('refuses a retirement without a reason', () => {
    spec
      .given([drafted(1), adopted(1, '2024-01-10')])
      .when(retire({ reason: '' }))
      .thenThrows('RETIREMENT_REASON_REQUIRED');
  });
});
