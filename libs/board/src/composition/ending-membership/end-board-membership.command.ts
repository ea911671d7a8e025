import { type Command, DomainRuleError, InvalidInputError, NotFoundError } from '@beslutskedjan/shared';
import { isIsoDate } from '@beslutskedjan/policy';
import type { BoardMembershipEnded } from '../board.events.js';
import { findAppointment, type BoardState } from '../board.state.js';

export type EndBoardMembership = Command<
  'EndBoardMembership',
  {
    appointmentId: string;
    /** First day the person no longer holds the seat (YYYY-MM-DD), within the term. */
    endedOn: string;
    reason: string;
  }
>;

/** A membership ends before its term does (entledigande, avsägelse). */
export function endBoardMembership(command: EndBoardMembership, state: BoardState): BoardMembershipEnded[] {
  const { appointmentId, endedOn, reason } = command.data;
  if (!isIsoDate(endedOn)) throw new InvalidInputError([{ field: 'endedOn', message: 'must be a date YYYY-MM-DD' }]);
  const appointment = findAppointment(state, appointmentId);
  if (appointment === undefined) {
    throw new NotFoundError('APPOINTMENT_NOT_FOUND', `No appointment ${appointmentId}`, { appointmentId });
  }
  if (appointment.ended !== null) {
    throw new DomainRuleError('ALREADY_ENDED', `Appointment ${appointmentId} already ended`, {
      appointmentId,
      endedOn: appointment.ended.endedOn,
    });
  }
  if (endedOn < appointment.termFrom || endedOn > appointment.termTo) {
    throw new DomainRuleError('END_DATE_OUTSIDE_TERM', `${endedOn} is outside the term of office`, {
      endedOn,
      termFrom: appointment.termFrom,
      termTo: appointment.termTo,
    });
  }
  return [
    {
      type: 'BoardMembershipEnded',
      data: { appointmentId, personId: appointment.personId, endedOn, reason, endedBy: command.metadata.actor.userId },
    },
  ];
}
