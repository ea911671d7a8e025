import { policyDecider, type PolicyState, versionInForceIn, demoPolicyHistory } from '@beslutskedjan/policy';
import { cashGrantFinding, content, POLICY_REF, policyRules } from '../testing/application-fixtures.js';
import { screenApplication, type PolicyInForce } from './screen-application.js';

const demoPolicy = (): PolicyState =>
  demoPolicyHistory().reduce(
    (state, command) => policyDecider.decide(command, state).reduce(policyDecider.evolve, state),
    policyDecider.initialState(),
  );

const inForceOn = (state: PolicyState, date: string): PolicyInForce[] => {
  const version = versionInForceIn(state, date);
  if (version === null) return [];
  return [{ ref: { policyId: 'asf', revision: version.revision, title: version.title }, rules: version.rules }];
};

/** A start grant to a social enterprise, procured and paid through the municipality. */
const startGrant = content({
  category: 'structural',
  kind: 'start_grant_asf',
  targetGroups: [],
  answers: { grantToBusiness: true, aimedAtAsfStaff: false, startsOrDevelopsAsf: true, paysMembershipFees: false },
});

describe('screenApplication', () => {
  it('screens the same start-grant application differently under the 2011 and the current demo policy', () => {
    const state = demoPolicy();

    const in2012 = screenApplication(startGrant, inForceOn(state, '2012-01-01'), '2012-01-01');
    expect(in2012.policies).toEqual([{ policyId: 'asf', revision: 2, title: 'Policy Startbidrag Sociala företag' }]);
    expect(in2012.findings.map((f) => f.ruleId)).toEqual(['no-machine-readable-rules']);
    expect(in2012.findings[0]?.message.sv).toMatch(/^Inga maskinläsbara regler för denna version/);
    expect(in2012.blocking).toBe(false);

    const now = screenApplication(startGrant, inForceOn(state, '2026-03-02'), '2026-03-02');
    expect(now.policies.map((p) => p.revision)).toEqual([4]);
    expect(now.blocking).toBe(true);
    expect(now.findings.map((f) => [f.policyId, f.policyRevision, f.ruleId, f.severity])).toEqual([
      ['asf', 4, 'no-cash-grant-to-business', 'blocking'],
      ['asf', 4, 'no-start-or-develop-asf', 'blocking'],
    ]);
    expect(now.delegationThresholdSek).toBe(100_000);
  });

  it('tags each finding with the version that produced it and carries the rule’s basis', () => {
    const basis = 'Riktlinjerna';
    const rules = policyRules({ rules: [{ ...policyRules().rules[0]!, basis }] });
    const result = screenApplication(content({ kind: 'cash_grant_to_business' }), [{ ref: POLICY_REF, rules }], '2026-03-02');
    expect(result).toEqual({
      screenedOn: '2026-03-02',
      policies: [POLICY_REF],
      findings: [{ ...cashGrantFinding, basis }],
      blocking: true,
      delegationThresholdSek: 100_000,
    });
  });

  it('has no blocking finding when only advisory rules hold', () => {
    const rules = policyRules({ rules: [{ ...policyRules().rules[0]!, severity: 'advisory' }] });
    const result = screenApplication(content({ kind: 'cash_grant_to_business' }), [{ ref: POLICY_REF, rules }], '2026-03-02');
    expect(result.findings.map((f) => f.severity)).toEqual(['advisory']);
    expect(result.blocking).toBe(false);
  });

  it('gives one advisory finding when no policy is in force', () => {
    expect(screenApplication(content(), [], '2008-01-01')).toEqual({
      screenedOn: '2008-01-01',
      policies: [],
      findings: [
        {
          policyId: '',
          policyRevision: 0,
          ruleId: 'no-policy-in-force',
          severity: 'advisory',
          message: expect.objectContaining({ sv: expect.any(String), en: expect.any(String) }),
        },
      ],
      blocking: false,
      delegationThresholdSek: null,
    });
  });

  it('advises when a version lists fundable kinds but not this one; a version listing none says nothing', () => {
    const listing = policyRules({
      fundableKinds: [{ kind: 'study_visit', category: 'structural', label: { sv: 'Studiebesök', en: 'Study visit' } }],
    });
    const ids = (rules = listing) => screenApplication(content(), [{ ref: POLICY_REF, rules }], '2026-03-02').findings.map((f) => f.ruleId);
    expect(ids({ ...listing, catalogueComplete: true })).toEqual(['kind-not-listed']);
    expect(ids(listing)).toEqual([]);
    expect(ids(policyRules())).toEqual([]);
  });

  it('takes the lowest delegation threshold among the versions in force, ignoring those without delegation', () => {
    const other = { policyId: 'general', revision: 1, title: 'Allmänna riktlinjer' };
    const screen = (...thresholds: Array<number | null>) =>
      screenApplication(
        content(),
        thresholds.map((t, i) => ({ ref: i === 0 ? POLICY_REF : other, rules: policyRules({ delegationThresholdSek: t }) })),
        '2026-03-02',
      ).delegationThresholdSek;
    expect(screen(100_000, 50_000)).toBe(50_000);
    expect(screen(null, 50_000)).toBe(50_000);
    expect(screen(null, null)).toBeNull();
  });
});
