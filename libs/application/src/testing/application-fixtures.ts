import type { CommandMetadata } from '@beslutskedjan/shared';
import type { Actor } from '@beslutskedjan/event-store';
import { FACTS, type PolicyRules } from '@beslutskedjan/policy';
import type {
  ApplicationScreened,
  ApplicationSubmitted,
  CaseTaken,
  RecommendationMade,
  SupplementRequested,
} from '../application.events.js';
import type { ApplicationContent, ApprovalTerms, ScreeningFinding } from '../application.types.js';
import type { PolicyInForce } from '../screening/screen-application.js';

export const APPLICATION_ID = 'app-1';
export const CASE_NUMBER = '2026/0042';
export const APPLICANT = 'u-applicant';
export const DIRECTOR = 'u-director';
export const CASE_OFFICER = 'u-officer';
/** 10:00 Swedish time on 2026-03-02. */
export const NOW = '2026-03-02T09:00:00.000Z';
export const TODAY = '2026-03-02';

export const as = (userId: string, role: Actor['role'], now = NOW): CommandMetadata => ({ now, actor: { userId, role }, tenant: 't1' });
export const applicant = (now = NOW) => as(APPLICANT, 'applicant', now);
export const director = (now = NOW) => as(DIRECTOR, 'director', now);
export const officer = (now = NOW) => as(CASE_OFFICER, 'director', now);

/** Organisation numbers that pass the Luhn check. */
export const ORG = { kommun: '212000-0142', region: '232100-0016', af: '202100-2114', asf: '769600-1234' } as const;

export const content = (overrides: Partial<ApplicationContent> = {}): ApplicationContent => ({
  title: 'Handledare på Kafé Gemenskap',
  description: 'En handledare från kommunen stödjer deltagare på ett socialt företag.',
  aims: 'Fler deltagare går vidare till arbete eller studier.',
  applicant: {
    name: 'Exempelstads kommun',
    organisationNumber: ORG.kommun,
    memberKind: 'kommun',
    unit: { code: 'amf', name: 'Arbetsmarknadsförvaltningen' },
  },
  cooperatingMembers: [{ kind: 'arbetsformedlingen', name: 'Arbetsförmedlingen', organisationNumber: ORG.af }],
  procuringMember: { name: 'Exempelstads kommun', organisationNumber: ORG.kommun, kind: 'kommun' },
  provider: {
    name: 'Kafé Gemenskap ekonomisk förening',
    organisationNumber: ORG.asf,
    isAsf: true,
    relation: 'iop',
    isMember: false,
    asfStatus: 'assessed_asf',
  },
  staffEmployer: { name: 'Exempelstads kommun', organisationNumber: ORG.kommun, role: 'member' },
  fundingRecipient: { name: 'Exempelstads kommun', organisationNumber: ORG.kommun, role: 'member' },
  category: 'individual',
  kind: 'supervisor_at_asf',
  targetGroups: ['newly_arrived_refugees'],
  budget: [
    { year: 2026, amountSek: 60_000 },
    { year: 2027, amountSek: 20_000 },
  ],
  period: { from: '2026-04-01', to: '2027-03-31' },
  answers: { grantToBusiness: false, aimedAtAsfStaff: false, startsOrDevelopsAsf: false, paysMembershipFees: false },
  ...overrides,
});

export const POLICY_REF = { policyId: 'asf', revision: 4, title: 'Riktlinjer för ASF' };

/** A small policy: cash grants are blocked; up to 100 000 kr may be decided under delegation. */
export const policyRules = (overrides: Partial<PolicyRules> = {}): PolicyRules => ({
  schema: 1,
  rules: [
    {
      id: 'no-cash-grant',
      severity: 'blocking',
      violatedWhen: { fact: FACTS.initiativeKind, equals: 'cash_grant_to_business' },
      message: { sv: 'Kontantbidrag ges inte.', en: 'No cash grants.' },
    },
  ],
  fundableKinds: [],
  catalogueComplete: false,
  targetGroups: [],
  delegationThresholdSek: 100_000,
  ...overrides,
});

export const inForce = (overrides: Partial<PolicyRules> = {}): PolicyInForce[] => [{ ref: POLICY_REF, rules: policyRules(overrides) }];

export const cashGrantFinding: ScreeningFinding = {
  policyId: 'asf',
  policyRevision: 4,
  ruleId: 'no-cash-grant',
  severity: 'blocking',
  message: { sv: 'Kontantbidrag ges inte.', en: 'No cash grants.' },
};

export const terms = (overrides: Partial<ApprovalTerms> = {}): ApprovalTerms => ({
  amountSek: 80_000,
  period: { from: '2026-04-01', to: '2027-03-31' },
  conditions: ['Rapport till förbundet varje halvår'],
  followUpPlan: { items: [{ n: 1, kind: 'final_report', dueDate: '2027-05-31' }] },
  ...overrides,
});

// Events of a typical history.

export const submitted = (c: ApplicationContent = content()): ApplicationSubmitted => ({
  type: 'ApplicationSubmitted',
  data: {
    applicationId: APPLICATION_ID,
    caseNumber: CASE_NUMBER,
    content: c,
    submittedBy: APPLICANT,
    submittedAt: '2026-02-10T09:00:00.000Z',
  },
});

export const screened = (revision = 1, findings: ScreeningFinding[] = []): ApplicationScreened => ({
  type: 'ApplicationScreened',
  data: {
    applicationId: APPLICATION_ID,
    applicationRevision: revision,
    screenedOn: '2026-02-10',
    policies: [POLICY_REF],
    findings,
    blocking: findings.some((f) => f.severity === 'blocking'),
    delegationThresholdSek: 100_000,
  },
});

export const taken = (preparedBy = DIRECTOR): CaseTaken => ({ type: 'CaseTaken', data: { applicationId: APPLICATION_ID, preparedBy } });

export const supplementRequested = (requestId = 'sr-1'): SupplementRequested => ({
  type: 'SupplementRequested',
  data: { applicationId: APPLICATION_ID, requestId, question: 'Vilka deltagare?', dueDate: '2026-03-20', requestedBy: DIRECTOR },
});

export const recommended = (recommendation: 'approve' | 'reject' = 'approve'): RecommendationMade => ({
  type: 'RecommendationMade',
  data: {
    applicationId: APPLICATION_ID,
    recommendation,
    motivation: 'Insatsen ligger inom riktlinjerna.',
    terms: recommendation === 'approve' ? terms() : null,
    override: null,
    basedOnRevision: 1,
    recommendedBy: DIRECTOR,
  },
});

/** Submitted and screened without findings. */
export const registered = () => [submitted(), screened()];
/** Taken by the director for preparation. */
export const inPreparation = () => [...registered(), taken()];
