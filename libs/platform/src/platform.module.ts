import { Inject, Logger, Module, type DynamicModule, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, DiscoveryModule } from '@nestjs/core';
import { ReactionHost } from './automation/reaction-host.js';
import { PEOPLE, PeopleDirectory } from '@beslutskedjan/people';
import { CqrsModule } from '@nestjs/cqrs';
import { LoggerModule } from 'nestjs-pino';
import { loggingParams } from './observability/logging.js';
import { Registry } from 'prom-client';
import { METRICS, ProcessMetrics } from './observability/process-metrics.service.js';
import { MetricsController } from './observability/metrics.controller.js';
import type Database from 'better-sqlite3';
import { EVENT_STORE, type EventStore, Upcasters, type Upcaster, SqliteEventStore } from '@beslutskedjan/event-store';
import { type Projection, ProjectionRunner } from '@beslutskedjan/projections';
import { CLOCK, systemClock } from '@beslutskedjan/shared';
import { AuthGuard, TOKEN_VERIFIER } from './auth/auth.guard.js';
import { ThrottlerModule } from '@nestjs/throttler';
import { TerminusModule } from '@nestjs/terminus';
import { IpRateLimitGuard, UserRateLimitGuard, rateLimitOptions } from './http/rate-limit.guard.js';
import { createTokenVerifier } from './auth/tokens.js';
import { CommandContextFactory } from './commands/command-context.factory.js';
import { CommandExecutor, UPCASTERS } from './commands/command-executor.js';
import { IdempotencyInterceptor } from './commands/idempotency.interceptor.js';
import type { AppConfig } from './config/app-config.js';
import { HealthController } from './health/health.controller.js';
import { HealthProbes } from './health/health-probes.js';
import { ProbesController } from './health/probes.controller.js';
import { ProblemDetailsFilter } from './http/problem-details.filter.js';
import { openEventStore } from './persistence/open-event-store.js';
import { openReadDb } from './persistence/read-db.js';
import { BackgroundCheckpoint } from './persistence/background-checkpoint.js';
import { ReadModels } from './persistence/read-models.js';
import { APP_CONFIG, PROJECTION_RUNNER, READ_DB } from './persistence/tokens.js';

export interface PlatformOptions {
  config: AppConfig;
  /** Names the read-model file, so each process keeps its own. */
  processName: string;
  projections: readonly Projection[];
  upcasters: readonly Upcaster[];
  /** Whether this process runs the reactions (one kind of process should: the API by default). */
  runReactions?: boolean;
}

const RUN_REACTIONS = Symbol('RUN_REACTIONS');

/** Lifecycle of the shared infrastructure: read models follow the log while the app runs. */
class PlatformLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Platform');
  private checkpoints: BackgroundCheckpoint | null = null;
  constructor(
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_DB) private readonly db: Database.Database,
    private readonly reactions: ReactionHost,
    @Inject(PEOPLE) private readonly people: PeopleDirectory,
    @Inject(RUN_REACTIONS) private readonly runReactions: boolean,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const files = this.store instanceof SqliteEventStore ? [this.store.database, this.db] : [this.db];
    this.checkpoints = BackgroundCheckpoint.start(files, 1000, (message) => this.logger.warn(message));
    await this.runner.start();
    if (this.runReactions) this.reactions.start();
    this.logger.log(`Event store: ${this.store.kind}; read models live at position ${this.runner.position}`);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.reactions.stop();
    await this.runner.stop();
    await this.checkpoints?.stop();
    await this.store.close();
    if (this.db.open) this.db.close();
    this.people.close();
  }
}

/** Config, event store, read models, auth, errors and idempotency: everything at the edge, once. */
@Module({})
export class PlatformModule {
  static forRoot(options: PlatformOptions): DynamicModule {
    const { config } = options;
    return {
      module: PlatformModule,
      global: true,
      imports: [
        CqrsModule.forRoot(),
        DiscoveryModule,
        ThrottlerModule.forRoot(rateLimitOptions(config)),
        TerminusModule,
        LoggerModule.forRoot(
          loggingParams({ level: config.logLevel, processName: options.processName, pretty: process.stdout.isTTY === true }),
        ),
      ],
      controllers: [HealthController, ProbesController, MetricsController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: CLOCK, useValue: systemClock },
        { provide: EVENT_STORE, useFactory: () => openEventStore(config) },
        { provide: READ_DB, useFactory: () => openReadDb(config.dataDir, options.processName) },
        { provide: UPCASTERS, useValue: new Upcasters(options.upcasters) },
        { provide: PEOPLE, useFactory: () => PeopleDirectory.open(config.dataDir) },
        {
          provide: PROJECTION_RUNNER,
          inject: [EVENT_STORE, READ_DB, UPCASTERS],
          useFactory: (store: EventStore, db: Database.Database, upcasters: Upcasters) =>
            new ProjectionRunner(store, db, options.projections, upcasters),
        },
        { provide: TOKEN_VERIFIER, useValue: createTokenVerifier(config.auth) },
        // In this order: the IP limit before authentication, the user's limit after it.
        { provide: APP_GUARD, useClass: IpRateLimitGuard },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_GUARD, useClass: UserRateLimitGuard },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
        { provide: RUN_REACTIONS, useValue: options.runReactions ?? false },
        { provide: METRICS, useFactory: () => new Registry() },
        ProcessMetrics,
        ReactionHost,
        HealthProbes,
        PlatformLifecycle,
        CommandExecutor,
        CommandContextFactory,
        ReadModels,
      ],
      exports: [
        METRICS,
        PEOPLE,
        ReactionHost,
        APP_CONFIG,
        CLOCK,
        EVENT_STORE,
        READ_DB,
        UPCASTERS,
        PROJECTION_RUNNER,
        CommandExecutor,
        CommandContextFactory,
        ReadModels,
        CqrsModule,
      ],
    };
  }
}
