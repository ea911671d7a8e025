import type { DomainEvent } from '@beslutskedjan/shared';

/**
 * The start of a förbund's hash chain: written before the tenant's first hashed event (see
 * event-store/src/integrity/chain-genesis.ts, where it lives so that every hashed writer can declare it).
 */
export type AuditChainGenesis = DomainEvent<'AuditChainGenesis', { declaredAt: string }>;

export { AUDIT_GENESIS_SCHEMA_VERSION, auditGenesisStreamId, ensureGenesis, genesisPosition } from '@beslutskedjan/event-store';
