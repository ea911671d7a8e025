import { policyDecider } from '../policy.decider.js';
import type { PolicyRetired } from '../policy.events.js';
import { deciderSpec } from '@beslutskedjan/shared/testing';
import { adopted, chairAt, drafted, POLICY_ID } from '../testing/policy-fixtures.js';
import type { AdoptPolicyRevision } from './adopt-policy-revision.command.js';

const spec = deciderSpec(policyDecider);

const adopt = (data: Partial<AdoptPolicyRevision['data']> = {}, now = '2024-03-01T10:00:00.000Z'): AdoptPolicyRevision => ({
  type: 'AdoptPolicyRevision',
  data: {
    policyId: POLICY_ID,
    revision: 1,
    adoptedOn: '2024-02-28',
    meeting: { meetingId: 'm-7', label: 'Styrelsemöte 2024-02-28, § 7' },
    effectiveFrom: '2024-03-01',
    ...data,
  },
  metadata: chairAt(now),
});

const retired: PolicyRetired = {
  type: 'PolicyRetired',
  data: { policyId: POLICY_ID, retiredOn: '2024-02-01', reason: 'Ersatt', retiredBy: 'u-chair' },
};

describe('AdoptPolicyRevision', () => {
  it('records the board decision with its meeting and effective date', () => {
    spec
      .given([drafted(1)])
      .when(adopt({ note: 'Enhälligt' }))
      .then([
        {
          type: 'PolicyRevisionAdopted',
          data: {
            policyId: POLICY_ID,
            revision: 1,
            adoptedOn: '2024-02-28',
            meeting: { meetingId: 'm-7', label: 'Styrelsemöte 2024-02-28, § 7' },
            effectiveFrom: '2024-03-01',
            note: 'Enhälligt',
            adoptedBy: 'u-chair',
          },
        },
      ]);
  });

  it('adopts a later revision that takes effect after the current one', () => {
    spec
      .given([drafted(1), adopted(1, '2023-01-10'), drafted(2)])
      .when(adopt({ revision: 2 }))
      .then([
        {
          type: 'PolicyRevisionAdopted',
          data: {
            policyId: POLICY_ID,
            revision: 2,
            adoptedOn: '2024-02-28',
            meeting: { meetingId: 'm-7', label: 'Styrelsemöte 2024-02-28, § 7' },
            effectiveFrom: '2024-03-01',
            adoptedBy: 'u-chair',
          },
        },
      ]);
  });

  it('allows a decision taken today, judged by the Swedish calendar date of `now`', () => {
    // 23:30 UTC on 29 Feb is already 1 March in Stockholm.
    const events = policyDecider.decide(
      adopt({ adoptedOn: '2024-03-01', effectiveFrom: '2024-03-01' }, '2024-02-29T23:30:00.000Z'),
      [drafted(1)].reduce(policyDecider.evolve, policyDecider.initialState()),
    );
    expect(events).toHaveLength(1);
  });

  it('refuses an unknown policy', () => {
    spec.given([]).when(adopt()).thenThrows('POLICY_NOT_FOUND', 'not_found');
  });

  it('refuses an unknown revision', () => {
    spec
      .given([drafted(1)])
      .when(adopt({ revision: 2 }))
      .thenThrows('POLICY_REVISION_NOT_FOUND', 'not_found');
  });

  it('refuses to adopt the same revision twice', () => {
    spec
      .given([drafted(1), adopted(1, '2024-01-10')])
      .when(adopt())
      .thenThrows('REVISION_ALREADY_ADOPTED', 'rule');
  });

  it('refuses adoption in a retired policy', () => {
    spec
      .given([drafted(1), adopted(1, '2024-01-10'), drafted(2), retired])
      .when(adopt({ revision: 2 }))
      .thenThrows('POLICY_RETIRED', 'rule');
  });

  it('refuses a decision date later than today', () => {
    spec
      .given([drafted(1)])
      .when(adopt({ adoptedOn: '2024-03-02', effectiveFrom: '2024-03-02' }))
      .thenThrows('ADOPTION_DATE_IN_FUTURE', 'rule');
  });

  it('refuses an effective date before the decision', () => {
    spec
      .given([drafted(1)])
      .when(adopt({ effectiveFrom: '2024-02-27' }))
      .thenThrows('EFFECTIVE_BEFORE_ADOPTION', 'rule');
  });

  it('refuses an effective date not strictly after the latest adopted version', () => {
    spec
      .given([drafted(1), adopted(1, '2024-01-10', '2024-03-01'), drafted(2)])
      .when(adopt({ revision: 2, effectiveFrom: '2024-03-01' }))
      .thenThrows('EFFECTIVE_DATE_NOT_AFTER_PREVIOUS', 'rule');
  });

  it('refuses an adoption without a meeting label', () => {
    spec
      .given([drafted(1)])
      .when(adopt({ meeting: { label: ' ' } }))
      .thenThrows('MEETING_REQUIRED', 'rule');
  });

  it('refuses malformed dates as invalid input', () => {
    spec
      .given([drafted(1)])
      .when(adopt({ adoptedOn: '2024-02-30' }))
      .thenThrows('INVALID_INPUT', 'invalid');
  });
});
