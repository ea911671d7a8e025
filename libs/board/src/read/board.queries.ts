import type Database from 'better-sqlite3';
import type { MemberKind } from '@beslutskedjan/application';
import type { BoardPosition, BoardSeat } from '../composition/board.events.js';
import { BOARD_APPOINTMENTS_TABLE } from './board.projection.js';

/** A seat as held through one appointment. */
export interface BoardAppointmentView extends BoardSeat {
  appointmentId: string;
  termFrom: string;
  termTo: string;
  appointedBy: string;
  ended: { endedOn: string; reason: string; endedBy: string | null } | null;
}

interface Row {
  appointment_id: string;
  person_id: string;
  position: BoardPosition;
  member_kind: MemberKind;
  member_name: string;
  member_organisation_number: string;
  substitute_for: string | null;
  term_from: string;
  term_to: string;
  appointed_by: string;
  ended_on: string | null;
  end_reason: string | null;
  ended_by: string | null;
}

// Chair first, then members, then substitutes; stable within each group.
const ORDER = `ORDER BY CASE position WHEN 'chair' THEN 0 WHEN 'vice_chair' THEN 1 WHEN 'member' THEN 2 ELSE 3 END, member_kind, person_id, appointment_id`;

/** Every appointment of the tenant, past and present. */
export function listAppointments(db: Database.Database, tenant: string): BoardAppointmentView[] {
  return db.prepare<[string], Row>(`SELECT * FROM ${BOARD_APPOINTMENTS_TABLE} WHERE tenant = ? ${ORDER}`).all(tenant).map(toView);
}

/**
 * The board as composed on `date` (YYYY-MM-DD): the term covers the date and the appointment had
 * not ended on or before it. Quorum and votes of a meeting are judged against this.
 */
export function boardOn(db: Database.Database, tenant: string, date: string): BoardAppointmentView[] {
  return db
    .prepare<[string, string, string, string], Row>(
      `SELECT * FROM ${BOARD_APPOINTMENTS_TABLE}
        WHERE tenant = ? AND term_from <= ? AND term_to >= ? AND (ended_on IS NULL OR ended_on > ?) ${ORDER}`,
    )
    .all(tenant, date, date, date)
    .map(toView);
}

/** The plain seats, as recorded inside a meeting's opening and decisions. */
export const toSeats = (appointments: readonly BoardAppointmentView[]): BoardSeat[] =>
  appointments.map(({ personId, position, memberOrganisation, substituteFor }) => ({
    personId,
    position,
    memberOrganisation,
    substituteFor,
  }));

function toView(row: Row): BoardAppointmentView {
  return {
    appointmentId: row.appointment_id,
    personId: row.person_id,
    position: row.position,
    memberOrganisation: { kind: row.member_kind, name: row.member_name, organisationNumber: row.member_organisation_number },
    substituteFor: row.substitute_for,
    termFrom: row.term_from,
    termTo: row.term_to,
    appointedBy: row.appointed_by,
    ended:
      row.ended_on === null || row.end_reason === null ? null : { endedOn: row.ended_on, reason: row.end_reason, endedBy: row.ended_by },
  };
}
