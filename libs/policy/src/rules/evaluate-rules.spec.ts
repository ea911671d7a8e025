import { evaluateRules, holds } from './evaluate-rules.js';
import type { Condition, Facts, PolicyRules } from './policy-rules.js';

const facts: Facts = {
  'initiative.kind': 'study_visit',
  'funding.throughProcuringMember': true,
  'budget.totalSek': 120_000,
  targetGroups: ['newly_arrived_refugees', 'other'],
};

const check = (condition: Condition, given: Facts = facts) => holds(condition, given);

describe('conditions', () => {
  it('equals compares a scalar fact', () => {
    expect(check({ fact: 'initiative.kind', equals: 'study_visit' })).toBe(true);
    expect(check({ fact: 'funding.throughProcuringMember', equals: false })).toBe(false);
  });

  it('in matches a scalar fact against a list', () => {
    expect(check({ fact: 'initiative.kind', in: ['coordinator', 'study_visit'] })).toBe(true);
    expect(check({ fact: 'initiative.kind', in: ['coordinator'] })).toBe(false);
  });

  it('greaterThan and lessThan compare numbers, strictly', () => {
    expect(check({ fact: 'budget.totalSek', greaterThan: 100_000 })).toBe(true);
    expect(check({ fact: 'budget.totalSek', greaterThan: 120_000 })).toBe(false);
    expect(check({ fact: 'budget.totalSek', lessThan: 120_001 })).toBe(true);
    expect(check({ fact: 'budget.totalSek', lessThan: 120_000 })).toBe(false);
    expect(check({ fact: 'initiative.kind', greaterThan: 0 })).toBe(false);
  });

  it('includesAnyOf holds when the list shares a value', () => {
    expect(check({ fact: 'targetGroups', includesAnyOf: ['other', 'x'] })).toBe(true);
    expect(check({ fact: 'targetGroups', includesAnyOf: ['x'] })).toBe(false);
  });

  it('includesNoneOf holds when the list shares no value', () => {
    expect(check({ fact: 'targetGroups', includesNoneOf: ['x', 'y'] })).toBe(true);
    expect(check({ fact: 'targetGroups', includesNoneOf: ['other'] })).toBe(false);
  });

  it('includesAnyNotIn holds when the list has a value outside the given list', () => {
    expect(check({ fact: 'targetGroups', includesAnyNotIn: ['newly_arrived_refugees'] })).toBe(true);
    expect(check({ fact: 'targetGroups', includesAnyNotIn: ['newly_arrived_refugees', 'other'] })).toBe(false);
  });

  it('all, any and not combine conditions', () => {
    const kind: Condition = { fact: 'initiative.kind', equals: 'study_visit' };
    const big: Condition = { fact: 'budget.totalSek', greaterThan: 1_000_000 };
    expect(check({ all: [kind, { not: big }] })).toBe(true);
    expect(check({ all: [kind, big] })).toBe(false);
    expect(check({ any: [big, kind] })).toBe(true);
    expect(check({ any: [big] })).toBe(false);
    expect(check({ not: kind })).toBe(false);
  });

  it('treats a condition on a missing fact as false, so `not` of it holds', () => {
    const missing: Condition = { fact: 'provider.isApplicant', equals: true };
    expect(check(missing)).toBe(false);
    expect(check({ fact: 'applicant.isMember', in: ['x'] })).toBe(false);
    expect(check({ fact: 'nothing', includesAnyNotIn: [] })).toBe(false);
    expect(check({ not: missing })).toBe(true);
  });
});

describe('evaluateRules', () => {
  const rules: PolicyRules = {
    schema: 1,
    rules: [
      {
        id: 'through-procuring-member',
        severity: 'blocking',
        violatedWhen: { fact: 'funding.throughProcuringMember', equals: false },
        message: { sv: 'Finansieringen ska gå via den part som upphandlat.', en: 'Funding goes through the procuring member.' },
        basis: 'Finsamlagen 7 §',
      },
      {
        id: 'listed-target-groups',
        severity: 'advisory',
        violatedWhen: { fact: 'targetGroups', includesAnyNotIn: ['newly_arrived_refugees'] },
        message: { sv: 'Målgrupp utanför listan.', en: 'Target group outside the list.' },
      },
    ],
    fundableKinds: [],
    targetGroups: [],
    delegationThresholdSek: null,
  };

  it('returns a finding for each rule whose violation holds, with its severity and basis', () => {
    expect(evaluateRules(rules, { ...facts, 'funding.throughProcuringMember': false })).toEqual([
      {
        ruleId: 'through-procuring-member',
        severity: 'blocking',
        message: { sv: 'Finansieringen ska gå via den part som upphandlat.', en: 'Funding goes through the procuring member.' },
        basis: 'Finsamlagen 7 §',
      },
      {
        ruleId: 'listed-target-groups',
        severity: 'advisory',
        message: { sv: 'Målgrupp utanför listan.', en: 'Target group outside the list.' },
      },
    ]);
  });

  it('returns nothing when no rule is violated or the facts are missing', () => {
    expect(evaluateRules(rules, { targetGroups: ['newly_arrived_refugees'] })).toEqual([]);
    expect(evaluateRules(rules, {})).toEqual([]);
  });
});
