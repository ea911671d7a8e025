import type { InitiativeCategory, LocalisedText, TargetGroup } from './policy-rules.js';

/** Strukturövergripande insatser: work on structures, not with individuals. */
export const STRUCTURAL_KINDS = [
  'coordinator',
  'seminar_inspiration',
  'study_visit',
  'strategic_influence',
  'policy_work',
  'knowledge_spreading',
] as const;

/** Individriktade insatser: carried out by a member for people in the target group. */
export const INDIVIDUAL_KINDS = ['work_preparatory_at_asf', 'asf_education_for_target_group', 'supervisor_at_asf'] as const;

/** Kinds the current guidelines never fund (the national council's "Vad ska samordningsförbund undvika"). */
export const NEVER_FUNDABLE_KINDS = [
  'cash_grant_to_business',
  'start_or_develop_asf',
  'start_grant_asf',
  'membership_asf_or_interest_org',
  'competence_development_asf_staff',
] as const;

export type StructuralKind = (typeof STRUCTURAL_KINDS)[number];
export type IndividualKind = (typeof INDIVIDUAL_KINDS)[number];
export type NeverFundableKind = (typeof NEVER_FUNDABLE_KINDS)[number];
export type InitiativeKind = StructuralKind | IndividualKind | NeverFundableKind;

export const INITIATIVE_KIND_LABELS: Readonly<Record<InitiativeKind, LocalisedText>> = {
  coordinator: {
    sv: 'Samordnare med uppgift att sprida information och kunskap om ASF',
    en: 'Coordinator spreading information and knowledge about work-integration social enterprises',
  },
  seminar_inspiration: { sv: 'Seminarier och inspirationsdagar om ASF', en: 'Seminars and inspiration days about ASF' },
  study_visit: { sv: 'Studiebesök om ASF', en: 'Study visits about ASF' },
  strategic_influence: {
    sv: 'Strategiskt påverkansarbete till myndigheter, beslutsfattare och näringsliv',
    en: 'Strategic influence work towards authorities, decision makers and business',
  },
  policy_work: { sv: 'Medverkan i framtagandet av policybeslut', en: 'Taking part in drafting policy decisions' },
  knowledge_spreading: {
    sv: 'Kompetensutvecklande och informationsspridande insatser',
    en: 'Competence-building and information-spreading initiatives',
  },
  work_preparatory_at_asf: {
    sv: 'Arbetsförberedande och arbetslivsinriktade insatser på arbetsintegrerande sociala företag',
    en: 'Work-preparatory and work-oriented activities at a work-integration social enterprise',
  },
  asf_education_for_target_group: {
    sv: 'Utbildning om arbetsintegrerande sociala företag för målgruppen',
    en: 'Education about work-integration social enterprises for the target group',
  },
  supervisor_at_asf: {
    sv: 'Handledare, anställd hos någon av medlemmarna, för att stödja målgruppen på arbetsintegrerande sociala företag',
    en: 'Supervisor employed by a member, supporting the target group at a work-integration social enterprise',
  },
  cash_grant_to_business: {
    sv: 'Stöd till enskilda näringsidkare i form av kontantbidrag',
    en: 'Cash grants to individual businesses',
  },
  start_or_develop_asf: {
    sv: 'Starta och utveckla arbetsintegrerande sociala företag',
    en: 'Starting or developing a work-integration social enterprise',
  },
  start_grant_asf: { sv: 'Startbidrag till sociala företag', en: 'Start grant to a social enterprise' },
  membership_asf_or_interest_org: {
    sv: 'Medlemskap i arbetsintegrerande sociala företag eller i intresseorganisationer',
    en: 'Membership in a work-integration social enterprise or an interest organisation',
  },
  competence_development_asf_staff: {
    sv: 'Kompetensutveckling till anställda på arbetsintegrerande sociala företag, t.ex. affärsutveckling',
    en: 'Competence development for staff of work-integration social enterprises, e.g. business development',
  },
};

export const categoryOfKind = (kind: StructuralKind | IndividualKind): InitiativeCategory =>
  (STRUCTURAL_KINDS as readonly string[]).includes(kind) ? 'structural' : 'individual';

/** Potential target groups (målgrupper) as listed in the ASF policy (seed 001). */
export const TARGET_GROUPS: readonly TargetGroup[] = [
  {
    code: 'long_term_unemployed_income_support',
    label: { sv: 'Långtidsarbetslösa med försörjningsstöd', en: 'Long-term unemployed receiving income support' },
  },
  { code: 'newly_arrived_refugees', label: { sv: 'Nyanlända flyktingar', en: 'Newly arrived refugees' } },
  {
    code: 'young_far_from_labour_market',
    label: { sv: 'Ungdomar som befinner sig långt ifrån arbetsmarknaden', en: 'Young people far from the labour market' },
  },
  {
    code: 'psychiatric_disability',
    label: { sv: 'Personer med psykisk funktionsnedsättning', en: 'People with psychiatric disabilities' },
  },
  {
    code: 'returning_after_long_term_sick_leave',
    label: {
      sv: 'Personer som efter långtidssjukskrivning på nytt ska in på arbetsmarknaden',
      en: 'People returning to the labour market after long-term sick leave',
    },
  },
  {
    code: 'lss_daily_activity',
    label: {
      sv: 'Personer inom LSS som kan beredas plats för daglig verksamhet inom ett arbetsintegrerande socialt företag',
      en: 'People under LSS who can be offered daily activity at a work-integration social enterprise',
    },
  },
];

/** Every kind any demo version names; the kinds accepted when no version in force lists its kinds in full. */
export const KNOWN_KINDS: readonly InitiativeKind[] = [...STRUCTURAL_KINDS, ...INDIVIDUAL_KINDS, ...NEVER_FUNDABLE_KINDS];
