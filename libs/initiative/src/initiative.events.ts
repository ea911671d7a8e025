import type { DomainEvent } from '@beslutskedjan/shared';
import type { ApprovalTerms, FollowUpItem, MemberOrganisation } from '@beslutskedjan/application';

/** A funded initiative (insats) exists once an approval stands. Stream: `${tenant}/initiative-${initiativeId}`. */
export type InitiativeFunded = DomainEvent<
  'InitiativeFunded',
  {
    /** Equal to the application id: one approved application, one initiative. */
    initiativeId: string;
    applicationId: string;
    caseNumber: string;
    title: string;
    procuringMember: MemberOrganisation;
    terms: ApprovalTerms;
    /** Who decided: the board at a meeting (after attestation) or the director under delegation. */
    decidedBy: { kind: 'board'; meetingId: string; itemNo: number } | { kind: 'delegation'; userId: string };
    /** The day the decision took effect (attestation day, or the delegated decision's day). */
    fundedOn: string;
    /** The applicant's user id: the contact for follow-up reports. */
    contactUserId: string;
  }
>;

/** A due date of the follow-up plan moved, with the reason (the old date stays in the history). */
export type FollowUpRescheduled = DomainEvent<
  'FollowUpRescheduled',
  { initiativeId: string; n: number; from: string; to: string; reason: string; rescheduledBy: string }
>;

/** A follow-up item will not be required, with the reason. */
export type FollowUpWaived = DomainEvent<'FollowUpWaived', { initiativeId: string; n: number; reason: string; waivedBy: string }>;

/** The applicant submitted the report (or registration confirmation) for plan item n. */
export type FollowUpReportSubmitted = DomainEvent<
  'FollowUpReportSubmitted',
  {
    initiativeId: string;
    n: number;
    /** 1 for the first submission of item n, 2 after a return, … */
    submission: number;
    /** Markdown; no personal identity numbers or health data (DOMAIN.md). */
    text: string;
    /** Figures reported, e.g. participants, costs so far. */
    figures: Record<string, number>;
    submittedBy: string;
    submittedOn: string;
  }
>;

/** The director reviewed a submitted report: accepted, or returned for completion with a comment. */
export type FollowUpReportReviewed = DomainEvent<
  'FollowUpReportReviewed',
  {
    initiativeId: string;
    n: number;
    submission: number;
    verdict: 'accepted' | 'returned';
    comment: string;
    /** For a returned report: when the corrected report is due. */
    newDueDate: string | null;
    reviewedBy: string;
    reviewedOn: string;
  }
>;

/** Closed after its final report was accepted (avslutad insats). */
export type InitiativeClosed = DomainEvent<
  'InitiativeClosed',
  { initiativeId: string; closedOn: string; closedBy: string; summary: string }
>;

export type InitiativeEvent =
  InitiativeFunded | FollowUpRescheduled | FollowUpWaived | FollowUpReportSubmitted | FollowUpReportReviewed | InitiativeClosed;

export const INITIATIVE_EVENT_SCHEMA_VERSIONS: Readonly<Record<InitiativeEvent['type'], number>> = {
  InitiativeFunded: 1,
  FollowUpRescheduled: 1,
  FollowUpWaived: 1,
  FollowUpReportSubmitted: 1,
  FollowUpReportReviewed: 1,
  InitiativeClosed: 1,
};

export const initiativeStreamId = (tenant: string, initiativeId: string) => `${tenant}/initiative-${initiativeId}`;

export type { FollowUpItem };
