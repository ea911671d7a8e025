import type { DomainEvent } from '@beslutskedjan/shared';

/** One stream's last event as a seal vouches for it. */
export interface SealedHead {
  streamId: string;
  revision: number;
  hash: string;
}

/**
 * A periodic seal (försegling) of the tenant's log: the heads of every stream that changed since the
 * previous seal (the first seal names all), chained to the previous seal. A stream that later goes
 * missing, or is cut short, no longer matches a seal. Stream: `${tenant}/audit-seal`.
 */
export type AuditTrailSealed = DomainEvent<
  'AuditTrailSealed',
  {
    sealedAt: string;
    /** The newest position (decimal string: JSON has no bigint) of the tenant's events the seal covers. */
    upToPosition: string;
    heads: SealedHead[];
    /** The previous seal's event hash; '' for the first seal. */
    prevSealHash: string;
  }
>;

export const AUDIT_SEAL_SCHEMA_VERSION = 1;

export const auditSealStreamId = (tenant: string) => `${tenant}/audit-seal`;
