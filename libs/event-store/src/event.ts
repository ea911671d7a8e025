import type { Actor } from '@beslutskedjan/shared';

// Who caused a fact: defined in shared, where a command's metadata names it too (shared needs nothing of the store).
export type { Actor };

/** Metadata carried by every event, whatever the adapter. */
export interface EventMetadata {
  tenant: string;
  actor: Actor;
  correlationId: string;
  causationId: string | null;
  /** When the fact happened (ISO 8601), taken from the command's `now`, never from the store's clock. */
  occurredAt: string;
  /** Version of the event type's payload shape; upcasters lift older versions. */
  schemaVersion: number;
  /** Tamper evidence (integrity/event-hash.ts): SHA-256 of this event; absent on events written before hashing existed. */
  hash?: string;
  /** The hash of the previous event in the stream; '' at revision 0. */
  prevHash?: string;
  /** Free-form extras (e.g. the idempotency key) that adapters must round-trip untouched. */
  [extra: string]: unknown;
}

export interface NewEvent<Type extends string = string, Data = unknown> {
  /** Globally unique; appending the same id twice to a stream appends nothing the second time. */
  eventId: string;
  type: Type;
  data: Data;
  metadata: EventMetadata;
}

export interface StoredEvent<Type extends string = string, Data = unknown> extends NewEvent<Type, Data> {
  streamId: string;
  /** 0-based revision within the stream. */
  revision: number;
  /** Position in the store's global commit order; strictly increasing, not necessarily dense. */
  position: bigint;
}

/** `no_stream`: the stream must not exist; `any`: no check; a number: the stream's last revision. */
export type ExpectedRevision = 'no_stream' | 'any' | number;

export interface AppendResult {
  /** Revision of the last event now in the stream. */
  nextExpectedRevision: number;
  /** Global position of the last event written (or of the already stored duplicate). */
  position: bigint;
}
