import { policyDecider } from '../policy.decider.js';
import type { PolicyState } from '../policy.state.js';
import { versionInForceIn } from '../read/in-force.js';
import { evaluateRules } from '../rules/evaluate-rules.js';
import type { PolicyRules } from '../rules/policy-rules.js';
import { CURRENT_EFFECTIVE_FROM, DEMO_POLICY_ID, demoPolicyHistory } from './demo-policy-history.js';

const fold = (): PolicyState =>
  demoPolicyHistory().reduce(
    (state, command) => policyDecider.decide(command, state).reduce(policyDecider.evolve, state),
    policyDecider.initialState(),
  );

const titleInForce = (state: PolicyState, date: string) => versionInForceIn(state, date)?.title ?? null;

const blocksKind = (rules: PolicyRules, kind: string) =>
  evaluateRules(rules, { 'initiative.kind': kind }).some((f) => f.severity === 'blocking');

describe('the demo policy history (seed 000, Ändringshistorik)', () => {
  it('goes through the decider: four versions drafted and adopted for policy asf in tenant demo', () => {
    const commands = demoPolicyHistory();
    expect(commands.every((c) => c.metadata.tenant === 'demo' && c.data.policyId === DEMO_POLICY_ID)).toBe(true);
    const state = fold();
    expect(state.status).toBe('active');
    if (state.status !== 'active') return;
    expect(state.drafts).toEqual([]);
    expect(state.adopted.map((v) => [v.title, v.adoption.adoptedOn])).toEqual([
      ['Policy Sociala företag', '2009-06-11'],
      ['Policy Startbidrag Sociala företag', '2011-11-28'],
      ['Policy för främjande av arbetsintegrerande sociala företag', '2013-11-28'],
      ['Riktlinjer för stöd till medlemmarna i arbetet med arbetsintegrerande sociala företag', '2019-12-12'],
    ]);
  });

  it('has nothing in force before 2009-06-11', () => {
    expect(titleInForce(fold(), '2009-06-10')).toBeNull();
  });

  it('has the 2009 policy in force on 2010-01-01', () => {
    expect(titleInForce(fold(), '2010-01-01')).toBe('Policy Sociala företag');
  });

  it('allowed start grants in 2012, which the current guidelines block', () => {
    const state = fold();
    const in2012 = versionInForceIn(state, '2012-01-01');
    const current = versionInForceIn(state, '2026-01-01');
    expect(in2012?.title).toBe('Policy Startbidrag Sociala företag');
    expect(in2012?.rules.fundableKinds.map((k) => k.kind)).toEqual(['start_grant_asf']);
    expect(blocksKind(in2012!.rules, 'start_grant_asf')).toBe(false);
    expect(blocksKind(current!.rules, 'start_grant_asf')).toBe(true);
  });

  it('has the current guidelines in force from their (assumed) effective date', () => {
    const state = fold();
    expect(titleInForce(state, CURRENT_EFFECTIVE_FROM)).toMatch(/^Riktlinjer för stöd/);
    expect(titleInForce(state, '2019-12-31')).toBe('Policy för främjande av arbetsintegrerande sociala företag');
  });

  it('blocks the four never-fundable kinds and the funding and applicant rules, and advises on other target groups', () => {
    const rules = versionInForceIn(fold(), '2026-01-01')!.rules;
    for (const kind of [
      'cash_grant_to_business',
      'start_or_develop_asf',
      'membership_asf_or_interest_org',
      'competence_development_asf_staff',
    ]) {
      expect(blocksKind(rules, kind)).toBe(true);
    }
    expect(blocksKind(rules, 'supervisor_at_asf')).toBe(false);
    const ids = (facts: Parameters<typeof evaluateRules>[1]) => evaluateRules(rules, facts).map((f) => [f.ruleId, f.severity]);
    expect(ids({ 'funding.throughProcuringMember': false })).toEqual([['funding-through-procuring-member', 'blocking']]);
    expect(ids({ 'provider.isApplicant': true })).toEqual([['applicant-is-member', 'blocking']]);
    expect(ids({ 'funding.toProvider': true })).toEqual([['funding-through-procuring-member', 'blocking']]);
    expect(ids({ targetGroups: ['newly_arrived_refugees'] })).toEqual([]);
    expect(ids({ targetGroups: ['newly_arrived_refugees', 'pensioners'] })).toEqual([['target-groups-listed', 'advisory']]);
    expect(rules.delegationThresholdSek).toBe(100_000);
  });

  it('says in the texts of the first three versions that the text is not in the seeds', () => {
    const state = fold();
    if (state.status !== 'active') throw new Error('expected an active policy');
    for (const version of state.adopted.slice(0, 3)) {
      expect(version.text).toContain('Texten till denna version finns inte i underlaget.');
    }
    expect(state.adopted[3]?.adoption.note).toContain('Demoantagande');
  });
});
