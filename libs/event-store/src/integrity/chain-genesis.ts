import { createHash } from 'node:crypto';
import type { Actor, NewEvent } from '../event.js';
import type { EventStore } from '../event-store.port.js';
import { appendChained } from './append-chained.js';

/**
 * The start of a förbund's hash chain (AuditChainGenesis). Events without a hash (written before hashing
 * existed) are accepted only before it; after it nothing writes unhashed events, so one found there was
 * inserted around the application. It is written before the tenant's first hashed event (by every hashed
 * writer: the command executor and appendChained), so it exists from the moment the chain does. A tenant
 * that has hashed events from before the genesis existed gets it at its next write.
 */
export const AUDIT_GENESIS_TYPE = 'AuditChainGenesis';
export const AUDIT_GENESIS_SCHEMA_VERSION = 1;
export const auditGenesisStreamId = (tenant: string) => `${tenant}/audit-genesis`;

const SYSTEM: Actor = { userId: 'system', role: 'system' };

/** Tenants known (per store) to have their genesis: after the first check, a write pays nothing for it. */
const known = new WeakMap<EventStore, Set<string>>();

/** One genesis per tenant, even when two processes declare it at once: the id is derived from the tenant. */
function genesisEventId(tenant: string): string {
  const hex = createHash('sha256').update(`${tenant}\u0000audit-genesis\u00000`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16)}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}

/** The genesis's position, or null when the tenant has none yet. */
export async function genesisPosition(store: EventStore, tenant: string): Promise<bigint | null> {
  const [genesis] = await store.readStream(auditGenesisStreamId(tenant), { toRevision: 0 });
  return genesis?.type === AUDIT_GENESIS_TYPE ? genesis.position : null;
}

/** Declares the genesis once; later calls find it and return its position. */
export async function ensureGenesis(store: EventStore, tenant: string, now: string, actor: Actor = SYSTEM): Promise<bigint> {
  const existing = await genesisPosition(store, tenant);
  if (existing !== null) return existing;
  const event: NewEvent = {
    eventId: genesisEventId(tenant),
    type: AUDIT_GENESIS_TYPE,
    data: { declaredAt: now },
    metadata: {
      tenant,
      actor,
      correlationId: 'audit-genesis',
      causationId: null,
      occurredAt: now,
      schemaVersion: AUDIT_GENESIS_SCHEMA_VERSION,
    },
  };
  return (await appendChained(store, auditGenesisStreamId(tenant), [event])).position;
}

/**
 * Before a hashed append to `streamId`: makes sure the tenant's genesis exists. Cheap after the first call
 * per tenant and store (remembered in memory); the genesis stream itself is exempt.
 */
export async function genesisBefore(store: EventStore, streamId: string, events: readonly NewEvent[]): Promise<void> {
  const first = events[0];
  if (!first) return;
  const { tenant, occurredAt } = first.metadata;
  if (typeof tenant !== 'string' || streamId === auditGenesisStreamId(tenant)) return;
  let tenants = known.get(store);
  if (!tenants) known.set(store, (tenants = new Set()));
  if (tenants.has(tenant)) return;
  await ensureGenesis(store, tenant, occurredAt);
  tenants.add(tenant);
}
