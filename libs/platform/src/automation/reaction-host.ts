import { Inject, Injectable, Logger } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import type Database from 'better-sqlite3';
import { EVENT_STORE, type EventStore, Upcasters } from '@beslutskedjan/event-store';
import { type ProjectionRunner, ReactionRunner, type Reaction } from '@beslutskedjan/projections';
import { AppError } from '@beslutskedjan/shared';
import { UPCASTERS } from '../commands/command-executor.js';
import { PROJECTION_RUNNER, READ_DB } from '../persistence/tokens.js';
import { REACTION_KEY } from './reaction.decorator.js';

/** Runs every @AutomationReaction provider of the application over the event log. */
@Injectable()
export class ReactionHost {
  private readonly logger = new Logger('Reactions');
  private runner: ReactionRunner | null = null;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_DB) private readonly db: Database.Database,
    @Inject(UPCASTERS) private readonly upcasters: Upcasters,
    @Inject(PROJECTION_RUNNER) private readonly projections: ProjectionRunner,
  ) {}

  start(): void {
    const reactions = this.discovery
      .getProviders()
      .filter((w) => w.metatype && w.instance && this.reflector.get<boolean>(REACTION_KEY, w.metatype as NonNullable<typeof w.metatype>))
      .map((w) => w.instance as Reaction);
    this.runner = new ReactionRunner(this.store, this.db, reactions, this.upcasters, {
      // Reactions consult read models, so they wait until those have seen the triggering event.
      beforeReact: async (event) => {
        await this.projections.waitFor(event.position, 30_000);
      },
      isRefusal: (error) => error instanceof AppError,
      onRefused: (name, event, error) =>
        this.logger.warn(
          `${name} refused ${event.type} at ${event.position} (${event.streamId}): ${(error as AppError).code} ${error.message}`,
        ),
    });
    this.runner.start();
    if (reactions.length) this.logger.log(`Running reactions: ${reactions.map((r) => r.name).join(', ')}`);
  }

  waitFor(position: bigint, timeoutMs?: number): Promise<boolean> {
    return this.runner ? this.runner.waitFor(position, timeoutMs) : Promise.resolve(true);
  }

  async stop(): Promise<void> {
    await this.runner?.stop();
  }
}
