import { evaluateRules } from '../rules/evaluate-rules.js';
import type { Facts, PolicyRules } from '../rules/policy-rules.js';
import { FACTS } from '../rules/policy-rules.js';
import { assertQuotesInText } from '../rules/validate-rules.js';
import { GENERAL_GUIDELINES_TEXT, generalGuidelinesRules } from './demo-general-guidelines.js';
import { currentPolicyRules, startGrantPolicyRules } from './demo-policy-rules.js';
import { CURRENT_TEXT } from './demo-policy-texts.js';

/** An application that breaks nothing: the baseline each rule's "when" changes one thing of. */
const clean: Facts = {
  [FACTS.initiativeCategory]: 'individual',
  [FACTS.initiativeKind]: 'supervisor_at_asf',
  [FACTS.fundingThroughProcuringMember]: true,
  [FACTS.fundingToProvider]: false,
  [FACTS.applicantIsMember]: true,
  [FACTS.providerIsApplicant]: false,
  [FACTS.staffEmployedByMember]: true,
  [FACTS.procuringMemberTakesPart]: true,
  [FACTS.membersTakingPart]: 2,
  [FACTS.answerGrantToBusiness]: false,
  [FACTS.answerAimedAtAsfStaff]: false,
  [FACTS.answerStartsOrDevelopsAsf]: false,
  [FACTS.answerPaysMembershipFees]: false,
  [FACTS.targetGroups]: ['newly_arrived_refugees'],
};

const findings = (rules: PolicyRules, change: Facts) => evaluateRules(rules, { ...clean, ...change }).map((f) => f.ruleId);
const current = currentPolicyRules();
const general = generalGuidelinesRules();

describe('The current ASF guidelines (asf revision 4), rule by rule', () => {
  it('given a clean application, then no rule of either policy holds', () => {
    expect(findings(current, {})).toEqual([]);
    expect(findings(general, {})).toEqual([]);
  });

  describe.each([
    ['no-cash-grant-to-business', FACTS.answerGrantToBusiness, 'cash_grant_to_business'],
    ['no-start-or-develop-asf', FACTS.answerStartsOrDevelopsAsf, 'start_or_develop_asf'],
    ['no-membership-asf-or-interest-org', FACTS.answerPaysMembershipFees, 'membership_asf_or_interest_org'],
    ['no-competence-development-asf-staff', FACTS.answerAimedAtAsfStaff, 'competence_development_asf_staff'],
  ])('%s (inferred from seed 003 ”Vad ska samordningsförbund undvika att göra?”; seed 001 the same list)', (ruleId, answer, kind) => {
    it('given the answer yes, whatever the kind, then it blocks', () => {
      expect(findings(current, { [answer]: true })).toEqual([ruleId]);
      expect(findings(current, { [answer]: true, [FACTS.initiativeKind]: 'study_visit' })).toEqual([ruleId]);
    });
    it('given the kind that names it, even with the answer no, then it blocks', () => {
      expect(findings(current, { [FACTS.initiativeKind]: kind })).toEqual([ruleId]);
    });
    it('states that it is inferred and quotes the council’s words', () => {
      const rule = current.rules.find((r) => r.id === ruleId)!;
      expect(rule.severity).toBe('blocking');
      expect(rule.quote).toBeUndefined();
      expect(rule.inferred?.basis).toContain('Står inte i riktlinjernas text');
      expect(rule.inferred?.quote).toBeTruthy();
    });
  });

  it('start grants are starting an ASF: the 2011 kind is blocked today (seed 000 change history; seed 003)', () => {
    expect(findings(current, { [FACTS.initiativeKind]: 'start_grant_asf' })).toEqual(['no-start-or-develop-asf']);
  });

  it('funding-through-procuring-member (seed 000 ”Finansieringen ska alltid gå via den part som har upphandlat verksamheten”): money to another party or straight to the provider blocks', () => {
    expect(findings(current, { [FACTS.fundingThroughProcuringMember]: false })).toEqual(['funding-through-procuring-member']);
    expect(findings(current, { [FACTS.fundingToProvider]: true })).toEqual(['funding-through-procuring-member']);
  });

  it('applicant-is-member (seed 000 ”Medlemmarna står för insatsen och eventuell upphandling”): a non-member or the provider itself applying blocks', () => {
    expect(findings(current, { [FACTS.applicantIsMember]: false })).toEqual(['applicant-is-member']);
    expect(findings(current, { [FACTS.providerIsApplicant]: true })).toEqual(['applicant-is-member']);
  });

  it('supervisor-employed-by-member (seed 000 ”handledare, anställd hos någon av medlemmarna”): a handledare employed by the ASF blocks', () => {
    expect(findings(current, { [FACTS.staffEmployedByMember]: false })).toEqual(['supervisor-employed-by-member']);
    expect(findings(current, { [FACTS.staffEmployedByMember]: false, [FACTS.initiativeKind]: 'work_preparatory_at_asf' })).toEqual([]);
  });

  it('provider-meets-asf-criteria (seed 000 ”Regeringen har … satt upp kriterier för ASF”; criteria in seeds 001, 004): a self-declared ASF not found to meet them is advisory', () => {
    const asf = { [FACTS.providerIsAsf]: true, [FACTS.providerIsMember]: false };
    expect(findings(current, { ...asf, [FACTS.providerAsfStatus]: 'assessed_asf' })).toEqual([]);
    expect(findings(current, { ...asf, [FACTS.providerAsfStatus]: 'not_assessed' })).toEqual(['provider-meets-asf-criteria']);
    expect(findings(current, { ...asf, [FACTS.providerAsfStatus]: 'assessed_not_asf' })).toEqual(['provider-meets-asf-criteria']);
    expect(
      findings(current, { [FACTS.providerIsAsf]: false, [FACTS.providerIsMember]: false, [FACTS.providerAsfStatus]: 'not_assessed' }),
    ).toEqual([]);
  });

  it('target-groups-listed (inferred from seed 001 ”Målgrupper”): an unlisted group is advisory', () => {
    expect(findings(current, { [FACTS.targetGroups]: ['newly_arrived_refugees', 'pensionarer'] })).toEqual(['target-groups-listed']);
    expect(current.rules.find((r) => r.id === 'target-groups-listed')?.severity).toBe('advisory');
  });

  it('every rule either quotes the version’s own text word for word or states what it is inferred from', () => {
    expect(() => assertQuotesInText(current, CURRENT_TEXT)).not.toThrow();
    for (const rule of current.rules) expect(rule.quote !== undefined || rule.inferred !== undefined).toBe(true);
  });
});

