import type { DomainEvent } from '@beslutskedjan/shared';
import type { MemberOrganisation } from '@beslutskedjan/application';

/**
 * Board composition over time, one stream per tenant: `${tenant}/board`.
 * People appear by user id only; names live in the erasable people directory.
 */
/** The vice chair (vice ordförande) is a member with a vote who presides when the chair cannot. */
export type BoardPosition = 'chair' | 'vice_chair' | 'member' | 'substitute';

export type BoardMemberAppointed = DomainEvent<
  'BoardMemberAppointed',
  {
    /** One appointment of one person for one term. */
    appointmentId: string;
    personId: string;
    /** The chair (ordförande) is also a member with a vote. */
    position: BoardPosition;
    memberOrganisation: MemberOrganisation;
    /** For a substitute (ersättare): the member they replace when absent (personlig ersättare). */
    substituteFor: string | null;
    termFrom: string;
    termTo: string;
    appointedBy: string;
  }
>;

export type BoardMembershipEnded = DomainEvent<
  'BoardMembershipEnded',
  { appointmentId: string; personId: string; endedOn: string; reason: string; endedBy: string }
>;

export type BoardEvent = BoardMemberAppointed | BoardMembershipEnded;

export const BOARD_EVENT_SCHEMA_VERSIONS: Readonly<Record<BoardEvent['type'], number>> = {
  BoardMemberAppointed: 1,
  BoardMembershipEnded: 1,
};

export const boardStreamId = (tenant: string) => `${tenant}/board`;

/** One seat as composed on a given date; recorded inside decisions so the audit never has to recompute it. */
export interface BoardSeat {
  personId: string;
  position: BoardPosition;
  memberOrganisation: MemberOrganisation;
  substituteFor: string | null;
}
