import type Database from 'better-sqlite3';
import type { StoredEvent } from '@beslutskedjan/event-store';
import type { Projection } from '@beslutskedjan/projections';
import { assertNever } from '@beslutskedjan/shared';
import type { BoardEvent, BoardMemberAppointed, BoardMembershipEnded } from '../composition/board.events.js';
import { BOARD_EVENT_SCHEMA_VERSIONS } from '../composition/board.events.js';

export const BOARD_APPOINTMENTS_TABLE = 'board_appointments';

const BOARD_TYPES: ReadonlySet<string> = new Set(Object.keys(BOARD_EVENT_SCHEMA_VERSIONS));

function prepareAll(db: Database.Database) {
  return {
    appoint: db.prepare<
      { tenant: string } & Omit<BoardMemberAppointed['data'], 'memberOrganisation'> & { kind: string; name: string; orgNo: string }
    >(
      `INSERT INTO ${BOARD_APPOINTMENTS_TABLE}
         (tenant, appointment_id, person_id, position, member_kind, member_name, member_organisation_number, substitute_for,
          term_from, term_to, appointed_by)
       VALUES (@tenant, @appointmentId, @personId, @position, @kind, @name, @orgNo, @substituteFor, @termFrom, @termTo, @appointedBy)
       ON CONFLICT (tenant, appointment_id) DO NOTHING`,
    ),
    end: db.prepare<{ tenant: string } & Pick<BoardMembershipEnded['data'], 'appointmentId' | 'endedOn' | 'reason' | 'endedBy'>>(
      `UPDATE ${BOARD_APPOINTMENTS_TABLE} SET ended_on = @endedOn, end_reason = @reason, ended_by = @endedBy
        WHERE tenant = @tenant AND appointment_id = @appointmentId`,
    ),
  };
}

const cache = new WeakMap<Database.Database, ReturnType<typeof prepareAll>>();
const statements = (db: Database.Database) => {
  let s = cache.get(db);
  if (s === undefined) cache.set(db, (s = prepareAll(db)));
  return s;
};

/** One row per appointment (one person, one term); an early end fills in `ended_on`. */
export const boardProjection: Projection = {
  name: 'board',
  // v2: the vice chair (vice ordförande).
  version: 2,
  tables: [BOARD_APPOINTMENTS_TABLE],

  init(db) {
    db.exec(`
      CREATE TABLE ${BOARD_APPOINTMENTS_TABLE} (
        tenant TEXT NOT NULL,
        appointment_id TEXT NOT NULL,
        person_id TEXT NOT NULL,
        position TEXT NOT NULL CHECK (position IN ('chair', 'vice_chair', 'member', 'substitute')),
        member_kind TEXT NOT NULL,
        member_name TEXT NOT NULL,
        member_organisation_number TEXT NOT NULL,
        substitute_for TEXT,
        term_from TEXT NOT NULL,
        term_to TEXT NOT NULL,
        appointed_by TEXT NOT NULL,
        ended_on TEXT,
        end_reason TEXT,
        ended_by TEXT,
        PRIMARY KEY (tenant, appointment_id)
      );
      CREATE INDEX ${BOARD_APPOINTMENTS_TABLE}_term ON ${BOARD_APPOINTMENTS_TABLE} (tenant, term_from, term_to);
    `);
  },

  apply(db, stored: StoredEvent) {
    if (!BOARD_TYPES.has(stored.type)) return;
    const tenant = stored.metadata.tenant;
    const event = { type: stored.type, data: stored.data } as BoardEvent;
    switch (event.type) {
      case 'BoardMemberAppointed': {
        const { memberOrganisation: org, ...d } = event.data;
        statements(db).appoint.run({ tenant, ...d, kind: org.kind, name: org.name, orgNo: org.organisationNumber });
        return;
      }
      case 'BoardMembershipEnded': {
        const { appointmentId, endedOn, reason, endedBy } = event.data;
        statements(db).end.run({ tenant, appointmentId, endedOn, reason, endedBy });
        return;
      }
      default:
        assertNever(event);
    }
  },
};
