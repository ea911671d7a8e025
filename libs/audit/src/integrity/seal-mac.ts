import { createHmac, timingSafeEqual } from 'node:crypto';
import { canonicalJson } from '@beslutskedjan/event-store';
import type { AuditTrailSealed } from './audit-seal.events.js';

/**
 * A seal's MAC: HMAC-SHA-256 with a key kept outside the database, over the tenant and the seal's data
 * (its heads, its reach and the previous seal's hash). Stored in `metadata.sealMac`, which the event hash
 * covers as well. Someone who can write the database but not read the key cannot make a seal that verifies.
 */
export function sealMac(key: Buffer, tenant: string, data: AuditTrailSealed['data']): string {
  return createHmac('sha256', key).update(canonicalJson({ tenant, data }), 'utf8').digest('hex');
}

export function sealMacMatches(key: Buffer, tenant: string, data: AuditTrailSealed['data'], mac: unknown): boolean {
  if (typeof mac !== 'string' || !/^[0-9a-f]{64}$/.test(mac)) return false;
  return timingSafeEqual(Buffer.from(sealMac(key, tenant, data), 'hex'), Buffer.from(mac, 'hex'));
}
