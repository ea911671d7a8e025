import { type StoredEvent, type EventStore, computeEventHash, storedHashOf, storedPrevHashOf } from '@beslutskedjan/event-store';
import { auditSealStreamId } from './audit-seal.events.js';
import { MAX_BREAKS, type AuditBreak, type AuditTrailReport, type BreakReason } from './audit-trail.report.js';
import { readSeals, type Seals } from './read-seals.js';
import { tenantEvents } from './tenant-events.js';
import { genesisPosition } from './audit-genesis.js';
import { emptyVerifiedState, type VerifiedCheckpoints, type VerifiedHead, type VerifiedState } from './verified-checkpoint.js';

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

export interface VerifyOptions {
  /** The seal key: seals' MACs are checked with it (see seal-mac.ts). */
  key?: Buffer | undefined;
  /** Where verification got to: only what came after is walked, and it is advanced when the log verifies. */
  checkpoints?: VerifiedCheckpoints | undefined;
  /** Walk the whole log even with a checkpoint (an operator's explicit re-verification). */
  full?: boolean;
}

/**
 * Checks the tenant's log through the port only (both adapters): revisions contiguous from 0, every hash
 * recomputed, every prevHash linked, no unhashed event after the genesis, seals chained and keyed, every
 * seal's heads in place, and every verified but not yet sealed head still there.
 */
export async function verifyAuditTrail(store: EventStore, tenant: string, options: VerifyOptions = {}): Promise<AuditTrailReport> {
  return (await inspectAuditTrail(store, tenant, options)).report;
}

export async function inspectAuditTrail(store: EventStore, tenant: string, options: VerifyOptions = {}): Promise<Inspection> {
  const explicitFull = options.full === true || options.checkpoints === undefined;
  const loaded = options.checkpoints?.loadChecked(tenant) ?? { state: emptyVerifiedState(), forged: false };
  // A forged checkpoint vouches for nothing: the whole log is walked, and the forgery is a break of its own.
  const full = explicitFull || loaded.forged;
  const saved = loaded.state;
  const state: VerifiedState = full ? emptyVerifiedState() : { ...saved, heads: new Map(saved.heads) };
  const seals = await readSeals(store, tenant, options.key);
  state.genesis = await genesisPosition(store, tenant);
  const breaks: AuditBreak[] = [...seals.breaks];
  if (loaded.forged) {
    breaks.push({
      streamId: '',
      revision: -1,
      position: '0',
      reason: 'checkpoint_forged',
      detail: 'Verifieringens kontrollpunkt saknar giltig nyckelsignatur (ändrad utanför systemet); hela loggen har kontrollerats',
    });
  }
  const touched = new Set<string>();
  let checkedEvents = 0;
  let unhashed = 0;

  for await (const event of tenantEvents(store, tenant, full ? undefined : state.upTo)) {
    checkedEvents++;
    const walk = state.heads.get(event.streamId) ?? { revision: -1, hash: '', position: -1n, hashedSeen: false };
    const hash = storedHashOf(event);
    const found = checkEvent(event, walk, seals, state.genesis);
    if (found) breaks.push({ streamId: event.streamId, revision: event.revision, position: String(event.position), ...found });
    if (hash === null && !walk.hashedSeen && (state.genesis === null || event.position < state.genesis)) unhashed++;
    state.heads.set(event.streamId, {
      revision: event.revision,
      hash: hash ?? '',
      position: event.position,
      hashedSeen: walk.hashedSeen || hash !== null,
    });
    if (event.position > state.upTo) state.upTo = event.position;
    touched.add(event.streamId);
  }

  breaks.push(...(await checkVerifiedHeads(store, saved, state, seals, touched, full)));
  breaks.push(...unmetSeals(seals, full ? null : saved));

  const sorted = breaks.sort((a, b) => compare(BigInt(a.position), BigInt(b.position)));
  const sealStream = auditSealStreamId(tenant);
  const heads = new Map<string, WalkedHead>();
  for (const [streamId, head] of state.heads) if (streamId !== sealStream) heads.set(streamId, head);
  const report: AuditTrailReport = {
    tenant,
    ok: sorted.length === 0,
    mode: full ? 'full' : 'incremental',
    checkedEvents,
    checkedStreams: full ? state.heads.size : touched.size,
    unhashed,
    seals: seals.summary,
    sealsKeyChecked: options.key !== undefined,
    ...(sorted[0] ? { firstBreak: sorted[0] } : {}),
    breaks: sorted.slice(0, MAX_BREAKS),
    breakCount: sorted.length,
  };
  // Only a log that verifies moves the checkpoint: a break must show again on the next run.
  // An operator's full run also replaces a forged checkpoint (and reports the forgery once).
  const savable = report.ok || (explicitFull && sorted.every((b) => b.reason === 'checkpoint_forged'));
  if (savable && options.checkpoints) options.checkpoints.save(tenant, state, full ? state.heads.keys() : touched, saved.upTo, full);
  return { report, heads, seals };
}

