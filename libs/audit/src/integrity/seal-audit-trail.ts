import { type Actor, type NewEvent, type EventStore, chainEvents, streamHeadOf } from '@beslutskedjan/event-store';
import { eventIdFor } from '@beslutskedjan/platform';
import { DomainRuleError } from '@beslutskedjan/shared';
import { AUDIT_SEAL_SCHEMA_VERSION, auditSealStreamId, type AuditTrailSealed } from './audit-seal.events.js';
import type { AuditTrailReport, SealSummary } from './audit-trail.report.js';
import { inspectAuditTrail, type Inspection, type VerifyOptions } from './verify-audit-trail.js';
import { ensureGenesis } from './audit-genesis.js';
import { sealMac } from './seal-mac.js';
import { publishSealDigest } from './seal-digests.js';

export interface SealOutcome {
  /** False when nothing changed since the last seal: no new seal is written. */
  sealed: boolean;
  seal: SealSummary;
  /** Streams named by the new seal (0 when nothing was sealed). */
  sealedStreams: number;
  /** Where the seal was written, to read your own write. */
  position: string | null;
}

const SYSTEM: Actor = { userId: 'system', role: 'system' };

/** A seal never covers a broken log: it would vouch for the tampering. */
export class AuditTrailBrokenError extends DomainRuleError {
  constructor(report: AuditTrailReport) {
    super('AUDIT_TRAIL_BROKEN', 'The audit trail does not verify; it is not sealed', {
      firstBreak: report.firstBreak,
      breakCount: report.breakCount,
    });
  }
}

/**
 * Appends a seal when anything changed since the last one. Operators schedule it (daily is enough:
 * the seal protects what came before it); the CLI and `POST /api/audit/seals` call it.
 * Verifies first and refuses to seal a broken log.
 */
export interface SealOptions extends VerifyOptions {
  /** Where the seal's digest is published (seal-digests.ts); omitted: not published. */
  digestDir?: string | undefined;
  /** How the log is inspected before sealing; AuditTrailService does it on a worker thread. */
  inspect?: (tenant: string) => Promise<Inspection>;
}

export async function sealAuditTrail(
  store: EventStore,
  tenant: string,
  now: string,
  actor: Actor = SYSTEM,
  options: SealOptions = {},
): Promise<SealOutcome> {
  // The genesis comes first, so the first seal vouches for it and unhashed events can never follow unnoticed.
  await ensureGenesis(store, tenant, now);
  const { report, heads, seals } = await (options.inspect ? options.inspect(tenant) : inspectAuditTrail(store, tenant, options));
  if (!report.ok) throw new AuditTrailBrokenError(report);
  const since = seals.summary.upToPosition === null ? -1n : BigInt(seals.summary.upToPosition);
  const changed = [...heads].filter(([, head]) => head.position > since);
  if (changed.length === 0) return { sealed: false, seal: seals.summary, sealedStreams: 0, position: null };

  const upTo = [...heads.values()].reduce((max, h) => (h.position > max ? h.position : max), since);
  const data: AuditTrailSealed['data'] = {
    sealedAt: now,
    upToPosition: String(upTo),
    heads: changed
      .map(([streamId, head]) => ({ streamId, revision: head.revision, hash: head.hash }))
      .sort((a, b) => (a.streamId < b.streamId ? -1 : a.streamId > b.streamId ? 1 : 0)),
    prevSealHash: seals.summary.lastSealHash ?? '',
  };
  const streamId = auditSealStreamId(tenant);
  const event: NewEvent = {
    // Two operators sealing the same state at once write one seal, not two.
    eventId: eventIdFor(tenant, `audit-seal:${data.upToPosition}`, 0),
    type: 'AuditTrailSealed',
    data,
    metadata: {
      tenant,
      actor,
      correlationId: `audit-seal-${data.upToPosition}`,
      causationId: null,
      occurredAt: now,
      schemaVersion: AUDIT_SEAL_SCHEMA_VERSION,
      ...(options.key ? { sealMac: sealMac(options.key, tenant, data) } : {}),
    },
  };
  const head = streamHeadOf(seals.events);
  const [chained] = chainEvents(streamId, head, [event]);
  if (!chained) throw new Error('chainEvents returned no event');
  const result = await store.append(streamId, [chained], head.revision < 0 ? 'no_stream' : head.revision);
  if (options.digestDir && chained.metadata.hash) {
    publishSealDigest(options.digestDir, {
      tenant,
      sealedAt: now,
      upToPosition: data.upToPosition,
      sealHash: chained.metadata.hash,
      sealMac: typeof chained.metadata.sealMac === 'string' ? chained.metadata.sealMac : '-',
    });
  }
  return {
    sealed: true,
    seal: {
      count: seals.summary.count + 1,
      lastSealedAt: now,
      lastSealHash: chained.metadata.hash ?? null,
      upToPosition: data.upToPosition,
    },
    sealedStreams: data.heads.length,
    position: String(result.position),
  };
}
