import type Database from 'better-sqlite3';
import type { MeetingRef } from '../policy.events.js';
import type { PolicyRules } from '../rules/policy-rules.js';
import { findVersionInForce } from './in-force.js';
import { POLICY_VERSIONS_TABLE } from './policy-versions.projection.js';

export interface PolicyVersionView {
  policyId: string;
  revision: number;
  title: string;
  text: string;
  rules: PolicyRules;
  basedOnRevision: number | null;
  status: 'draft' | 'adopted';
  draftedAt: string;
  draftedBy: string;
  adoption: {
    adoptedOn: string;
    effectiveFrom: string;
    meeting: MeetingRef;
    note: string | null;
    adoptedBy: string;
  } | null;
  /** Set on every version once the policy as a whole is retired. */
  retirement: { retiredOn: string; reason: string; meeting: MeetingRef | null } | null;
}

interface Row {
  policy_id: string;
  revision: number;
  title: string;
  text: string;
  rules_json: string;
  based_on_revision: number | null;
  status: 'draft' | 'adopted';
  drafted_at: string;
  drafted_by: string;
  adopted_on: string | null;
  effective_from: string | null;
  meeting_json: string | null;
  adoption_note: string | null;
  adopted_by: string | null;
  retired_on: string | null;
  retirement_reason: string | null;
  retirement_meeting_json: string | null;
}

/** All versions of one policy (or of every policy) in the tenant, ordered by policy and revision. */
export function listVersions(db: Database.Database, tenant: string, policyId?: string): PolicyVersionView[] {
  const rows =
    policyId === undefined
      ? db.prepare<[string], Row>(`SELECT * FROM ${POLICY_VERSIONS_TABLE} WHERE tenant = ? ORDER BY policy_id, revision`).all(tenant)
      : db
          .prepare<[string, string], Row>(`SELECT * FROM ${POLICY_VERSIONS_TABLE} WHERE tenant = ? AND policy_id = ? ORDER BY revision`)
          .all(tenant, policyId);
  return rows.map(toView);
}

export function getVersion(db: Database.Database, tenant: string, policyId: string, revision: number): PolicyVersionView | null {
  const row = db
    .prepare<[string, string, number], Row>(`SELECT * FROM ${POLICY_VERSIONS_TABLE} WHERE tenant = ? AND policy_id = ? AND revision = ?`)
    .get(tenant, policyId, revision);
  return row === undefined ? null : toView(row);
}

/**
 * The version of a policy in force on `date` (YYYY-MM-DD), or null. Without a policy id: the
 * version in force of every policy that has one on that date.
 */
export function versionInForce(db: Database.Database, tenant: string, date: string, policyId: string): PolicyVersionView | null;
export function versionInForce(db: Database.Database, tenant: string, date: string): PolicyVersionView[];
export function versionInForce(
  db: Database.Database,
  tenant: string,
  date: string,
  policyId?: string,
): PolicyVersionView | null | PolicyVersionView[] {
  const byPolicy = new Map<string, PolicyVersionView[]>();
  for (const version of listVersions(db, tenant, policyId)) {
    if (version.adoption === null) continue;
    byPolicy.set(version.policyId, [...(byPolicy.get(version.policyId) ?? []), version]);
  }
  const inForce = [...byPolicy.values()].flatMap((versions) => {
    const found = inForceAmong(versions, date);
    return found === null ? [] : [found];
  });
  return policyId === undefined ? inForce : (inForce[0] ?? null);
}

function inForceAmong(versions: PolicyVersionView[], date: string): PolicyVersionView | null {
  const candidates = versions.flatMap((v) => (v.adoption === null ? [] : [{ v, effectiveFrom: v.adoption.effectiveFrom }]));
  const retiredOn = versions[0]?.retirement?.retiredOn ?? null;
  return findVersionInForce(candidates, date, retiredOn)?.v ?? null;
}

function toView(row: Row): PolicyVersionView {
  return {
    policyId: row.policy_id,
    revision: row.revision,
    title: row.title,
    text: row.text,
    rules: JSON.parse(row.rules_json) as PolicyRules,
    basedOnRevision: row.based_on_revision,
    status: row.status,
    draftedAt: row.drafted_at,
    draftedBy: row.drafted_by,
    adoption:
      row.adopted_on === null || row.effective_from === null || row.meeting_json === null || row.adopted_by === null
        ? null
        : {
            adoptedOn: row.adopted_on,
            effectiveFrom: row.effective_from,
            meeting: JSON.parse(row.meeting_json) as MeetingRef,
            note: row.adoption_note,
            adoptedBy: row.adopted_by,
          },
    retirement:
      row.retired_on === null || row.retirement_reason === null
        ? null
        : {
            retiredOn: row.retired_on,
            reason: row.retirement_reason,
            meeting: row.retirement_meeting_json === null ? null : (JSON.parse(row.retirement_meeting_json) as MeetingRef),
          },
  };
}
