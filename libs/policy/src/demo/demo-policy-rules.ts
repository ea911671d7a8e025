import {
  categoryOfKind,
  INDIVIDUAL_KINDS,
  INITIATIVE_KIND_LABELS,
  NEVER_FUNDABLE_KINDS,
  STRUCTURAL_KINDS,
  TARGET_GROUPS,
} from '../rules/catalogue.js';
import type { PolicyRule, PolicyRules } from '../rules/policy-rules.js';
import { emptyPolicyRules, FACTS } from '../rules/policy-rules.js';
import { COUNCIL_AVOID, COUNCIL_BASIS, QUOTE_000 } from './demo-policy-quotes.js';

/**
 * The 2011 version is known only by its title, "Policy Startbidrag Sociala företag": a start grant
 * could be funded. No seed places it among structural or individual-directed initiatives (those
 * categories come from the later national guidance), so it has no category, and the list is partial.
 */
export const startGrantPolicyRules = (): PolicyRules => ({
  ...emptyPolicyRules(),
  fundableKinds: [
    {
      kind: 'start_grant_asf',
      category: null,
      label: {
        sv: 'Startbidrag till sociala företag (härlett ur titeln; texten finns inte i underlaget)',
        en: 'Start grant to a social enterprise (inferred from the title; the text is not available)',
      },
    },
  ],
  catalogueComplete: false,
});

/** A never-fundable item: the kind names it, or the applicant's answer says it, whatever kind is chosen. */
const neverFundable = (id: string, kinds: string[], answer: string, sv: string, en: string, quote: string): PolicyRule => ({
  id,
  severity: 'blocking',
  violatedWhen: {
    any: [
      { fact: FACTS.initiativeKind, in: kinds },
      { fact: answer, equals: true },
    ],
  },
  message: { sv, en },
  basis: COUNCIL_BASIS,
  inferred: { basis: `Står inte i riktlinjernas text. ${COUNCIL_BASIS}`, quote },
});

