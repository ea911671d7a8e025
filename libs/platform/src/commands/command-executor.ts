import { Inject, Injectable } from '@nestjs/common';
import {
  type NewEvent,
  genesisBefore,
  EVENT_STORE,
  type EventStore,
  WrongExpectedRevisionError,
  chainEvents,
  streamHeadOf,
  type StreamHead,
  Upcasters,
} from '@beslutskedjan/event-store';
import { rememberWrite, traced, type Command, type Decider, type DomainEvent } from '@beslutskedjan/shared';
import { foldDecided, toNewEvent, type CommandResult, type Execution } from './execution.js';
import { StreamBatches, type Pending } from './stream-batches.js';
import { StreamStateCache, type FoldedStream } from './stream-state-cache.js';

export type { CommandContext, CommandResult, Execution } from './execution.js';

/** How often a lost race is replayed against the fresh state before the caller sees a 409. */
const MAX_ATTEMPTS = 5;

/** Streams whose folded state a process keeps (a few MB); see StreamStateCache. */
const CACHED_STREAMS = 10_000;

/** Commands on one stream decided together and written in one append; see StreamBatches. */
const MAX_BATCH = 100;

export const UPCASTERS = Symbol('UPCASTERS');

type AnyExecution = Execution<Command, DomainEvent, unknown>;
type Queued = Pending<AnyExecution, CommandResult>;

/**
 * The thin edge around every pure decider: load the stream, fold it, decide, append with the
 * expected revision. Concurrent writers are retried against the fresh state, so two board
 * members voting at once both count; the decider re-checks every rule on each attempt.
 * Every domain write passes here, so this is where events are hash-chained (tamper evidence).
 */
