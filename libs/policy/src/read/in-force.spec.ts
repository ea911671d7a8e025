import { policyDecider } from '../policy.decider.js';
import type { PolicyEvent } from '../policy.events.js';
import { adopted, drafted, POLICY_ID } from '../testing/policy-fixtures.js';
import { findVersionInForce, versionInForceIn } from './in-force.js';

const versions = [
  { revision: 1, effectiveFrom: '2009-06-11' },
  { revision: 2, effectiveFrom: '2011-11-28' },
  { revision: 3, effectiveFrom: '2013-12-01' },
];

describe('findVersionInForce', () => {
  it('finds nothing before the first version takes effect', () => {
    expect(findVersionInForce(versions, '2009-06-10')).toBeNull();
  });

  it('counts the effective date itself as in force', () => {
    expect(findVersionInForce(versions, '2009-06-11')?.revision).toBe(1);
    expect(findVersionInForce(versions, '2011-11-27')?.revision).toBe(1);
    expect(findVersionInForce(versions, '2011-11-28')?.revision).toBe(2);
  });

  it('keeps the latest version in force afterwards, whatever the input order', () => {
    expect(findVersionInForce([...versions].reverse(), '2030-01-01')?.revision).toBe(3);
  });

  it('finds nothing from the retirement date on', () => {
    expect(findVersionInForce(versions, '2019-12-31', '2020-01-01')?.revision).toBe(3);
    expect(findVersionInForce(versions, '2020-01-01', '2020-01-01')).toBeNull();
  });
});

describe('versionInForceIn (folded state)', () => {
  const fold = (events: PolicyEvent[]) => events.reduce(policyDecider.evolve, policyDecider.initialState());

  it('ignores drafts that were never adopted', () => {
    const state = fold([drafted(1), adopted(1, '2020-01-01'), drafted(2)]);
    expect(versionInForceIn(state, '2024-01-01')?.revision).toBe(1);
    expect(versionInForceIn(fold([]), '2024-01-01')).toBeNull();
  });

  it('honours the retirement', () => {
    const state = fold([
      drafted(1),
      adopted(1, '2020-01-01'),
      { type: 'PolicyRetired', data: { policyId: POLICY_ID, retiredOn: '2023-01-01', reason: 'Upphävd', retiredBy: 'u' } },
    ]);
    expect(versionInForceIn(state, '2022-12-31')?.revision).toBe(1);
    expect(versionInForceIn(state, '2023-01-01')).toBeNull();
  });
});
