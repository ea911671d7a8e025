import { Inject, Injectable } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { InvalidInputError } from '@beslutskedjan/shared';
import type { ProjectionRunner } from '@beslutskedjan/projections';
import { PROJECTION_RUNNER, READ_DB } from './tokens.js';
import { EVENT_STORE, type EventStore } from '@beslutskedjan/event-store';

export class ReadModelLaggingError extends Error {
  override readonly name = 'ReadModelLaggingError';
}

/** Query side access: the read database, after optionally waiting for a command's position. */
@Injectable()
export class ReadModels {
  constructor(
    @Inject(READ_DB) readonly db: Database.Database,
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  /** Read-your-writes: `minPosition` is the `position` a command returned. */
  async consistentWith(minPosition: string | undefined, timeoutMs = 5000): Promise<Database.Database> {
    if (minPosition === undefined || minPosition === '') return this.db;
    if (!/^\d{1,20}$/.test(minPosition))
      throw new InvalidInputError([{ field: 'minPosition', message: 'must be a position returned by a command' }]);
    const wanted = BigInt(minPosition);
    if (this.runner.position >= wanted) return this.db;
    // A position no command has returned yet would hold the request until the timeout: refuse it at once.
    if (wanted > (await this.store.headPosition())) {
      throw new InvalidInputError([{ field: 'minPosition', message: 'is beyond the newest event; use a position a command returned' }]);
    }
    if (!(await this.runner.waitFor(wanted, timeoutMs))) {
      throw new ReadModelLaggingError(`Read models have not reached position ${minPosition} within ${timeoutMs} ms`);
    }
    return this.db;
  }
}
