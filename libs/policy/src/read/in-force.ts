import type { AdoptedPolicyVersion, PolicyState } from '../policy.state.js';

export interface InForceCandidate {
  effectiveFrom: string;
}

/**
 * Which adopted version is in force (gäller) on `date` (YYYY-MM-DD): the one with the latest
 * `effectiveFrom` on or before the date. Nothing is in force before the first version takes
 * effect, nor on or after `retiredOn` (the first day without a policy).
 */
export function findVersionInForce<V extends InForceCandidate>(
  adopted: readonly V[],
  date: string,
  retiredOn: string | null = null,
): V | null {
  if (retiredOn !== null && date >= retiredOn) return null;
  let inForce: V | null = null;
  for (const version of adopted) {
    // `>=` so that, should two versions share a date, the later adopted one wins.
    if (version.effectiveFrom <= date && (inForce === null || version.effectiveFrom >= inForce.effectiveFrom)) {
      inForce = version;
    }
  }
  return inForce;
}

/** The version in force on `date` according to a folded policy stream. */
export function versionInForceIn(state: PolicyState, date: string): AdoptedPolicyVersion | null {
  if (state.status === 'none') return null;
  const retiredOn = state.status === 'retired' ? state.retirement.retiredOn : null;
  const candidates = state.adopted.map((version) => ({ version, effectiveFrom: version.adoption.effectiveFrom }));
  return findVersionInForce(candidates, date, retiredOn)?.version ?? null;
}
