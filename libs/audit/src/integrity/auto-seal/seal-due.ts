import type { SealSummary } from '../audit-trail.report.js';
import type { TenantActivity } from './audit-activity.projection.js';

export const SEAL_AT_LEAST_EVERY_MS = 24 * 3600_000;

/**
 * Whether a förbund's log should be sealed now: something is unsealed, and either nothing has happened for
 * `quietMs` (a burst of work is over) or the last seal is a day old (a busy förbund is still sealed daily).
 */
export function sealIsDue(activity: TenantActivity, seal: SealSummary, now: Date, quietMs: number): boolean {
  const sealedUpTo = seal.upToPosition === null ? -1n : BigInt(seal.upToPosition);
  if (activity.lastPosition <= sealedUpTo) return false;
  const quietFor = now.getTime() - Date.parse(activity.lastOccurredAt);
  const sinceSeal = seal.lastSealedAt === null ? Number.POSITIVE_INFINITY : now.getTime() - Date.parse(seal.lastSealedAt);
  return quietFor >= quietMs || sinceSeal >= SEAL_AT_LEAST_EVERY_MS;
}
