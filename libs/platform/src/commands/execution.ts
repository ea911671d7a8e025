import type { Actor, NewEvent } from '@beslutskedjan/event-store';
import type { Command, Decider, DomainEvent } from '@beslutskedjan/shared';
import { eventIdFor } from './event-ids.js';

/** Who and how: everything the edge knows about one request, besides its payload. */
export interface CommandContext {
  tenant: string;
  actor: Actor;
  now: string;
  correlationId: string;
  causationId: string | null;
  idempotencyKey?: string | undefined;
  /** From If-Match: the caller's view of the stream; a mismatch is a 409, never retried. */
  expectedRevision?: number | undefined;
}

export interface CommandResult {
  streamId: string;
  /** Revision of the stream after the command (the next If-Match). -1: the stream is still empty. */
  revision: number;
  /** Global position written; pass it as `minPosition` to read your own write. */
  position: string;
  events: Array<{ eventId: string; type: string }>;
}

export interface Execution<C extends Command, E extends DomainEvent, S> {
  streamId: string;
  decider: Decider<C, E, S>;
  command: C;
  context: CommandContext;
  schemaVersions: Readonly<Record<E['type'], number>>;
}

/** A decided event as the store will hold it: id from the idempotency key, metadata from the context. */
export function toNewEvent<E extends DomainEvent>(event: E, index: number, execution: Execution<Command, E, unknown>): NewEvent {
  const { context, schemaVersions } = execution;
  return {
    eventId: eventIdFor(context.tenant, context.idempotencyKey, index),
    type: event.type,
    data: event.data,
    metadata: {
      tenant: context.tenant,
      actor: context.actor,
      correlationId: context.correlationId,
      causationId: context.causationId,
      occurredAt: context.now,
      schemaVersion: schemaVersions[event.type as E['type']],
      ...(context.idempotencyKey ? { idempotencyKey: context.idempotencyKey } : {}),
    },
  };
}

/** Folds decided events as the store will give them back (through JSON), so the state equals a re-read's. */
export const foldDecided = <E extends DomainEvent, S>(evolve: (state: S, event: E) => S, state: S, decided: readonly E[]): S =>
  decided.reduce((s, e) => evolve(s, { type: e.type, data: JSON.parse(JSON.stringify(e.data)) as unknown } as E), state);
