import { createHash, randomUUID } from 'node:crypto';

/**
 * With an Idempotency-Key the event ids are derived from it, so a retry that slips past the
 * response cache (another process, a crash before the response was stored) is still deduplicated
 * by the event store itself.
 */
export function eventIdFor(tenant: string, idempotencyKey: string | undefined, index: number): string {
  if (!idempotencyKey) return randomUUID();
  const hex = createHash('sha256').update(`${tenant}\u0000${idempotencyKey}\u0000${index}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16)}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}

/**
 * A new aggregate id (application, meeting, request …). Derived from the Idempotency-Key when one
 * is given, so a retried "create" addresses the same stream instead of creating a twin.
 */
export function newIdFor(context: { tenant: string; idempotencyKey?: string | undefined }, purpose: string): string {
  return context.idempotencyKey ? eventIdFor(context.tenant, `${context.idempotencyKey}\u0000${purpose}`, 0) : randomUUID();
}
