import type { StoredEvent } from '../../../event-store/src/event.js';
import type { EventStore } from '../../../event-store/src/event-store.port.js';
import { computeEventHash, storedHashOf, storedPrevHashOf } from '../../../event-store/src/integrity/event-hash.js';
import { auditSealStreamId } from './audit-seal.events.js';
import { MAX_BREAKS, type AuditBreak, type AuditTrailReport, type BreakReason } from './audit-trail.report.js';
import { readSeals, type Seals } from './read-seals.js';
import { tenantEvents } from './tenant-events.js';

/** What the walk knows of one stream so far. */
interface StreamWalk {
  next: number;
  lastHash: string;
  lastPosition: bigint;
  hashedSeen: boolean;
}

/** A stream's last event as the walk found it. */
export interface WalkedHead {
  revision: number;
  hash: string;
  position: bigint;
}

export interface Inspection {
  report: AuditTrailReport;
  /** Every stream of the tenant but the seal stream. */
  heads: Map<string, WalkedHead>;
  seals: Seals;
}

/**
 * Checks the tenant's whole log through the port only (both adapters): revisions contiguous from 0,
 * every hash recomputed, every prevHash linked, and every seal's heads still in place.
 */
export async function verifyAuditTrail(store: EventStore, tenant: string): Promise<AuditTrailReport> {
  return (await inspectAuditTrail(store, tenant)).report;
}

export async function inspectAuditTrail(store: EventStore, tenant: string): Promise<Inspection> {
  const seals = await readSeals(store, tenant);
  const breaks: AuditBreak[] = [...seals.breaks];
  const streams = new Map<string, StreamWalk>();
  let checkedEvents = 0;
  let unhashed = 0;

  for await (const event of tenantEvents(store, tenant)) {
    checkedEvents++;
    const walk = streams.get(event.streamId) ?? { next: 0, lastHash: '', lastPosition: -1n, hashedSeen: false };
    const found = checkEvent(event, walk, seals);
    if (found) breaks.push({ streamId: event.streamId, revision: event.revision, position: String(event.position), ...found });
    if (storedHashOf(event) === null && !walk.hashedSeen) unhashed++;
    streams.set(event.streamId, {
      next: event.revision + 1,
      lastHash: storedHashOf(event) ?? '',
      lastPosition: event.position,
      hashedSeen: walk.hashedSeen || storedHashOf(event) !== null,
    });
  }

  for (const [streamId, byRevision] of seals.expectations) {
    for (const [revision, expectations] of byRevision) {
      const missing = expectations.find((e) => !e.met);
      if (missing) {
        breaks.push({
          streamId,
          revision,
          position: String(missing.sealPosition),
          reason: 'sealed_event_missing',
          detail: `Förseglad händelse saknas: ${streamId} revision ${revision} (borttagen ström eller avkortad)`,
        });
      }
    }
  }

  const sorted = breaks.sort((a, b) => compare(BigInt(a.position), BigInt(b.position)));
  const sealStream = auditSealStreamId(tenant);
  const heads = new Map<string, WalkedHead>();
  for (const [streamId, walk] of streams) {
    if (streamId !== sealStream) heads.set(streamId, { revision: walk.next - 1, hash: walk.lastHash, position: walk.lastPosition });
  }
  const report: AuditTrailReport = {
    tenant,
    ok: sorted.length === 0,
    checkedEvents,
    checkedStreams: streams.size,
    unhashed,
    seals: seals.summary,
    ...(sorted[0] ? { firstBreak: sorted[0] } : {}),
    breaks: sorted.slice(0, MAX_BREAKS),
    breakCount: sorted.length,
  };
  return { report, heads, seals };
}

/** At most one break per event: the first thing found wrong with it. */
function checkEvent(event: StoredEvent, walk: StreamWalk, seals: Seals): { reason: BreakReason; detail: string } | null {
  const hash = storedHashOf(event);
  const sealed = seals.expectations.get(event.streamId)?.get(event.revision) ?? [];
  for (const expectation of sealed) expectation.met = true;
  if (event.revision !== walk.next) {
    return {
      reason: 'revision_gap',
      detail:
        event.revision > walk.next
          ? `Revision ${walk.next}${event.revision - 1 > walk.next ? `–${event.revision - 1}` : ''} saknas före revision ${event.revision}`
          : `Revision ${event.revision} kommer efter revision ${walk.next - 1} (ordningen ändrad)`,
    };
  }
  if (hash === null && walk.hashedSeen) {
    return { reason: 'hash_missing', detail: 'Händelsen saknar hash men tidigare händelser i strömmen har hash' };
  }
  if (hash !== null) {
    const claimedPrev = storedPrevHashOf(event) ?? '';
    if (computeEventHash(event, claimedPrev) !== hash) {
      return { reason: 'hash_mismatch', detail: 'Händelsens innehåll stämmer inte med dess hash (ändrad händelse)' };
    }
    if (claimedPrev !== (event.revision === 0 ? '' : walk.lastHash)) {
      return { reason: 'chain_broken', detail: 'prevHash pekar inte på föregående händelse i strömmen' };
    }
  }
  // Unhashed (older) events were sealed with hash '': a hash stripped after sealing shows here.
  const changed = sealed.find((s) => s.hash !== (hash ?? ''));
  if (changed) {
    return { reason: 'sealed_hash_changed', detail: `Hashen skiljer sig från förseglingen vid position ${changed.sealPosition}` };
  }
  return null;
}

const compare = (a: bigint, b: bigint): number => (a < b ? -1 : a > b ? 1 : 0);
