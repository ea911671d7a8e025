import {
  generalGuidelinesRules,
  currentPolicyRules,
  INDIVIDUAL_KINDS,
  NEVER_FUNDABLE_KINDS,
  STRUCTURAL_KINDS,
} from '@beslutskedjan/policy';
import type { ApplicationContent } from '../application.types.js';
import { validApplicationContent } from '../application-content.js';
import { REALISTIC } from '../testing/realistic-applications.js';
import { screenApplication, type PolicyInForce } from './screen-application.js';

/** The demo förbund today: the current ASF guidelines (asf 4) and the general funding guidelines (samverkansinsatser 1). */
const TODAY: PolicyInForce[] = [
  { ref: { policyId: 'asf', revision: 4, title: 'Riktlinjer för stöd till medlemmarna i arbetet med ASF' }, rules: currentPolicyRules() },
  {
    ref: { policyId: 'samverkansinsatser', revision: 1, title: 'Riktlinjer för finansiering av samverkansinsatser' },
    rules: generalGuidelinesRules(),
  },
];

type Filing = { kind: string; category: 'structural' | 'individual' };

/** Every kind of the catalogue under its own category, and under the other one. */
const FUNDABLE_FILINGS: Filing[] = [
  ...STRUCTURAL_KINDS.flatMap((kind): Filing[] => [
    { kind, category: 'structural' },
    { kind, category: 'individual' },
  ]),
  ...INDIVIDUAL_KINDS.flatMap((kind): Filing[] => [
    { kind, category: 'individual' },
    { kind, category: 'structural' },
  ]),
];
const EXCLUDED_FILINGS: Filing[] = NEVER_FUNDABLE_KINDS.flatMap((kind): Filing[] => [
  { kind, category: 'structural' },
  { kind, category: 'individual' },
]);
const ALL_FILINGS = [...FUNDABLE_FILINGS, ...EXCLUDED_FILINGS];

const screen = (application: ApplicationContent, { kind, category }: Filing) => {
  const filed = validApplicationContent({ ...application, kind, category }, TODAY);
  return screenApplication(filed, TODAY, '2026-11-23');
};
const blockingRules = (application: ApplicationContent, filing: Filing) =>
  screen(application, filing)
    .findings.filter((f) => f.severity === 'blocking')
    .map((f) => f.ruleId);

describe('Realistic applications, screened by what they do whichever kind they are filed under', () => {
  describe('a municipal handledare supporting participants at an ASF is fundable (seed 000, exemplen; seed 003, individriktade insatser)', () => {
    it.each(FUNDABLE_FILINGS)('filed as $kind ($category): no blocking finding', (filing) => {
      expect(blockingRules(REALISTIC.municipalSupervisorAtAsf, filing)).toEqual([]);
    });

    it('filed as the handledare it is: no finding at all, under either policy', () => {
      expect(screen(REALISTIC.municipalSupervisorAtAsf, { kind: 'supervisor_at_asf', category: 'individual' }).findings).toEqual([]);
    });

    it('filed under the other category: only the advisory that the kind belongs to another category', () => {
      const findings = screen(REALISTIC.municipalSupervisorAtAsf, { kind: 'supervisor_at_asf', category: 'structural' }).findings;
      expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([['kind-not-in-category', 'advisory']]);
    });

    it('filed under a never-fundable kind, the kind itself is refused (the label says what the money is for)', () => {
      for (const filing of EXCLUDED_FILINGS) expect(blockingRules(REALISTIC.municipalSupervisorAtAsf, filing)).not.toEqual([]);
    });
  });

  it.each(ALL_FILINGS)(
    'staff training at an ASF is refused, filed as $kind ($category) (seed 003, kompetensutveckling till anställda på ASF)',
    (filing) => {
      expect(blockingRules(REALISTIC.staffTrainingAtAsf, filing)).toContain('no-competence-development-asf-staff');
    },
  );

  it.each(ALL_FILINGS)(
    'a cash start grant is refused, filed as $kind ($category) (seed 003, kontantbidrag; starta och utveckla ASF)',
    (filing) => {
      const rules = blockingRules(REALISTIC.cashStartGrant, filing);
      expect(rules).toContain('no-cash-grant-to-business');
      expect(rules).toContain('no-start-or-develop-asf');
    },
  );

  it.each(ALL_FILINGS)(
    'money paid straight to the ASF is refused, filed as $kind ($category) (seed 000, finansieringen via den part som upphandlat)',
    (filing) => {
      expect(blockingRules(REALISTIC.moneyStraightToAsf, filing)).toContain('funding-through-procuring-member');
    },
  );

  it('each finding names its rule, its policy version, and the paragraph it rests on or what it is inferred from', () => {
    const findings = ALL_FILINGS.flatMap((filing) =>
      Object.values(REALISTIC).flatMap((application) => screen(application, filing).findings),
    ).filter((f) => !f.ruleId.startsWith('kind-'));
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(f.policyId).not.toBe('');
      expect(f.policyRevision).toBeGreaterThan(0);
      expect(f.quote !== undefined || (f.inferred !== undefined && f.inferred.basis.length > 0)).toBe(true);
    }
  });
});
