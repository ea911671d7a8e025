import { Inject, Injectable } from '@nestjs/common';
import type { Actor, NewEvent } from '../../../event-store/src/event.js';
import { EVENT_STORE, type EventStore } from '../../../event-store/src/event-store.port.js';
import { WrongExpectedRevisionError } from '../../../event-store/src/errors.js';
import { chainEvents, streamHeadOf } from '../../../event-store/src/integrity/event-hash.js';
import { Upcasters } from '../../../event-store/src/upcasting.js';
import type { Command, Decider, DomainEvent } from '../../../shared/src/decider.js';
import { eventIdFor } from './event-ids.js';
import { StreamQueue } from './stream-queue.js';
import { StreamStateCache, type FoldedStream } from './stream-state-cache.js';

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

/** How often a lost race is replayed against the fresh state before the caller sees a 409. */
const MAX_ATTEMPTS = 5;

/** Streams whose folded state a process keeps (a few MB); see StreamStateCache. */
const CACHED_STREAMS = 10_000;

export const UPCASTERS = Symbol('UPCASTERS');

/**
 * The thin edge around every pure decider: load the stream, fold it, decide, append with the
 * expected revision. Concurrent writers are retried against the fresh state, so two board
 * members voting at once both count; the decider re-checks every rule on each attempt.
 * Every domain write passes here, so this is where events are hash-chained (tamper evidence).
 */
@Injectable()
export class CommandExecutor {
  private readonly folded = new StreamStateCache(CACHED_STREAMS);
  private readonly turns = new StreamQueue();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(UPCASTERS) private readonly upcasters: Upcasters,
  ) {}

  async load<E extends DomainEvent, S>(streamId: string, decider: Pick<Decider<never, E, S>, 'evolve' | 'initialState'>) {
    const { state, head } = await this.loadWithHead(streamId, decider);
    return { state, revision: head.revision };
  }

  /** The folded state and the stream's last event (revision and hash), which the next events chain onto. */
  private async loadWithHead<E extends DomainEvent, S>(
    streamId: string,
    decider: Pick<Decider<never, E, S>, 'evolve' | 'initialState'>,
  ): Promise<FoldedStream<S>> {
    const cached = this.folded.get<S>(streamId, decider.evolve);
    const after = cached?.head.revision ?? -1;
    const stored = await this.store.readStream(streamId, after < 0 ? {} : { fromRevision: after + 1 });
    if (cached && stored.length === 0) return cached;
    const state = stored.reduce((s, e) => decider.evolve(s, this.upcasters.apply(e) as unknown as E), cached?.state ?? decider.initialState());
    const folded = { state, head: stored.length > 0 ? streamHeadOf(stored) : { revision: -1, hash: '' } };
    this.folded.set(streamId, decider.evolve, folded);
    return folded;
  }

  /** What this process just appended is the next command's starting point: no re-read, no re-fold. */
  private remember<E extends DomainEvent, S>(
    streamId: string,
    decider: Pick<Decider<never, E, S>, 'evolve'>,
    before: S,
    decided: readonly E[],
    appended: readonly NewEvent[],
    nextRevision: number,
  ): void {
    const last = appended.at(-1);
    const hash = last?.metadata.hash;
    // A retried batch that was already stored reports an older revision: leave it to the next read.
    if (typeof hash !== 'string') return;
    // Folded as the store will give them back (JSON), so the state equals a re-read's.
    const state = decided.reduce((s, e) => decider.evolve(s, { type: e.type, data: JSON.parse(JSON.stringify(e.data)) as unknown } as E), before);
    this.folded.set(streamId, decider.evolve, { state, head: { revision: nextRevision, hash } });
  }

  execute<C extends Command, E extends DomainEvent, S>(execution: Execution<C, E, S>): Promise<CommandResult> {
    return this.turns.run(execution.streamId, () => this.attempt(execution));
  }

  private async attempt<C extends Command, E extends DomainEvent, S>(execution: Execution<C, E, S>): Promise<CommandResult> {
    const { streamId, decider, command, context } = execution;
    for (let attempt = 1; ; attempt++) {
      const { state, head } = await this.loadWithHead(streamId, decider);
      const revision = head.revision;
      if (context.expectedRevision !== undefined && context.expectedRevision !== revision) {
        throw new WrongExpectedRevisionError(streamId, String(context.expectedRevision), revision < 0 ? 'no_stream' : revision);
      }
      const decided = decider.decide(command, state);
      if (decided.length === 0) return { streamId, revision, position: String(await this.store.headPosition()), events: [] };
      // Hashes the raw (not upcast) head, at the revisions the append below will assign.
      const events = chainEvents(
        streamId,
        head,
        decided.map((e, i) => this.toNewEvent(e, i, execution)),
      );
      try {
        const result = await this.store.append(streamId, events, revision < 0 ? 'no_stream' : revision);
        if (result.nextExpectedRevision === revision + events.length) {
          this.remember(streamId, decider, state, decided, events, result.nextExpectedRevision);
        }
        return {
          streamId,
          revision: result.nextExpectedRevision,
          position: String(result.position),
          events: events.map((e) => ({ eventId: e.eventId, type: e.type })),
        };
      } catch (error) {
        const retry = error instanceof WrongExpectedRevisionError && context.expectedRevision === undefined && attempt < MAX_ATTEMPTS;
        if (!retry) throw error;
      }
    }
  }

  private toNewEvent<E extends DomainEvent>(event: E, index: number, execution: Execution<Command, E, unknown>): NewEvent {
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
}
