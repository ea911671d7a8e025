import type { DomainEvent } from '../../shared/src/decider.js';
import type { ApprovalTerms, MemberOrganisation } from '../../application/src/application.types.js';

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

export type InitiativeEvent = InitiativeFunded;

export const INITIATIVE_EVENT_SCHEMA_VERSIONS: Readonly<Record<InitiativeEvent['type'], number>> = { InitiativeFunded: 1 };

export const initiativeStreamId = (tenant: string, initiativeId: string) => `${tenant}/initiative-${initiativeId}`;
