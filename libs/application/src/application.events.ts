import type { DomainEvent } from '@beslutskedjan/shared';
import type { ApplicationContent, ApprovalTerms, PolicyVersionRef, ScreeningFinding } from './application.types.js';

/**
 * Events of one application's stream `${tenant}/application-${applicationId}`.
 * Submissions and revisions are at schema version 2 (content with registered parties and answers;
 * version 1 is upcast in schema-evolution/), the rest at 1. A changed shape needs an upcaster and a fixture test.
 */
export type ApplicationSubmitted = DomainEvent<
  'ApplicationSubmitted',
  { applicationId: string; caseNumber: string; content: ApplicationContent; submittedBy: string; submittedAt: string }
>;

/** The application was revised (after a supplement request, or on the applicant's own initiative before preparation ends). */
export type ApplicationRevised = DomainEvent<
  'ApplicationRevised',
  {
    applicationId: string;
    /** 2, 3, …: revision 1 is the submission. */
    revision: number;
    content: ApplicationContent;
    /** The supplement request this revision answers, if any. */
    inResponseTo: string | null;
    revisedBy: string;
    revisedAt: string;
  }
>;

/**
 * Automatic screening of one revision against every policy version in force that day. Findings
 * may carry `quote` and `inferred` (optional, added 2026-12; older findings simply lack them).
 */
export type ApplicationScreened = DomainEvent<
  'ApplicationScreened',
  {
    applicationId: string;
    applicationRevision: number;
    /** YYYY-MM-DD (Swedish calendar day of the command's `now`). */
    screenedOn: string;
    policies: PolicyVersionRef[];
    findings: ScreeningFinding[];
    blocking: boolean;
    /** Lowest delegation threshold among the versions in force; null: no delegation. */
    delegationThresholdSek: number | null;
  }
>;

export type ApplicationWithdrawn = DomainEvent<'ApplicationWithdrawn', { applicationId: string; reason: string; withdrawnBy: string }>;

/** The director (or a case officer) takes the case for preparation (beredning). */
export type CaseTaken = DomainEvent<'CaseTaken', { applicationId: string; preparedBy: string }>;

/** A request for more information (komplettering) with a due date. */
export type SupplementRequested = DomainEvent<
  'SupplementRequested',
  { applicationId: string; requestId: string; question: string; dueDate: string; requestedBy: string }
>;

/** The recommendation (förslag till beslut) with its motivation. */
export type RecommendationMade = DomainEvent<
  'RecommendationMade',
  {
    applicationId: string;
    recommendation: 'approve' | 'reject';
    motivation: string;
    /** Present when recommending approval. */
    terms: ApprovalTerms | null;
    /** Required when approving despite blocking findings; names the rules overridden. */
    override: { motivation: string; ruleIds: string[] } | null;
    basedOnRevision: number;
    recommendedBy: string;
  }
>;

/** The director decided alone under delegation (delegationsbeslut); it stands at once and is reported to the board. */
export type DecidedUnderDelegation = DomainEvent<
  'DecidedUnderDelegation',
  {
    applicationId: string;
    decision: 'approved' | 'rejected';
    terms: ApprovalTerms | null;
    motivation: string;
    decidedOn: string;
    decidedBy: string;
    policy: PolicyVersionRef;
    delegationThresholdSek: number;
  }
>;

/**
 * A board decision on this case took effect: the minutes of the meeting were attested (justerade).
 * Written by the reaction to MinutesAttestationCompleted, never by a person directly.
 */
export type BoardDecisionTookEffect = DomainEvent<
  'BoardDecisionTookEffect',
  {
    applicationId: string;
    meetingId: string;
    itemNo: number;
    outcome: 'approved' | 'rejected' | 'referred_back' | 'tabled';
    terms: ApprovalTerms | null;
    motivation: string | null;
    meetingDate: string;
    attestedOn: string;
  }
>;

export type ApplicationEvent =
  | ApplicationSubmitted
  | ApplicationRevised
  | ApplicationScreened
  | ApplicationWithdrawn
  | CaseTaken
  | SupplementRequested
  | RecommendationMade
  | DecidedUnderDelegation
  | BoardDecisionTookEffect;

export const APPLICATION_EVENT_SCHEMA_VERSIONS: Readonly<Record<ApplicationEvent['type'], number>> = {
  ApplicationSubmitted: 2,
  ApplicationRevised: 2,
  ApplicationScreened: 1,
  ApplicationWithdrawn: 1,
  CaseTaken: 1,
  SupplementRequested: 1,
  RecommendationMade: 1,
  DecidedUnderDelegation: 1,
  BoardDecisionTookEffect: 1,
};

export const applicationStreamId = (tenant: string, applicationId: string) => `${tenant}/application-${applicationId}`;

/** The diarium: one stream per tenant and year hands out gapless case numbers (diarienummer). */
export type CaseNumberAssigned = DomainEvent<
  'CaseNumberAssigned',
  { year: number; sequence: number; caseNumber: string; applicationId: string }
>;
/**
 * A number taken but never used (makulerat diarienummer), e.g. after a crash between taking the
 * number and registering the application: recorded with the reason, never left as a silent gap.
 */
export type CaseNumberVoided = DomainEvent<
  'CaseNumberVoided',
  { year: number; sequence: number; caseNumber: string; applicationId: string; reason: string; voidedBy: string }
>;
export type CaseRegisterEvent = CaseNumberAssigned | CaseNumberVoided;
export const CASE_REGISTER_EVENT_SCHEMA_VERSIONS: Readonly<Record<CaseRegisterEvent['type'], number>> = {
  CaseNumberAssigned: 1,
  CaseNumberVoided: 1,
};
export const caseRegisterStreamId = (tenant: string, year: number) => `${tenant}/case-register-${year}`;
