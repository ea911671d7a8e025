import { Injectable } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { CommandExecutor, ReadModels } from '@beslutskedjan/platform';
import { policyDecider } from '../policy.decider.js';
import { policyStreamId } from '../policy.stream.js';
import type { PolicyRules } from '../rules/policy-rules.js';
import { versionInForceIn } from './in-force.js';
import { POLICY_VERSIONS_TABLE } from './policy-versions.projection.js';

export interface PolicyInForce {
  ref: { policyId: string; revision: number; title: string };
  rules: PolicyRules;
}

/**
 * The policy versions in force on a day, for screening and decisions. The read model only names
 * the tenant's policies; each policy's own stream (a handful of events) decides which version is
 * in force, so a version of a known policy adopted a moment ago is never missed, and no command
 * waits for read models (a policy created in the last instant may be missed until its row lands).
 * The streams are loaded through the executor, which keeps their folded state: every submission
 * screens, and re-reading each policy's whole history for it was a tenth of a submission's time.
 */
@Injectable()
export class PoliciesInForce {
  private readonly policiesOf;

  constructor(
    private readonly readModels: ReadModels,
    private readonly executor: CommandExecutor,
  ) {
    const db: Database.Database = readModels.db;
    this.policiesOf = db.prepare<[string], { policy_id: string }>(
      `SELECT DISTINCT policy_id FROM ${POLICY_VERSIONS_TABLE} WHERE tenant = ? ORDER BY policy_id`,
    );
  }

  async on(tenant: string, date: string): Promise<PolicyInForce[]> {
    const policyIds = this.policiesOf.all(tenant).map((r) => r.policy_id);
    const inForce: PolicyInForce[] = [];
    for (const policyId of policyIds) {
      const { state } = await this.executor.load(policyStreamId(tenant, policyId), policyDecider);
      const version = versionInForceIn(state, date);
      if (version) inForce.push({ ref: { policyId, revision: version.revision, title: version.title }, rules: version.rules });
    }
    return inForce;
  }

  /** The lowest delegation threshold among the versions in force (null: no delegation), with the version that sets it. */
  async delegation(tenant: string, date: string): Promise<{ ref: PolicyInForce['ref']; delegationThresholdSek: number | null } | null> {
    const versions = await this.on(tenant, date);
    const withThreshold = versions
      .filter((v) => v.rules.delegationThresholdSek !== null)
      .sort((a, b) => (a.rules.delegationThresholdSek ?? 0) - (b.rules.delegationThresholdSek ?? 0));
    const chosen = withThreshold[0] ?? versions[0];
    return chosen ? { ref: chosen.ref, delegationThresholdSek: chosen.rules.delegationThresholdSek } : null;
  }
}
