import type Database from 'better-sqlite3';
import { AGENDA_ITEMS_TABLE, ITEM_VOTES_TABLE, MEETINGS_TABLE } from './meetings.schema.js';

export type PublicRecordRole = 'decided' | 'presided' | 'attested';

/**
 * The parts a person played in the board's public records (allmänna handlingar): decided an item
 * (served in a seat or voted), presided over one, or signed the minutes. Such a name is part of the
 * record as it was signed and cannot be erased (arkivlagen; GDPR art. 17.3 b and d).
 */
export function publicRecordRolesOf(db: Database.Database, tenant: string, personId: string): PublicRecordRole[] {
  const one = (sql: string) => db.prepare<[string, string], { found: number }>(sql).get(tenant, personId) !== undefined;
  const roles: PublicRecordRole[] = [];
  if (
    one(`SELECT 1 AS found FROM ${ITEM_VOTES_TABLE} WHERE tenant = ? AND person_id = ? LIMIT 1`) ||
    one(`SELECT 1 AS found FROM ${AGENDA_ITEMS_TABLE} i, json_each(i.serving_json) s
          WHERE i.tenant = ? AND json_extract(s.value, '$.personId') = ? LIMIT 1`)
  ) {
    roles.push('decided');
  }
  if (one(`SELECT 1 AS found FROM ${AGENDA_ITEMS_TABLE} WHERE tenant = ? AND ? IN (presiding_id, recorded_by) LIMIT 1`)) {
    roles.push('presided');
  }
  if (one(`SELECT 1 AS found FROM ${MEETINGS_TABLE} WHERE tenant = ? AND ? IN (chair_attested_by, adjuster_attested_by) LIMIT 1`)) {
    roles.push('attested');
  }
  return roles;
}
