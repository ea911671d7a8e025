import { type Command, DomainRuleError, InvalidInputError, type FieldProblem } from '@beslutskedjan/shared';
import type { MemberOrganisation } from '@beslutskedjan/application';
import { isIsoDate } from '@beslutskedjan/policy';
import type { BoardMemberAppointed, BoardPosition } from '../board.events.js';
import { findAppointment, isActiveDuring, isMemberPosition, type BoardState } from '../board.state.js';

export type AppointBoardMember = Command<
  'AppointBoardMember',
  {
    appointmentId: string;
    personId: string;
    position: BoardPosition;
    memberOrganisation: MemberOrganisation;
    /** For a substitute: the member (chair or member) they stand in for; null otherwise. */
    substituteFor: string | null;
    /** YYYY-MM-DD, inclusive. */
    termFrom: string;
    /** YYYY-MM-DD, inclusive. */
    termTo: string;
  }
>;

/** The member organisations appoint (utser) their members and personal substitutes for a term of office. */
export function appointBoardMember(command: AppointBoardMember, state: BoardState): BoardMemberAppointed[] {
  const { appointmentId, personId, position, memberOrganisation, substituteFor, termFrom, termTo } = command.data;
  const problems: FieldProblem[] = [
    ...(isIsoDate(termFrom) ? [] : [{ field: 'termFrom', message: 'must be a date YYYY-MM-DD' }]),
    ...(isIsoDate(termTo) ? [] : [{ field: 'termTo', message: 'must be a date YYYY-MM-DD' }]),
    ...(position !== 'substitute' && substituteFor !== null
      ? [{ field: 'substituteFor', message: 'only a substitute stands in for a member' }]
      : []),
  ];
  if (problems.length > 0) throw new InvalidInputError(problems);

  if (findAppointment(state, appointmentId) !== undefined) {
    throw new DomainRuleError('APPOINTMENT_ALREADY_EXISTS', `Appointment ${appointmentId} already exists`, { appointmentId });
  }
  if (termFrom > termTo) {
    throw new DomainRuleError('TERM_INVALID', 'A term of office cannot end before it starts', { termFrom, termTo });
  }
  const overlapping = state.appointments.filter((a) => isActiveDuring(a, termFrom, termTo));
  const samePerson = overlapping.find((a) => a.personId === personId);
  if (samePerson !== undefined) {
    throw new DomainRuleError('ALREADY_APPOINTED', `${personId} already holds a seat during this term`, {
      personId,
      appointmentId: samePerson.appointmentId,
    });
  }
  const chair = overlapping.find((a) => a.position === 'chair');
  if (position === 'chair' && chair !== undefined) {
    throw new DomainRuleError('CHAIR_ALREADY_APPOINTED', 'The board already has a chair during this term', {
      chairId: chair.personId,
      appointmentId: chair.appointmentId,
    });
  }
  const viceChair = overlapping.find((a) => a.position === 'vice_chair');
  if (position === 'vice_chair' && viceChair !== undefined) {
    throw new DomainRuleError('VICE_CHAIR_ALREADY_APPOINTED', 'The board already has a vice chair during this term', {
      viceChairId: viceChair.personId,
      appointmentId: viceChair.appointmentId,
    });
  }
  if (position === 'substitute' && !overlapping.some((a) => isMemberPosition(a.position) && a.personId === substituteFor)) {
    throw new DomainRuleError('SUBSTITUTE_FOR_UNKNOWN', 'A substitute stands in for a member seated during the term', {
      substituteFor,
    });
  }
  return [
    {
      type: 'BoardMemberAppointed',
      data: {
        appointmentId,
        personId,
        position,
        memberOrganisation,
        substituteFor,
        termFrom,
        termTo,
        appointedBy: command.metadata.actor.userId,
      },
    },
  ];
}
