import { assertNever } from '@beslutskedjan/shared';
import type { ApplicationEvent, ApplicationScreened, BoardDecisionTookEffect, RecommendationMade } from './application.events.js';
import type { ApplicationContent, ApprovalTerms, PolicyVersionRef } from './application.types.js';

/** One revision of the content; revision 1 is the submission. */
export interface ApplicationRevisionRecord {
  revision: number;
  content: ApplicationContent;
  at: string;
  by: string;
  /** The supplement request the revision answers, if any. */
  inResponseTo: string | null;
}

export type Screening = Omit<ApplicationScreened['data'], 'applicationId'>;

export interface OpenSupplementRequest {
  requestId: string;
  question: string;
  dueDate: string;
  requestedBy: string;
}

export type Recommendation = Omit<RecommendationMade['data'], 'applicationId'>;

/** A decision that stands: by the board once the minutes are attested, or by the director under delegation. */
export interface ApplicationDecision {
  outcome: 'approved' | 'rejected';
  terms: ApprovalTerms | null;
  motivation: string | null;
  /** The decision date: the meeting's date for the board, the day of the decision under delegation. */
  decidedOn: string;
  by:
    | { kind: 'board'; meetingId: string; itemNo: number; meetingDate: string }
    | { kind: 'delegation'; userId: string; policy: PolicyVersionRef; delegationThresholdSek: number };
}

export type AppliedBoardDecision = Pick<BoardDecisionTookEffect['data'], 'meetingId' | 'itemNo' | 'outcome' | 'attestedOn'>;

export interface CaseFile {
  applicationId: string;
  caseNumber: string;
  submittedBy: string;
  submittedAt: string;
  /** In revision order; never empty. */
  revisions: ApplicationRevisionRecord[];
  /** The screening of the latest revision. */
  screening: Screening | null;
  preparedBy: string | null;
  supplementRequest: OpenSupplementRequest | null;
  /** The latest recommendation; after a referral back it is history until a new one is made. */
  recommendation: Recommendation | null;
  decision: ApplicationDecision | null;
  /** Board items already applied, for idempotency and audit. */
  boardDecisions: AppliedBoardDecision[];
  withdrawal: { reason: string; withdrawnBy: string } | null;
}

type Prepared = { preparedBy: string };

export type ApplicationState =
  | { status: 'none' }
  /** Registered, waiting for a preparer. */
  | ({ status: 'submitted' } & CaseFile)
  | ({ status: 'in_preparation' } & CaseFile & Prepared)
  | ({ status: 'awaiting_supplement' } & CaseFile & Prepared & { supplementRequest: OpenSupplementRequest })
  | ({ status: 'recommended' } & CaseFile & Prepared & { recommendation: Recommendation })
  | ({ status: 'decided' } & CaseFile & { decision: ApplicationDecision })
  | ({ status: 'withdrawn' } & CaseFile & { withdrawal: { reason: string; withdrawnBy: string } });

export type ApplicationStatus = ApplicationState['status'];

export type ExistingApplication = Exclude<ApplicationState, { status: 'none' }>;

export const initialApplicationState = (): ApplicationState => ({ status: 'none' });

