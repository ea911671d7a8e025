import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '../../../event-store/src/event-store.port.js';
import { ReadModels } from '../../../platform/src/persistence/read-models.js';
import type { PolicyRules } from '../rules/policy-rules.js';
import { versionInForce } from './policy-versions.queries.js';

export interface PolicyInForce {
  ref: { policyId: string; revision: number; title: string };
  rules: PolicyRules;
}

/**
 * The policy versions in force on a day, for screening and decisions. It first lets the read
 * model catch up with the whole log, so a version adopted a moment ago is never missed.
 */
@Injectable()
export class PoliciesInForce {
  constructor(
    private readonly readModels: ReadModels,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async on(tenant: string, date: string): Promise<PolicyInForce[]> {
    const db = await this.readModels.consistentWith(String(await this.store.headPosition()));
    return versionInForce(db, tenant, date).map((v) => ({ ref: { policyId: v.policyId, revision: v.revision, title: v.title }, rules: v.rules }));
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