@Injectable()
export class CommandExecutor {
  private readonly folded = new StreamStateCache(CACHED_STREAMS);
  private observer: ((command: string, outcome: string, seconds: number) => void) | null = null;
  private readonly batches = new StreamBatches<AnyExecution, CommandResult>((streamId, batch) => this.handle(streamId, batch), MAX_BATCH);

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(UPCASTERS) private readonly upcasters: Upcasters,
  ) {}

  async load<E extends DomainEvent, S>(streamId: string, decider: Pick<Decider<never, E, S>, 'evolve' | 'initialState'>) {
    const { state, head } = await this.loadWithHead(streamId, decider);
    return { state, revision: head.revision };
  }

  execute<C extends Command, E extends DomainEvent, S>(execution: Execution<C, E, S>): Promise<CommandResult> {
    const command = execution.command.type;
    const started = performance.now();
    const result = traced(
      `command ${command}`,
      { 'beslutskedjan.command': command, 'beslutskedjan.tenant': execution.context.tenant },
      () => this.batches.submit(execution.streamId, execution as unknown as AnyExecution),
    );
    // A side chain: the caller gets the batch's own promise (same timing as without metrics).
    if (this.observer) {
      const observe = this.observer;
      const seconds = () => (performance.now() - started) / 1000;
      result.then(
        () => observe(command, 'ok', seconds()),
        (error: unknown) => observe(command, outcomeOf(error), seconds()),
      );
    }
    return result;
  }

  /** One observer of finished commands (metrics): the command type, its outcome and its time. */
  observeCommands(observer: (command: string, outcome: string, seconds: number) => void): void {
    this.observer = observer;
  }

  /** Every append of a command, in a span; the event ids let the projection batch that applies them join the trace. */
  private append(streamId: string, events: readonly NewEvent[], expected: number | 'no_stream') {
    return traced('event-store append', { 'beslutskedjan.stream': streamId, 'beslutskedjan.events': events.length }, async () => {
      // The tenant's chain has its genesis before its first hashed event (remembered: one read per tenant).
      await genesisBefore(this.store, streamId, events);
      rememberWrite(events.map((e) => e.eventId));
      return this.store.append(streamId, events, expected);
    });
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
    const state = stored.reduce(
      (s, e) => decider.evolve(s, this.upcasters.apply(e) as unknown as E),
      cached?.state ?? decider.initialState(),
    );
    const folded = { state, head: stored.length > 0 ? streamHeadOf(stored) : { revision: -1, hash: '' } };
    this.folded.set(streamId, decider.evolve, folded);
    return folded;
  }

  private async handle(streamId: string, batch: Queued[]): Promise<void> {
    const evolve = batch[0]?.item.decider.evolve;
    const together = batch.length > 1 && batch.every((p) => p.item.decider.evolve === evolve);
    if (together && (await this.attemptTogether(streamId, batch))) return;
    for (const p of batch) await settle(p, () => this.attempt(p.item));
  }

  /** One command alone, retried against the fresh state when another writer got there first. */
  private async attempt(execution: AnyExecution): Promise<CommandResult> {
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
        decided.map((e, i) => toNewEvent(e, i, execution)),
      );
      try {
        const result = await this.append(streamId, events, revision < 0 ? 'no_stream' : revision);
        if (result.nextExpectedRevision === revision + events.length) {
          // What this process just appended is the next command's starting point: no re-read, no re-fold.
          this.folded.set(streamId, decider.evolve, {
            state: foldDecided(decider.evolve, state, decided),
            head: headAfter(events, revision),
          });
        }
        return { streamId, revision: result.nextExpectedRevision, position: String(result.position), events: events.map(summary) };
      } catch (error) {
        const retry = error instanceof WrongExpectedRevisionError && context.expectedRevision === undefined && attempt < MAX_ATTEMPTS;
        if (!retry) throw error;
      }
    }
  }

  /**
   * Several commands queued on one stream: each is decided in turn against the state its
   * predecessors leave, and all their events go out in one append. Answers false, having settled
   * nothing, when that append fails (a writer in another process, a retried request's events
   * already stored): the caller then runs them one by one, each with its own retries.
   */
  private async attemptTogether(streamId: string, batch: Queued[]): Promise<boolean> {
    const decider = batch[0]!.item.decider;
    const loaded = await this.loadWithHead(streamId, decider);
    let { state, head } = loaded;
    const outcomes: Array<{ p: Queued; events: NewEvent[]; revision: number } | { p: Queued; error: unknown }> = [];
    for (const p of batch) {
      const { command, context } = p.item;
      try {
        if (context.expectedRevision !== undefined && context.expectedRevision !== head.revision) {
          throw new WrongExpectedRevisionError(streamId, String(context.expectedRevision), head.revision < 0 ? 'no_stream' : head.revision);
        }
        // Same fold (checked by the caller), but each command keeps its own decide.
        const decided = p.item.decider.decide(command, state);
        const events = chainEvents(
          streamId,
          head,
          decided.map((e, i) => toNewEvent(e, i, p.item)),
        );
        state = foldDecided(decider.evolve, state, decided);
        head = headAfter(events, head.revision, head);
        outcomes.push({ p, events, revision: head.revision });
      } catch (error) {
        outcomes.push({ p, error });
      }
    }
    const all = outcomes.flatMap((o) => ('events' in o ? o.events : []));
    let position: string;
    try {
      if (all.length === 0) position = String(await this.store.headPosition());
      else {
        const result = await this.append(streamId, all, loaded.head.revision < 0 ? 'no_stream' : loaded.head.revision);
        // Fewer revisions than events: some were stored already (retried requests); let each find its own.
        if (result.nextExpectedRevision !== head.revision) return false;
        position = String(result.position);
      }
    } catch {
      return false;
    }
    if (all.length > 0) this.folded.set(streamId, decider.evolve, { state, head });
    for (const o of outcomes) {
      if ('error' in o) o.p.reject(o.error);
      else o.p.resolve({ streamId, revision: o.revision, position, events: o.events.map(summary) });
    }
    return true;
  }
}

/** The outcome label of a failed command: the error's kind (rule, conflict, invalid, …) or `error`. */
function outcomeOf(error: unknown): string {
  if (error instanceof WrongExpectedRevisionError) return 'conflict';
  const kind = (error as { kind?: unknown } | null)?.kind;
  return typeof kind === 'string' ? kind : 'error';
}

const summary = (e: NewEvent) => ({ eventId: e.eventId, type: e.type });

/** The stream's head once `events` follow `revision`; unchanged when there are none. */
function headAfter(events: readonly NewEvent[], revision: number, unchanged: StreamHead = { revision, hash: '' }): StreamHead {
  const hash = events.at(-1)?.metadata.hash;
  return typeof hash === 'string' ? { revision: revision + events.length, hash } : unchanged;
}

async function settle<T>(p: Pending<unknown, T>, run: () => Promise<T>): Promise<void> {
  try {
    p.resolve(await run());
  } catch (error) {
    p.reject(error);
  }
}
