import type { Actor } from './identity.js';

/** What every command carries besides its payload. `now` is the only clock a decider sees. */
export interface CommandMetadata {
  now: string;
  actor: Actor;
  tenant: string;
}

export interface Command<Type extends string = string, Data = unknown> {
  type: Type;
  data: Data;
  metadata: CommandMetadata;
}

/** A domain event before the edge gives it an id and metadata. */
export interface DomainEvent<Type extends string = string, Data = unknown> {
  type: Type;
  data: Data;
}

/**
 * A pure decider (emmett style): `decide` returns the new events or throws a typed AppError;
 * `evolve` folds one event into state. Neither does I/O or reads a clock.
 */
export interface Decider<C extends Command, E extends DomainEvent, S> {
  decide(command: C, state: S): E[];
  evolve(state: S, event: E): S;
  initialState(): S;
}

/** Exhaustiveness guard for `switch` over unions. */
export const assertNever = (value: never): never => {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
};
