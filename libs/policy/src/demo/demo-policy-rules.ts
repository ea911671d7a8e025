import { categoryOfKind, INDIVIDUAL_KINDS, INITIATIVE_KIND_LABELS, STRUCTURAL_KINDS, TARGET_GROUPS } from '../rules/catalogue.js';
import type { PolicyRule, PolicyRules } from '../rules/policy-rules.js';
import { emptyPolicyRules, FACTS } from '../rules/policy-rules.js';

const COUNCIL =
  'Nationella rådets vägledning om arbetsintegrerande sociala företag, avsnittet ”Vad ska samordningsförbund undvika att göra?”; ' +
  'samma punkter i ASF-policyn för Samordningsförbundet Stockholm Stad.';

/** Only what the title "Policy Startbidrag Sociala företag" implies: a start grant could be funded. */
export const startGrantPolicyRules = (): PolicyRules => ({
  ...emptyPolicyRules(),
  fundableKinds: [
    {
      kind: 'start_grant_asf',
      category: 'structural',
      label: {
        sv: 'Startbidrag till sociala företag (härlett ur titeln; texten finns inte i underlaget)',
        en: 'Start grant to a social enterprise (inferred from the title; the text is not available)',
      },
    },
  ],
});

const neverFundable = (id: string, kinds: string[], sv: string, en: string, basis = COUNCIL): PolicyRule => ({
  id,
  severity: 'blocking',
  violatedWhen: kinds.length === 1 ? { fact: FACTS.initiativeKind, equals: kinds[0] ?? '' } : { fact: FACTS.initiativeKind, in: kinds },
  message: { sv, en },
  basis,
});

const currentRuleList: PolicyRule[] = [
  neverFundable(
    'no-cash-grant-to-business',
    ['cash_grant_to_business'],
    'Samordningsförbundet ger inte stöd till enskilda näringsidkare i form av kontantbidrag.',
    'The association does not give cash grants to individual businesses.',
  ),
  neverFundable(
    'no-start-or-develop-asf',
    ['start_or_develop_asf', 'start_grant_asf'],
    'Samordningsförbundet ska inte starta och utveckla arbetsintegrerande sociala företag. Startbidrag räknas hit.',
    'The association does not start or develop work-integration social enterprises; start grants are included.',
    `${COUNCIL} Startbidrag omfattas; den tidigare Policy Startbidrag Sociala företag (2011) tillät dem.`,
  ),
  neverFundable(
    'no-membership-asf-or-interest-org',
    ['membership_asf_or_interest_org'],
    'Samordningsförbundet ska inte vara medlem i arbetsintegrerande sociala företag eller i intresseorganisationer.',
    'The association is not a member of a work-integration social enterprise or an interest organisation.',
  ),
  neverFundable(
    'no-competence-development-asf-staff',
    ['competence_development_asf_staff'],
    'Samordningsförbundet finansierar inte kompetensutveckling till anställda på arbetsintegrerande sociala företag, t.ex. affärsutveckling.',
    'The association does not fund competence development of staff at work-integration social enterprises, e.g. business development.',
  ),
  {
    id: 'funding-through-procuring-member',
    severity: 'blocking',
    violatedWhen: { fact: FACTS.fundingThroughProcuringMember, equals: false },
    message: {
      sv: 'Finansieringen ska alltid gå via den part som har upphandlat verksamheten.',
      en: 'Funding always goes through the member that procured the activity.',
    },
    basis:
      'Riktlinjerna, ”Samordningsförbundets stöd till medlemmarna”; Nationella rådets vägledning med hänvisning till 7 § lagen (2003:1210) om finansiell samordning av rehabiliteringsinsatser.',
  },
  {
    id: 'applicant-is-member',
    severity: 'blocking',
    violatedWhen: { fact: FACTS.applicantIsMember, equals: false },
    message: {
      sv: 'Medlemmarna står för insatsen och eventuell upphandling; sökande ska vara en av förbundets medlemmar.',
      en: 'The members carry out and procure the initiative; the applicant must be one of the members.',
    },
    basis: 'Riktlinjerna: ”Medlemmarna står för insatsen och eventuell upphandling.”',
  },
  {
    id: 'asf-never-applicant',
    severity: 'blocking',
    violatedWhen: { fact: FACTS.providerIsApplicant, equals: true },
    message: {
      sv: 'Ett arbetsintegrerande socialt företag söker inte själv; det är utförare åt en medlem genom upphandling, avtal eller IOP.',
      en: 'A work-integration social enterprise never applies itself; it provides the service for a member under procurement, an agreement or an IOP.',
    },
    basis: 'Riktlinjerna (medlemmarna står för insatsen och upphandlingen); ASF-policyn för Stockholm Stad om upphandling och IOP.',
  },
  {
    id: 'target-groups-listed',
    severity: 'advisory',
    violatedWhen: { fact: FACTS.targetGroups, includesAnyNotIn: TARGET_GROUPS.map((g) => g.code) },
    message: {
      sv: 'Insatsen riktar sig till en målgrupp utanför de uppräknade; beredningen bör motivera varför den hör till förbundets målgrupp.',
      en: 'The initiative targets a group outside the listed ones; the preparation should explain why it belongs to the target group.',
    },
    basis: 'Potentiella målgrupper enligt ASF-policyn för Samordningsförbundet Stockholm Stad.',
  },
];

/** Rules of the current guidelines (seed 000), with the limits from the national council (seed 003). */
export const currentPolicyRules = (): PolicyRules => ({
  schema: 1,
  rules: structuredClone(currentRuleList),
  fundableKinds: [...STRUCTURAL_KINDS, ...INDIVIDUAL_KINDS].map((kind) => ({
    kind,
    category: categoryOfKind(kind),
    label: INITIATIVE_KIND_LABELS[kind],
  })),
  targetGroups: TARGET_GROUPS.map((g) => ({ ...g })),
  // Not in the seeds: a demo setting, stated in the adoption note.
  delegationThresholdSek: 100_000,
});