/**
 * A verified head not covered by a seal must still be there: deleting a stream's newest events leaves no gap
 * for the walk to find. Sealed heads are the seals' to vouch for.
 */
async function checkVerifiedHeads(
  store: EventStore,
  saved: VerifiedState,
  state: VerifiedState,
  seals: Seals,
  touched: ReadonlySet<string>,
  full: boolean,
): Promise<AuditBreak[]> {
  const sealedUpTo = seals.summary.upToPosition === null ? -1n : BigInt(seals.summary.upToPosition);
  const breaks: AuditBreak[] = [];
  for (const [streamId, head] of saved.heads) {
    if (head.position <= sealedUpTo) continue;
    // A stream the walk went through from this head on has been checked link by link already.
    if (!full && touched.has(streamId)) continue;
    const now = full ? state.heads.get(streamId) : await headAt(store, streamId, head.revision);
    const at = { streamId, revision: head.revision, position: String(head.position) };
    if (!now || now.revision < head.revision) {
      breaks.push({
        ...at,
        reason: 'verified_event_missing',
        detail: `Verifierad händelse saknas: ${streamId} revision ${head.revision} (borttagen efter verifieringen)`,
      });
    } else if (now.revision === head.revision && now.hash !== head.hash) {
      breaks.push({ ...at, reason: 'verified_hash_changed', detail: 'Hashen skiljer sig från den verifierade' });
    }
  }
  return breaks;
}

async function headAt(store: EventStore, streamId: string, revision: number): Promise<VerifiedHead | undefined> {
  const [event] = await store.readStream(streamId, { fromRevision: revision, toRevision: revision });
  return event ? { revision: event.revision, hash: storedHashOf(event) ?? '', position: event.position, hashedSeen: true } : undefined;
}

/** Sealed heads the walk did not meet; in an incremental run, heads already verified before it count as met. */
function unmetSeals(seals: Seals, saved: VerifiedState | null): AuditBreak[] {
  const breaks: AuditBreak[] = [];
  for (const [streamId, byRevision] of seals.expectations) {
    const verified = saved?.heads.get(streamId);
    for (const [revision, expectations] of byRevision) {
      const missing = expectations.find(
        (e) => !e.met && !(verified && (verified.revision > revision || (verified.revision === revision && verified.hash === e.hash))),
      );
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
  return breaks;
}

/** At most one break per event: the first thing found wrong with it. */
function checkEvent(
  event: StoredEvent,
  walk: VerifiedHead,
  seals: Seals,
  genesis: bigint | null,
): { reason: BreakReason; detail: string } | null {
  const hash = storedHashOf(event);
  const sealed = seals.expectations.get(event.streamId)?.get(event.revision) ?? [];
  for (const expectation of sealed) expectation.met = true;
  const next = walk.revision + 1;
  if (event.revision !== next) {
    return {
      reason: 'revision_gap',
      detail:
        event.revision > next
          ? `Revision ${next}${event.revision - 1 > next ? `–${event.revision - 1}` : ''} saknas före revision ${event.revision}`
          : `Revision ${event.revision} kommer efter revision ${next - 1} (ordningen ändrad)`,
    };
  }
  if (hash === null && walk.hashedSeen) {
    return { reason: 'hash_missing', detail: 'Händelsen saknar hash men tidigare händelser i strömmen har hash' };
  }
  if (hash === null && genesis !== null && event.position > genesis) {
    return {
      reason: 'unhashed_after_genesis',
      detail: `Händelse utan hash efter kedjans början (position ${genesis}): inget skriver sådana längre`,
    };
  }
  if (hash !== null) {
    const claimedPrev = storedPrevHashOf(event) ?? '';
    if (computeEventHash(event, claimedPrev) !== hash) {
      return { reason: 'hash_mismatch', detail: 'Händelsens innehåll stämmer inte med dess hash (ändrad händelse)' };
    }
    if (claimedPrev !== (event.revision === 0 ? '' : walk.hash)) {
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
