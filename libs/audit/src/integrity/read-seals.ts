import { type StoredEvent, type EventStore, storedHashOf } from '@beslutskedjan/event-store';
import { auditSealStreamId, type AuditTrailSealed, type SealedHead } from './audit-seal.events.js';
import type { AuditBreak, BreakReason, SealSummary } from './audit-trail.report.js';
import { sealMacMatches } from './seal-mac.js';

/** A head some seal vouches for, and where that seal is. */
export interface Expectation extends SealedHead {
  sealPosition: bigint;
  met: boolean;
}

export interface Seals {
  events: StoredEvent[];
  /** By stream, then revision. */
  expectations: Map<string, Map<number, Expectation[]>>;
  summary: SealSummary;
  breaks: AuditBreak[];
}

const isHead = (h: unknown): h is SealedHead =>
  typeof h === 'object' &&
  h !== null &&
  typeof (h as SealedHead).streamId === 'string' &&
  Number.isInteger((h as SealedHead).revision) &&
  typeof (h as SealedHead).hash === 'string';

function sealData(event: StoredEvent): AuditTrailSealed['data'] | null {
  const d = event.data as Partial<AuditTrailSealed['data']> | null;
  if (event.type !== 'AuditTrailSealed' || d === null || typeof d !== 'object') return null;
  if (typeof d.upToPosition !== 'string' || !/^\d+$/.test(d.upToPosition) || typeof d.prevSealHash !== 'string') return null;
  if (typeof d.sealedAt !== 'string' || !Array.isArray(d.heads) || !d.heads.every(isHead)) return null;
  return d as AuditTrailSealed['data'];
}

/** Reads the tenant's seals and checks that they chain; their heads become expectations for the walk. */
export async function readSeals(store: EventStore, tenant: string, key?: Buffer): Promise<Seals> {
  const streamId = auditSealStreamId(tenant);
  const events = await store.readStream(streamId);
  const expectations = new Map<string, Map<number, Expectation[]>>();
  const breaks: AuditBreak[] = [];
  let prevHash = '';
  let prevUpTo = -1n;
  let keyed = false;
  for (const event of events) {
    const data = sealData(event);
    const brk = (detail: string, reason: BreakReason = 'seal_chain_broken') =>
      breaks.push({ streamId, revision: event.revision, position: String(event.position), reason, detail });
    if (data === null) brk('Förseglingen har fel form (malformed seal)');
    else if (data.prevSealHash !== prevHash) brk('Förseglingen pekar inte på föregående försegling (prevSealHash)');
    else if (BigInt(data.upToPosition) < prevUpTo) brk('Förseglingen täcker mindre än föregående (upToPosition)');
    else if (key) {
      const mac = event.metadata.sealMac;
      // Seals from before keying are accepted until the first keyed one; after it, every seal must be keyed.
      if (mac === undefined && keyed) brk('Förseglingen saknar nyckelsignatur (sealMac) fast tidigare förseglingar har en', 'seal_unkeyed');
      else if (mac !== undefined && !sealMacMatches(key, tenant, data, mac))
        brk('Förseglingens nyckelsignatur stämmer inte (förfalskad försegling)', 'seal_forged');
      if (mac !== undefined) keyed = true;
    }
    prevHash = storedHashOf(event) ?? '';
    if (data === null) continue;
    prevUpTo = BigInt(data.upToPosition);
    for (const head of data.heads) {
      const byRevision = expectations.get(head.streamId) ?? new Map<number, Expectation[]>();
      byRevision.set(head.revision, [...(byRevision.get(head.revision) ?? []), { ...head, sealPosition: event.position, met: false }]);
      expectations.set(head.streamId, byRevision);
    }
  }
  const last = events.at(-1);
  const lastData = last ? sealData(last) : null;
  return {
    events,
    expectations,
    breaks,
    summary: {
      count: events.length,
      lastSealedAt: lastData?.sealedAt ?? null,
      lastSealHash: last ? storedHashOf(last) : null,
      upToPosition: lastData?.upToPosition ?? null,
    },
  };
}
