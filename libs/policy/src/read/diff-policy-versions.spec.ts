import type { PolicyRule, PolicyRules } from '../rules/policy-rules.js';
import { diffPolicyVersions, type DiffableVersion } from './diff-policy-versions.js';

const rule = (id: string, violatedWhen: PolicyRule['violatedWhen'], severity: PolicyRule['severity'] = 'blocking'): PolicyRule => ({
  id,
  severity,
  violatedWhen,
  message: { sv: `Regel ${id}`, en: `Rule ${id}` },
});

const rules = (list: PolicyRule[], overrides: Partial<PolicyRules> = {}): PolicyRules => ({
  schema: 1,
  rules: list,
  fundableKinds: [],
  targetGroups: [],
  delegationThresholdSek: 50_000,
  ...overrides,
});

const version = (revision: number, text: string, r: PolicyRules, title = 'Riktlinjer'): DiffableVersion => ({
  revision,
  title,
  text,
  rules: r,
});

describe('diffPolicyVersions', () => {
  const bigBudget = rule(
    'big-budget',
    {
      all: [
        { fact: 'initiative.kind', equals: 'coordinator' },
        { fact: 'budget.totalSek', greaterThan: 500_000 },
      ],
    },
    'advisory',
  );
  const from = version(
    1,
    '# Riktlinjer\n\nFörbundet kan finansiera seminarier.\n\nStartbidrag kan ges.\n',
    rules([rule('no-cash', { fact: 'initiative.kind', equals: 'cash_grant_to_business' }), bigBudget], {
      fundableKinds: [{ kind: 'start_grant_asf', category: 'structural', label: { sv: 'Startbidrag', en: 'Start grant' } }],
    }),
  );
  const to = version(
    2,
    '# Riktlinjer\n\nFörbundet kan finansiera seminarier.\n\nFinansieringen ska gå via medlemmen.\n',
    rules(
      [
        {
          ...bigBudget,
          violatedWhen: {
            all: [
              { fact: 'initiative.kind', equals: 'coordinator' },
              { fact: 'budget.totalSek', greaterThan: 300_000 },
            ],
          },
        },
        rule('no-start', { fact: 'initiative.kind', in: ['start_or_develop_asf', 'start_grant_asf'] }),
      ],
      {
        delegationThresholdSek: 100_000,
        targetGroups: [{ code: 'newly_arrived_refugees', label: { sv: 'Nyanlända', en: 'Newly arrived' } }],
      },
    ),
    'Nya riktlinjer',
  );
  const diff = diffPolicyVersions(from, to);

  it('diffs the text line by line into added, removed and unchanged hunks', () => {
    expect(diff.text.unit).toBe('lines');
    expect(diff.text.changed).toBe(true);
    expect(diff.text.hunks).toEqual([
      { kind: 'unchanged', value: '# Riktlinjer\n\nFörbundet kan finansiera seminarier.\n\n', count: 4 },
      { kind: 'removed', value: 'Startbidrag kan ges.\n', count: 1 },
      { kind: 'added', value: 'Finansieringen ska gå via medlemmen.\n', count: 1 },
    ]);
    expect([diff.text.added, diff.text.removed]).toEqual([1, 1]);
  });

  it('can diff word by word', () => {
    const words = diffPolicyVersions(version(1, 'Startbidrag kan ges.', rules([])), version(2, 'Startbidrag kan inte ges.', rules([])), {
      textUnit: 'words',
    });
    expect(words.text.hunks.filter((h) => h.kind !== 'unchanged').map((h) => [h.kind, h.value.trim()])).toEqual([['added', 'inte']]);
  });

  it('reports the title change', () => {
    expect(diff.title).toEqual({ from: 'Riktlinjer', to: 'Nya riktlinjer', changed: true });
  });

  it('pairs rules by id: added, removed and changed', () => {
    expect(diff.rules.added.map((r) => r.id)).toEqual(['no-start']);
    expect(diff.rules.removed.map((r) => r.id)).toEqual(['no-cash']);
    expect(diff.rules.changed.map((c) => [c.ruleId, c.fields])).toEqual([['big-budget', ['violatedWhen']]]);
  });

  it('names a moved threshold inside a rule', () => {
    expect(diff.rules.changed[0]?.thresholds).toEqual([
      { path: 'all[1]', fact: 'budget.totalSek', operator: 'greaterThan', from: 500_000, to: 300_000 },
    ]);
  });

  it('reports kinds, target groups and the delegation threshold', () => {
    expect(diff.rules.fundableKinds.removed.map((k) => k.kind)).toEqual(['start_grant_asf']);
    expect(diff.rules.targetGroups.added.map((g) => g.code)).toEqual(['newly_arrived_refugees']);
    expect(diff.rules.delegationThresholdSek).toEqual({ from: 50_000, to: 100_000 });
  });

  it('finds nothing between a version and itself, whatever the key order of its rules', () => {
    const same = diffPolicyVersions(from, { ...from, rules: JSON.parse(JSON.stringify(from.rules)) as PolicyRules });
    expect(same.text.changed).toBe(false);
    expect(same.rules).toEqual({
      added: [],
      removed: [],
      changed: [],
      fundableKinds: { added: [], removed: [], changed: [] },
      targetGroups: { added: [], removed: [], changed: [] },
      delegationThresholdSek: null,
    });
  });
});
