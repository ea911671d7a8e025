import { Inject, Injectable } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { InvalidInputError } from '../../../shared/src/errors.js';
import type { ProjectionRunner } from '../../../projections/src/projection-runner.js';
import { PROJECTION_RUNNER, READ_DB } from './tokens.js';

export class ReadModelLaggingError extends Error {
  override readonly name = 'ReadModelLaggingError';
}

/** Query side access: the read database, after optionally waiting for a command's position. */
@Injectable()
export class ReadModels {
  constructor(
    @Inject(READ_DB) readonly db: Database.Database,
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner,
  ) {}

  /** Read-your-writes: `minPosition` is the `position` a command returned. */
  async consistentWith(minPosition: string | undefined, timeoutMs = 5000): Promise<Database.Database> {
    if (minPosition === undefined || minPosition === '') return this.db;
    if (!/^\d{1,20}$/.test(minPosition)) throw new InvalidInputError([{ field: 'minPosition', message: 'must be a position returned by a command' }]);
    if (!(await this.runner.waitFor(BigInt(minPosition), timeoutMs))) {
      throw new ReadModelLaggingError(`Read models have not reached position ${minPosition} within ${timeoutMs} ms`);
    }
    return this.db;
  }
}
