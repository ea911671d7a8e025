import type Database from 'better-sqlite3';
import type { Projection } from '@beslutskedjan/projections';
import { prepared } from '@beslutskedjan/platform';
import { assertNever } from '@beslutskedjan/shared';
import type { PolicyEvent } from '../policy.events.js';
import { isPolicyEventType } from '../policy.events.js';

export const POLICY_VERSIONS_TABLE = 'policy_versions';

/** One row per drafted revision; adoption and retirement fill in their columns. */
export const policyVersionsProjection: Projection = {
  name: 'policy-versions',
  version: 1,
  tables: [POLICY_VERSIONS_TABLE],

  init(db) {
    db.exec(`
      CREATE TABLE ${POLICY_VERSIONS_TABLE} (
        tenant TEXT NOT NULL,
        policy_id TEXT NOT NULL,
        revision INTEGER NOT NULL,
        title TEXT NOT NULL,
        text TEXT NOT NULL,
        rules_json TEXT NOT NULL,
        based_on_revision INTEGER,
        status TEXT NOT NULL CHECK (status IN ('draft', 'adopted')),
        drafted_at TEXT NOT NULL,
        drafted_by TEXT NOT NULL,
        adopted_on TEXT,
        effective_from TEXT,
        meeting_json TEXT,
        adoption_note TEXT,
        adopted_by TEXT,
        retired_on TEXT,
        retirement_reason TEXT,
        retirement_meeting_json TEXT,
        PRIMARY KEY (tenant, policy_id, revision)
      );
      CREATE INDEX ${POLICY_VERSIONS_TABLE}_effective ON ${POLICY_VERSIONS_TABLE} (tenant, policy_id, effective_from);
    `);
  },

  apply(db, stored) {
    if (!isPolicyEventType(stored.type)) return;
    applyPolicyEvent(db, stored.metadata.tenant, { type: stored.type, data: stored.data } as PolicyEvent);
  },
};

function applyPolicyEvent(db: Database.Database, tenant: string, event: PolicyEvent): void {
  switch (event.type) {
    case 'PolicyRevisionDrafted': {
      const d = event.data;
      prepared(
        db,
        `INSERT INTO ${POLICY_VERSIONS_TABLE}
           (tenant, policy_id, revision, title, text, rules_json, based_on_revision, status, drafted_at, drafted_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?)
         ON CONFLICT (tenant, policy_id, revision) DO NOTHING`,
      ).run(tenant, d.policyId, d.revision, d.title, d.text, JSON.stringify(d.rules), d.basedOnRevision ?? null, d.draftedAt, d.draftedBy);
      return;
    }
    case 'PolicyRevisionAdopted': {
      const d = event.data;
      prepared(
        db,
        `UPDATE ${POLICY_VERSIONS_TABLE}
            SET status = 'adopted', adopted_on = ?, effective_from = ?, meeting_json = ?, adoption_note = ?, adopted_by = ?
          WHERE tenant = ? AND policy_id = ? AND revision = ?`,
      ).run(d.adoptedOn, d.effectiveFrom, JSON.stringify(d.meeting), d.note ?? null, d.adoptedBy, tenant, d.policyId, d.revision);
      return;
    }
    case 'PolicyRetired': {
      const d = event.data;
      // Retirement belongs to the policy as a whole, so every row of it carries the date.
      prepared(
        db,
        `UPDATE ${POLICY_VERSIONS_TABLE}
            SET retired_on = ?, retirement_reason = ?, retirement_meeting_json = ?
          WHERE tenant = ? AND policy_id = ?`,
      ).run(d.retiredOn, d.reason, d.meeting === undefined ? null : JSON.stringify(d.meeting), tenant, d.policyId);
      return;
    }
    default:
      assertNever(event);
  }
}
