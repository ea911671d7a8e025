import { assertNever } from '@beslutskedjan/shared';
import type { BoardEvent, BoardMemberAppointed, BoardMembershipEnded } from './board.events.js';

/** One appointment for one term; `ended` is set when the membership ended early. */
export type Appointment = BoardMemberAppointed['data'] & {
  ended: Omit<BoardMembershipEnded['data'], 'appointmentId' | 'personId'> | null;
};

/** The whole board over time: every appointment ever made, in appointment order. */
export interface BoardState {
  appointments: Appointment[];
}

export const initialBoardState = (): BoardState => ({ appointments: [] });

export function evolveBoard(state: BoardState, event: BoardEvent): BoardState {
  switch (event.type) {
    case 'BoardMemberAppointed':
      return { appointments: [...state.appointments, { ...event.data, ended: null }] };
    case 'BoardMembershipEnded': {
      const { appointmentId, personId: _personId, ...ended } = event.data;
      return {
        appointments: state.appointments.map((a) => (a.appointmentId === appointmentId ? { ...a, ended } : a)),
      };
    }
    default:
      return assertNever(event);
  }
}

export const findAppointment = (state: BoardState, appointmentId: string): Appointment | undefined =>
  state.appointments.find((a) => a.appointmentId === appointmentId);

/** The appointment holds its seat on `date`: the term covers it and it did not end on or before it. */
export const isActiveOn = (a: Appointment, date: string): boolean =>
  a.termFrom <= date && date <= a.termTo && (a.ended === null || date < a.ended.endedOn);

/** The appointment holds its seat on at least one day of `from`..`to` (inclusive). */
export function isActiveDuring(a: Appointment, from: string, to: string): boolean {
  const start = from > a.termFrom ? from : a.termFrom;
  const end = to < a.termTo ? to : a.termTo;
  return start <= end && (a.ended === null || start < a.ended.endedOn);
}

/** Chair and member seats vote; a substitute (ersättare) only stands in for an absent member. */
export const isMemberPosition = (position: Appointment['position']): boolean => position !== 'substitute';