export function evolveApplication(state: ApplicationState, event: ApplicationEvent): ApplicationState {
  if (event.type === 'ApplicationSubmitted') {
    if (state.status !== 'none') return state;
    const { applicationId, caseNumber, content, submittedBy, submittedAt } = event.data;
    return {
      status: 'submitted',
      applicationId,
      caseNumber,
      submittedBy,
      submittedAt,
      revisions: [{ revision: 1, content, at: submittedAt, by: submittedBy, inResponseTo: null }],
      screening: null,
      preparedBy: null,
      supplementRequest: null,
      recommendation: null,
      decision: null,
      boardDecisions: [],
      withdrawal: null,
    };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'ApplicationRevised': {
      const { revision, content, inResponseTo, revisedBy, revisedAt } = event.data;
      const revisions = [...state.revisions, { revision, content, at: revisedAt, by: revisedBy, inResponseTo }];
      if (state.status === 'awaiting_supplement') {
        return { ...state, status: 'in_preparation', revisions, supplementRequest: null };
      }
      return { ...state, revisions };
    }
    case 'ApplicationScreened': {
      const { applicationId: _applicationId, ...screening } = event.data;
      return { ...state, screening };
    }
    case 'ApplicationWithdrawn':
      return { ...state, status: 'withdrawn', withdrawal: { reason: event.data.reason, withdrawnBy: event.data.withdrawnBy } };
    case 'CaseTaken':
      return { ...state, status: 'in_preparation', preparedBy: event.data.preparedBy };
    case 'SupplementRequested': {
      const { applicationId: _applicationId, ...supplementRequest } = event.data;
      return { ...state, status: 'awaiting_supplement', preparedBy: state.preparedBy ?? supplementRequest.requestedBy, supplementRequest };
    }
    case 'RecommendationMade': {
      const { applicationId: _applicationId, ...recommendation } = event.data;
      return { ...state, status: 'recommended', preparedBy: state.preparedBy ?? recommendation.recommendedBy, recommendation };
    }
    case 'DecidedUnderDelegation': {
      const { decision, terms, motivation, decidedOn, decidedBy, policy, delegationThresholdSek } = event.data;
      return {
        ...state,
        status: 'decided',
        decision: {
          outcome: decision,
          terms,
          motivation,
          decidedOn,
          by: { kind: 'delegation', userId: decidedBy, policy, delegationThresholdSek },
        },
      };
    }
    case 'BoardDecisionTookEffect':
      return afterBoardDecision(state, event.data);
    default:
      return assertNever(event);
  }
}

function afterBoardDecision(state: ExistingApplication, data: BoardDecisionTookEffect['data']): ApplicationState {
  const { meetingId, itemNo, outcome, terms, motivation, meetingDate, attestedOn } = data;
  const boardDecisions = [...state.boardDecisions, { meetingId, itemNo, outcome, attestedOn }];
  switch (outcome) {
    case 'approved':
    case 'rejected':
      return {
        ...state,
        status: 'decided',
        boardDecisions,
        // The decision is taken at the meeting; attestation only confirms the minutes of it.
        decision: { outcome, terms, motivation, decidedOn: meetingDate, by: { kind: 'board', meetingId, itemNo, meetingDate } },
      };
    // Återremiss: back to preparation, a new recommendation is needed.
    case 'referred_back':
      return state.preparedBy === null
        ? { ...state, boardDecisions }
        : { ...state, status: 'in_preparation', preparedBy: state.preparedBy, boardDecisions };
    // Bordläggning: the recommendation waits for a later agenda.
    case 'tabled':
      return state.preparedBy === null || state.recommendation === null
        ? { ...state, boardDecisions }
        : { ...state, status: 'recommended', preparedBy: state.preparedBy, recommendation: state.recommendation, boardDecisions };
    default:
      return assertNever(outcome);
  }
}

export const latestRevision = (state: ExistingApplication): ApplicationRevisionRecord => {
  const latest = state.revisions.at(-1);
  if (latest === undefined) throw new Error(`Application ${state.applicationId} has no revision`);
  return latest;
};

export const budgetTotalSek = (content: ApplicationContent): number => content.budget.reduce((sum, line) => sum + line.amountSek, 0);

/** Rule ids of the blocking findings of the latest screening, each once. */
export const blockingRuleIds = (state: ExistingApplication): string[] => [
  ...new Set((state.screening?.findings ?? []).filter((f) => f.severity === 'blocking').map((f) => f.ruleId)),
];

export const hasAppliedBoardItem = (state: ApplicationState, meetingId: string, itemNo: number): boolean =>
  state.status !== 'none' && state.boardDecisions.some((d) => d.meetingId === meetingId && d.itemNo === itemNo);
