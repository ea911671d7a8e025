import type { Actor } from '../../../event-store/src/event.js';
import type { EventStore } from '../../../event-store/src/event-store.port.js';
import { appendChained } from '../../../event-store/src/integrity/append-chained.js';
import { eventIdFor } from '../../../platform/src/commands/event-ids.js';
import type { DomainEvent } from '../../../shared/src/decider.js';

/**
 * The start of a förbund's hash chain. Events without a hash (written before hashing existed) are accepted
 * only before it; after it nothing writes unhashed events, so one found there was inserted around the
 * application. Written once, before the first seal, which then vouches for it.
 */
export type AuditChainGenesis = DomainEvent<'AuditChainGenesis', { declaredAt: string }>;

export const AUDIT_GENESIS_SCHEMA_VERSION = 1;
export const auditGenesisStreamId = (tenant: string) => `${tenant}/audit-genesis`;

const SYSTEM: Actor = { userId: 'system', role: 'system' };

/** The genesis's position, or null when the tenant has none yet. */
export async function genesisPosition(store: EventStore, tenant: string): Promise<bigint | null> {
  const [genesis] = await store.readStream(auditGenesisStreamId(tenant), { toRevision: 0 });
  return genesis?.type === 'AuditChainGenesis' ? genesis.position : null;
}

/** Declares the genesis once; later calls find it and return its position. */
export async function ensureGenesis(store: EventStore, tenant: string, now: string, actor: Actor = SYSTEM): Promise<bigint> {
  const existing = await genesisPosition(store, tenant);
  if (existing !== null) return existing;
  const result = await appendChained(store, auditGenesisStreamId(tenant), [
    {
      // One genesis per tenant, even when two processes declare it at once.
      eventId: eventIdFor(tenant, 'audit-genesis', 0),
      type: 'AuditChainGenesis',
      data: { declaredAt: now },
      metadata: {
        tenant,
        actor,
        correlationId: 'audit-genesis',
        causationId: null,
        occurredAt: now,
        schemaVersion: AUDIT_GENESIS_SCHEMA_VERSION,
      },
    },
  ]);
  return result.position;
}
