// Type-only: the client's constants are string literals (`ANY = "any"` …), so plain literals are checked against its
// declarations without loading the client, which keeps these helpers testable anywhere.
import type { CurrentStreamState, Position, ReadPosition, StreamState } from '@kurrent/kurrentdb-client';
import { EventStoreUnavailableError } from '../errors.js';
import type { EventMetadata, ExpectedRevision, StoredEvent } from '../event.js';

/** The parts of the client's RecordedEvent the adapter relies on (structural, so tests need no server). */
export interface RecordedEventLike {
  streamId: string;
  id: string;
  type: string;
  isJson: boolean;
  revision: bigint;
  data: unknown;
  metadata: unknown;
  position?: Position;
}

export interface ResolvedEventLike {
  event?: RecordedEventLike;
  commitPosition?: bigint;
}

/** Older servers report "no position" on stream reads as the largest unsigned 64-bit value. */
const NO_POSITION = 2n ** 64n - 1n;

/** The commit position, unless the server reported "no position". */
export function knownCommit(commit: bigint | undefined): bigint | undefined {
  return commit === undefined || commit === NO_POSITION ? undefined : commit;
}

export function toStreamState(expected: ExpectedRevision): StreamState {
  if (expected === 'no_stream' || expected === 'any') return expected;
  if (!Number.isSafeInteger(expected) || expected < 0) {
    throw new RangeError(`Expected revision must be a non-negative integer, got ${String(expected)}`);
  }
  return BigInt(expected);
}

export function expectedToString(expected: ExpectedRevision): string {
  return String(expected);
}

export function toActualRevision(actual: CurrentStreamState): number | 'no_stream' {
  return actual === 'no_stream' || actual < 0n ? 'no_stream' : Number(actual);
}

/** System streams (`$…`) and system event types (`$…`, including `$>` links) are KurrentDB's own records, never ours. */
export function isSystemEvent(streamId: string, type: string): boolean {
  return streamId.startsWith('$') || type.startsWith('$');
}

/** Our `after` is exclusive; absent means everything. */
export function isAfter(position: bigint, after: bigint | undefined): boolean {
  return after === undefined || position > after;
}

/**
 * Where to start a $all read or subscription for an exclusive `after`. Our positions are commit positions;
 * for events written by ordinary appends the server places commit and prepare at the same log position, so
 * {commit: after, prepare: after} lands on (and includes) the event at `after`, which callers then drop.
 */
export function fromPositionFor(after: bigint | undefined): ReadPosition {
  return after === undefined || after <= 0n ? 'start' : { commit: after, prepare: after };
}

export function isOnOrBefore(occurredAt: string, asOf: string | undefined): boolean {
  return asOf === undefined || occurredAt <= asOf;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
}

function isEventMetadata(value: unknown): value is EventMetadata {
  return (
    isRecord(value) && typeof value.tenant === 'string' && typeof value.occurredAt === 'string' && typeof value.schemaVersion === 'number'
  );
}

export class MissingPositionError extends Error {
  override readonly name = 'MissingPositionError';
  constructor(streamId: string, revision: bigint) {
    super(`KurrentDB returned ${streamId}@${String(revision)} without a log position (KurrentDB 22.6 or later is required)`);
  }
}

/**
 * Maps a resolved event to our StoredEvent, or `undefined` when the record is not one of ours
 * (system records, links, non-JSON payloads, metadata not in our shape).
 */
export function toStoredEvent(resolved: ResolvedEventLike): StoredEvent | undefined {
  const recorded = resolved.event;
  if (!recorded || isSystemEvent(recorded.streamId, recorded.type)) return undefined;
  if (!recorded.isJson || !isEventMetadata(recorded.metadata)) return undefined;
  const commit = knownCommit(recorded.position?.commit) ?? knownCommit(resolved.commitPosition);
  if (commit === undefined) throw new MissingPositionError(recorded.streamId, recorded.revision);
  return {
    eventId: recorded.id,
    type: recorded.type,
    data: recorded.data,
    metadata: recorded.metadata,
    streamId: recorded.streamId,
    revision: Number(recorded.revision),
    position: commit,
  };
}

/** True when the stream's newest events are exactly `eventIds`, in order: the batch was already appended. */
export function endsWithEventIds(newestFirst: readonly { eventId: string }[], eventIds: readonly string[]): boolean {
  if (eventIds.length === 0 || newestFirst.length < eventIds.length) return false;
  return eventIds.every((id, i) => newestFirst[eventIds.length - 1 - i]?.eventId === id);
}

/** Anything the client throws that is not a domain outcome means the store is not usable right now. */
export function unavailable(operation: string, error: unknown): EventStoreUnavailableError {
  if (error instanceof EventStoreUnavailableError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new EventStoreUnavailableError(`KurrentDB ${operation} failed: ${reason}`, { cause: error });
}