const currentRuleList = (): PolicyRule[] => [
  neverFundable(
    'no-cash-grant-to-business',
    ['cash_grant_to_business'],
    FACTS.answerGrantToBusiness,
    'Samordningsförbundet ger inte stöd till enskilda näringsidkare i form av kontantbidrag.',
    'The association does not give cash grants to individual businesses.',
    COUNCIL_AVOID.cashGrant,
  ),
  neverFundable(
    'no-start-or-develop-asf',
    ['start_or_develop_asf', 'start_grant_asf'],
    FACTS.answerStartsOrDevelopsAsf,
    'Samordningsförbundet ska inte starta och utveckla arbetsintegrerande sociala företag. Startbidrag räknas hit.',
    'The association does not start or develop work-integration social enterprises; start grants are included.',
    COUNCIL_AVOID.startOrDevelop,
  ),
  neverFundable(
    'no-membership-asf-or-interest-org',
    ['membership_asf_or_interest_org'],
    FACTS.answerPaysMembershipFees,
    'Samordningsförbundet ska inte vara medlem i arbetsintegrerande sociala företag eller i intresseorganisationer.',
    'The association is not a member of a work-integration social enterprise or an interest organisation.',
    COUNCIL_AVOID.membership,
  ),
  neverFundable(
    'no-competence-development-asf-staff',
    ['competence_development_asf_staff'],
    FACTS.answerAimedAtAsfStaff,
    'Samordningsförbundet finansierar inte kompetensutveckling till anställda på arbetsintegrerande sociala företag, t.ex. affärsutveckling.',
    'The association does not fund competence development of staff at work-integration social enterprises, e.g. business development.',
    COUNCIL_AVOID.staffCompetence,
  ),
  {
    id: 'funding-through-procuring-member',
    severity: 'blocking',
    violatedWhen: {
      any: [
        { fact: FACTS.fundingThroughProcuringMember, equals: false },
        { fact: FACTS.fundingToProvider, equals: true },
      ],
    },
    message: {
      sv: 'Finansieringen ska alltid gå via den part som har upphandlat verksamheten, aldrig direkt till utföraren.',
      en: 'Funding always goes through the member that procured the activity, never straight to the provider.',
    },
    basis: 'Riktlinjerna, ”Samordningsförbundets stöd till medlemmarna”; seed 003 med hänvisning till 7 § Finsamlagen.',
    quote: QUOTE_000.membersCarryOut,
  },
  {
    id: 'applicant-is-member',
    severity: 'blocking',
    violatedWhen: {
      any: [
        { fact: FACTS.applicantIsMember, equals: false },
        { fact: FACTS.providerIsApplicant, equals: true },
      ],
    },
    message: {
      sv: 'Medlemmarna står för insatsen och eventuell upphandling; ett arbetsintegrerande socialt företag söker inte själv utan är utförare åt en medlem.',
      en: 'The members carry out and procure the initiative; a work-integration social enterprise never applies itself but provides for a member.',
    },
    basis: 'Riktlinjerna, ”Samordningsförbundets stöd till medlemmarna”.',
    quote: QUOTE_000.membersCarryOut,
  },
  {
    id: 'supervisor-employed-by-member',
    severity: 'blocking',
    violatedWhen: {
      all: [
        { fact: FACTS.initiativeKind, equals: 'supervisor_at_asf' },
        { fact: FACTS.staffEmployedByMember, equals: false },
      ],
    },
    message: {
      sv: 'En handledare som förbundet finansierar ska vara anställd hos någon av medlemmarna.',
      en: 'A supervisor funded by the association is employed by one of the members.',
    },
    basis: 'Riktlinjerna, exemplen på insatser riktade mot målgruppen.',
    quote: QUOTE_000.supervisor,
  },
  {
    id: 'provider-meets-asf-criteria',
    severity: 'advisory',
    violatedWhen: {
      all: [
        { fact: FACTS.providerIsAsf, equals: true },
        { fact: FACTS.providerIsMember, equals: false },
        { fact: FACTS.providerAsfStatus, in: ['assessed_not_asf', 'not_assessed'] },
      ],
    },
    message: {
      sv: 'Utföraren presenteras som ASF men har inte bedömts uppfylla de fyra kriterierna; förbundschefen prövar dem i beredningen.',
      en: 'The provider presents itself as an ASF but has not been found to meet the four criteria; the director checks them in preparation.',
    },
    basis: 'Riktlinjerna hänvisar till regeringens kriterier för ASF; kriterierna i seed 001 och seed 004.',
    quote: QUOTE_000.criteria,
  },
  {
    id: 'target-groups-listed',
    severity: 'advisory',
    violatedWhen: { fact: FACTS.targetGroups, includesAnyNotIn: TARGET_GROUPS.map((g) => g.code) },
    message: {
      sv: 'Insatsen riktar sig till en målgrupp utanför de uppräknade; beredningen bör motivera varför den hör till förbundets målgrupp.',
      en: 'The initiative targets a group outside the listed ones; the preparation should explain why it belongs to the target group.',
    },
    basis: 'Potentiella målgrupper enligt ASF-policyn för Samordningsförbundet Stockholm Stad (seed 001).',
    inferred: {
      basis: 'Riktlinjerna nämner målgruppen men räknar inte upp den; listan är hämtad ur seed 001, ”Målgrupper”.',
      quote:
        'Potentiella målgrupper kan t ex vara långtidsarbetslösa med försörjningsstöd, nyanlända flyktingar, ungdomar som befinner sig långt ifrån arbetsmarknaden, personer med psykisk funktionsnedsättning, personer som efter långtidssjukskrivning på nytt ska in på arbetsmarknaden och personer inom LSS',
    },
  },
];

/** Rules of the current guidelines (seed 000), with the limits from the national council (seed 003). */
export const currentPolicyRules = (): PolicyRules => ({
  schema: 1,
  rules: currentRuleList(),
  fundableKinds: [...STRUCTURAL_KINDS, ...INDIVIDUAL_KINDS].map((kind) => ({
    kind,
    category: categoryOfKind(kind),
    label: INITIATIVE_KIND_LABELS[kind],
  })),
  excludedKinds: NEVER_FUNDABLE_KINDS.map((kind) => ({ kind, label: INITIATIVE_KIND_LABELS[kind] })),
  catalogueComplete: true,
  targetGroups: TARGET_GROUPS.map((g) => ({ ...g })),
  // Not in the seeds: a demo setting, stated in the adoption note.
  delegationThresholdSek: 100_000,
});
