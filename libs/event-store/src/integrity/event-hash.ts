import { createHash } from 'node:crypto';
import type { EventMetadata, NewEvent, StoredEvent } from '../event.js';

/**
 * Tamper evidence for the log (DOMAIN.md §7). Every event carries `metadata.hash`, a SHA-256 over
 * the event as stored, and `metadata.prevHash`, the hash of the event before it in its stream
 * ('' at revision 0). The hash covers `prevHash` too, so each event vouches for its whole stream
 * history and a changed old event shows at every later one. Pure: the command executor uses it to
 * write, the audit verifier to check, and both adapters round-trip the metadata untouched.
 */
export const HASH_FIELDS = ['hash', 'prevHash'] as const;

/** What the hash covers: the event at the place the store gives it. Positions are not covered (they differ per adapter). */
export interface HashedContent {
  streamId: string;
  revision: number;
  eventId: string;
  type: string;
  data: unknown;
  metadata: EventMetadata;
}

/**
 * JSON with object keys sorted at every level, with JSON's own rules for what it holds: `toJSON`
 * (dates), `undefined` fields left out and `null` in arrays, -0 as 0. One pass: hashing runs on
 * every command, and a stringify-parse-stringify round trip was a tenth of a command's CPU.
 * The output is the bytes every stored hash was made over; the spec checks it against that form.
 */
export function canonicalJson(value: unknown): string {
  return canonical(value, true) ?? 'null';
}

function canonical(input: unknown, inArray: boolean): string | undefined {
  const value = hasToJson(input) ? input.toJSON() : input;
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return inArray ? 'null' : undefined;
  if (value === null || typeof value !== 'object' || isBoxed(value)) return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item: unknown) => canonical(item, true)).join(',')}]`;
  let out = '';
  for (const key of Object.keys(value).sort()) {
    const member = canonical((value as Record<string, unknown>)[key], false);
    if (member !== undefined) out += `${out === '' ? '' : ','}${JSON.stringify(key)}:${member}`;
  }
  return `{${out}}`;
}

const isBoxed = (value: object): boolean => value instanceof Number || value instanceof String || value instanceof Boolean;

const hasToJson = (value: unknown): value is { toJSON(): unknown } =>
  typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON === 'function';

/** The metadata the hash covers: everything but the hash fields themselves. */
export function metadataWithoutHash(metadata: EventMetadata): EventMetadata {
  const { hash: _hash, prevHash: _prevHash, ...rest } = metadata;
  return rest as EventMetadata;
}

/** SHA-256 (hex) of the event's canonical JSON, chained to `prevHash`. */
export function computeEventHash(event: HashedContent, prevHash: string): string {
  const { streamId, revision, eventId, type, data } = event;
  const content = canonicalJson({ streamId, revision, eventId, type, data, metadata: metadataWithoutHash(event.metadata), prevHash });
  return createHash('sha256').update(content, 'utf8').digest('hex');
}

/** The hash an event was stored with, or null for events written before hashing existed. */
export const storedHashOf = (event: Pick<StoredEvent, 'metadata'>): string | null =>
  typeof event.metadata.hash === 'string' ? event.metadata.hash : null;

export const storedPrevHashOf = (event: Pick<StoredEvent, 'metadata'>): string | null =>
  typeof event.metadata.prevHash === 'string' ? event.metadata.prevHash : null;

/** The stream's last event as an append sees it: its revision (-1: no stream) and hash ('' if none or unhashed). */
export interface StreamHead {
  revision: number;
  hash: string;
}

export const streamHeadOf = (stored: readonly StoredEvent[]): StreamHead => {
  const last = stored.at(-1);
  return { revision: last?.revision ?? -1, hash: last ? (storedHashOf(last) ?? '') : '' };
};

/**
 * Adds `prevHash` and `hash` to a batch about to be appended after `head`. The revisions hashed are
 * the ones the store will assign (head + 1 + i), which holds because the append expects `head`.
 */
export function chainEvents(streamId: string, head: StreamHead, events: readonly NewEvent[]): NewEvent[] {
  let prevHash = head.hash;
  return events.map((event, i) => {
    const metadata = { ...metadataWithoutHash(event.metadata), prevHash };
    const hash = computeEventHash({ ...event, streamId, revision: head.revision + 1 + i, metadata }, prevHash);
    prevHash = hash;
    return { ...event, metadata: { ...metadata, hash } };
  });
}
