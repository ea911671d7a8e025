import type Database from 'better-sqlite3';
import { publicRecordRolesOf, type PublicRecordRole } from '@beslutskedjan/board';
import { DomainRuleError } from '@beslutskedjan/shared';
import { AUDIT_DECISIONS_TABLE } from '../read/audit.schema.js';

/**
 * A person who decided, presided, attested or signed is named in a public record (allmän handling)
 * that is kept as it was signed: their name cannot be erased (GDPR art. 17.3 b and d, arkivlagen
 * 1990:782). Their contact details can (eraseContactDetails).
 */
export function refuseIfInPublicRecord(db: Database.Database, tenant: string, userId: string): void {
  const roles: Array<PublicRecordRole | 'signed'> = publicRecordRolesOf(db, tenant, userId);
  const signed = db
    .prepare<[string, string], { found: number }>(
      `SELECT 1 AS found FROM ${AUDIT_DECISIONS_TABLE} WHERE tenant = ? AND decided_by_kind = 'delegation' AND decided_by = ? LIMIT 1`,
    )
    .get(tenant, userId);
  if (signed !== undefined) roles.push('signed');
  if (roles.length > 0) {
    throw new DomainRuleError(
      'PERSON_IN_PUBLIC_RECORD',
      'The person is named in public records (decisions, minutes) that are kept as signed; only their contact details can be removed',
      { userId, roles },
    );
  }
}