describe('The general funding guidelines (samverkansinsatser 1): every rule inferred, none quoted from a text the seeds lack', () => {
  it('joint-effort-of-members (inferred: the guidelines’ name, seed 003 ”Stödja samverkan mellan samverkansparterna”): one member alone is advisory', () => {
    expect(findings(general, { [FACTS.membersTakingPart]: 1 })).toEqual(['joint-effort-of-members']);
  });

  it('carried-out-by-members (inferred: 7 § Finsam as seed 003 gives it): a procuring member outside the initiative blocks', () => {
    expect(findings(general, { [FACTS.procuringMemberTakesPart]: false })).toEqual(['carried-out-by-members']);
  });

  it('finsam-target-group (inferred: seed 003 ”FINSAMs målgrupp”, seed 001 målgrupper): an individual initiative for none of the groups is advisory', () => {
    expect(findings(general, { [FACTS.targetGroups]: ['pensionarer'] })).toEqual(['finsam-target-group']);
    expect(findings(general, { [FACTS.targetGroups]: ['pensionarer'], [FACTS.initiativeCategory]: 'structural' })).toEqual([]);
  });

  it('marks every rule inferred with its basis and quotes nothing as the guidelines’ own words', () => {
    for (const rule of general.rules) {
      expect(rule.quote).toBeUndefined();
      expect(rule.inferred?.basis).toMatch(/Härledd/);
    }
    expect(GENERAL_GUIDELINES_TEXT).toContain('Texten till dessa riktlinjer finns inte i underlaget');
  });
});

describe('The 2011 start-grant version', () => {
  it('lists the start grant without a category, as a partial catalogue: the seeds give only its title', () => {
    const rules = startGrantPolicyRules();
    expect(rules.fundableKinds).toEqual([expect.objectContaining({ kind: 'start_grant_asf', category: null })]);
    expect(rules.catalogueComplete).toBe(false);
    expect(rules.rules).toEqual([]);
  });
});

describe('assertQuotesInText', () => {
  it('refuses a rule that quotes words the version’s text does not hold', () => {
    const rules = { ...current, rules: [{ ...current.rules[4]!, quote: 'Förbundet finansierar allt.' }] };
    expect(() => assertQuotesInText(rules, CURRENT_TEXT)).toThrow(expect.objectContaining({ code: 'RULE_QUOTE_NOT_IN_TEXT' }));
  });
});
