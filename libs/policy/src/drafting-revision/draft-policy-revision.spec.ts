import { policyDecider } from '../policy.decider.js';
import type { PolicyRetired } from '../policy.events.js';
import { deciderSpec } from '@beslutskedjan/shared/testing';
import { adopted, directorAt, drafted, POLICY_ID, sampleRules } from '../testing/policy-fixtures.js';
import type { DraftPolicyRevision } from './draft-policy-revision.command.js';

const spec = deciderSpec(policyDecider);
const NOW = '2024-03-01T10:00:00.000Z';

const draft = (data: Partial<DraftPolicyRevision['data']> = {}): DraftPolicyRevision => ({
  type: 'DraftPolicyRevision',
  data: { policyId: POLICY_ID, title: 'Riktlinjer för ASF', text: '# Riktlinjer', rules: sampleRules(), ...data },
  metadata: directorAt(NOW),
});

const retired: PolicyRetired = {
  type: 'PolicyRetired',
  data: { policyId: POLICY_ID, retiredOn: '2024-02-01', reason: 'Ersatt', retiredBy: 'u-chair' },
};

describe('DraftPolicyRevision', () => {
  it('drafts revision 1 of a new policy, stamped with the command time and actor', () => {
    spec
      .given([])
      .when(draft())
      .then([
        {
          type: 'PolicyRevisionDrafted',
          data: {
            policyId: POLICY_ID,
            revision: 1,
            title: 'Riktlinjer för ASF',
            text: '# Riktlinjer',
            rules: sampleRules(),
            draftedAt: NOW,
            draftedBy: 'u-director',
          },
        },
      ]);
  });

  it('numbers the next draft after all earlier revisions, adopted or not', () => {
    spec
      .given([drafted(1), adopted(1, '2024-01-15'), drafted(2)])
      .when(draft({ basedOnRevision: 1 }))
      .then([
        {
          type: 'PolicyRevisionDrafted',
          data: {
            policyId: POLICY_ID,
            revision: 3,
            title: 'Riktlinjer för ASF',
            text: '# Riktlinjer',
            rules: sampleRules(),
            basedOnRevision: 1,
            draftedAt: NOW,
            draftedBy: 'u-director',
          },
        },
      ]);
  });

  it('refuses a draft of a retired policy', () => {
    spec
      .given([drafted(1), adopted(1, '2024-01-15'), retired])
      .when(draft())
      .thenThrows('POLICY_RETIRED', 'rule');
  });

  it('refuses an empty title', () => {
    spec
      .given([])
      .when(draft({ title: '  ' }))
      .thenThrows('POLICY_TITLE_REQUIRED', 'rule');
  });

  it('refuses a revision based on one that does not exist', () => {
    spec
      .given([drafted(1)])
      .when(draft({ basedOnRevision: 7 }))
      .thenThrows('POLICY_REVISION_NOT_FOUND', 'not_found');
  });

  describe('validates the rules as data', () => {
    const rule = sampleRules().rules[0]!;

    it('refuses duplicate rule ids', () => {
      spec
        .given([])
        .when(draft({ rules: sampleRules({ rules: [rule, { ...rule, severity: 'advisory' }] }) }))
        .thenThrows('RULE_IDS_NOT_UNIQUE', 'rule');
    });

    it('refuses an empty rule id', () => {
      spec
        .given([])
        .when(draft({ rules: sampleRules({ rules: [{ ...rule, id: '' }] }) }))
        .thenThrows('RULE_ID_REQUIRED');
    });

    it('refuses a negative delegation threshold', () => {
      spec
        .given([])
        .when(draft({ rules: sampleRules({ delegationThresholdSek: -1 }) }))
        .thenThrows('DELEGATION_THRESHOLD_INVALID');
    });

    it('refuses an empty `all` condition, which would always hold', () => {
      spec
        .given([])
        .when(draft({ rules: sampleRules({ rules: [{ ...rule, violatedWhen: { not: { all: [] } } }] }) }))
        .thenThrows('RULE_CONDITION_INVALID');
    });

    it('refuses a condition without a fact', () => {
      spec
        .given([])
        .when(draft({ rules: sampleRules({ rules: [{ ...rule, violatedWhen: { fact: '', equals: true } }] }) }))
        .thenThrows('RULE_CONDITION_INVALID');
    });

    it('refuses a rule without a Swedish message', () => {
      spec
        .given([])
        .when(draft({ rules: sampleRules({ rules: [{ ...rule, message: { sv: '', en: 'x' } }] }) }))
        .thenThrows('RULE_MESSAGE_REQUIRED');
    });

    it('refuses a kind or target group listed twice', () => {
      const kind = { kind: 'study_visit', category: 'structural' as const, label: { sv: 'Studiebesök', en: 'Study visit' } };
      const group = { code: 'newly_arrived_refugees', label: { sv: 'Nyanlända', en: 'Newly arrived' } };
      spec
        .given([])
        .when(draft({ rules: sampleRules({ fundableKinds: [kind, kind] }) }))
        .thenThrows('FUNDABLE_KINDS_NOT_UNIQUE');
      spec
        .given([])
        .when(draft({ rules: sampleRules({ targetGroups: [group, group] }) }))
        .thenThrows('TARGET_GROUPS_NOT_UNIQUE');
    });
  });
});
