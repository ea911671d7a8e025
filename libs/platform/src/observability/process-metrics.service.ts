import { createServer, type Server } from 'node:http';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { EVENT_STORE, type EventStore, SqliteEventStore } from '@beslutskedjan/event-store';
import type { ProjectionRunner } from '@beslutskedjan/projections';
import { CommandExecutor } from '../commands/command-executor.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG, PROJECTION_RUNNER } from '../persistence/tokens.js';

/** This process's metrics registry; libs add their own families to it (e.g. the reminder queue). */
export const METRICS = Symbol('METRICS');
const PREFIX = 'beslutskedjan_';
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

/**
 * The Prometheus families of a process: HTTP per operation, commands, appends and group-commit
 * sizes, projection lag per projection, and Node's own (event-loop delay, heap, GC). The
 * instruments are observers on the store, runner and executor, so nothing there knows prom-client.
 */
@Injectable()
export class ProcessMetrics implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Metrics');
  private server: Server | null = null;

  constructor(
    @Inject(METRICS) private readonly registry: Registry,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly executor: CommandExecutor,
    private readonly adapterHost: HttpAdapterHost,
  ) {
    collectDefaultMetrics({ register: registry, prefix: PREFIX, eventLoopMonitoringPrecision: 10 });
    this.observeCommands();
    this.observeStore();
    this.observeProjections();
  }

  /** The HTTP adapter exists only once the application is created, after the providers. */
  onModuleInit(): void {
    this.observeHttp();
  }

  private observeHttp(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify?.addHook) return;
    const duration = new Histogram({
      name: `${PREFIX}http_request_duration_seconds`,
      help: 'HTTP requests by operation (method and route template) and status: count gives the rate, buckets the latency',
      labelNames: ['method', 'route', 'status'],
      buckets: LATENCY_BUCKETS,
      registers: [this.registry],
    });
    fastify.addHook('onResponse', (request, reply, done) => {
      const route = request.routeOptions.url ?? 'unmatched';
      duration.observe({ method: request.method, route, status: String(reply.statusCode) }, reply.elapsedTime / 1000);
      done();
    });
  }

  private observeCommands(): void {
    const commands = new Histogram({
      name: `${PREFIX}command_duration_seconds`,
      help: 'Commands by type and outcome (ok, rule, conflict, invalid, forbidden, not_found, error)',
      labelNames: ['command', 'outcome'],
      buckets: LATENCY_BUCKETS,
      registers: [this.registry],
    });
    this.executor.observeCommands((command, outcome, seconds) => commands.observe({ command, outcome }, seconds));
  }

  private observeStore(): void {
    if (!(this.store instanceof SqliteEventStore)) return;
    const commits = new Histogram({
      name: `${PREFIX}event_store_group_commit_appends`,
      help: 'Appends carried by one group commit (one transaction, one fsync)',
      buckets: [1, 2, 4, 8, 16, 32, 64, 128],
      registers: [this.registry],
    });
    const appends = new Counter({ name: `${PREFIX}event_store_appends_total`, help: 'Appends committed', registers: [this.registry] });
    const events = new Counter({
      name: `${PREFIX}event_store_events_appended_total`,
      help: 'Events in committed appends',
      registers: [this.registry],
    });
    const commitSeconds = new Histogram({
      name: `${PREFIX}event_store_commit_seconds`,
      help: 'Time one group commit held the event loop',
      buckets: LATENCY_BUCKETS,
      registers: [this.registry],
    });
    this.store.observeGroupCommits((n, e, seconds) => {
      commits.observe(n);
      appends.inc(n);
      events.inc(e);
      commitSeconds.observe(seconds);
    });
  }

  private observeProjections(): void {
    const { store, runner } = this;
    const batches = new Histogram({
      name: `${PREFIX}projection_batch_seconds`,
      help: 'Time one projection batch (all read models, one transaction) held the event loop',
      buckets: LATENCY_BUCKETS,
      registers: [this.registry],
    });
    runner.observeBatches((_events, seconds) => batches.observe(seconds));
    new Gauge({
      name: `${PREFIX}projection_lag_events`,
      help: "How far each projection's checkpoint is behind the head of the log (global positions)",
      labelNames: ['projection'],
      registers: [this.registry],
      async collect() {
        const head = await store.headPosition();
        this.reset();
        for (const p of runner.status().projections) this.set({ projection: p.name }, Number(head - BigInt(p.position)));
      },
    });
  }

  /** METRICS_PORT: a plain listener of its own, for the worker (no HTTP API) and for scrapers kept off the API's port. */
  onApplicationBootstrap(): Promise<void> | void {
    const port = this.config.metricsPort;
    if (port === undefined) return;
    this.server = createServer((req, res) => {
      if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== '/metrics') return void res.writeHead(404).end();
      this.registry.metrics().then(
        (text) => res.writeHead(200, { 'content-type': this.registry.contentType }).end(text),
        (error: unknown) => res.writeHead(500).end(String(error)),
      );
    });
    return new Promise((resolve) =>
      this.server!.listen(port, this.config.host, () => {
        this.logger.log(`Metrics on http://${this.config.host}:${port}/metrics`);
        resolve();
      }),
    );
  }

  get port(): number | null {
    const address = this.server?.address();
    return typeof address === 'object' && address ? address.port : null;
  }

  async onApplicationShutdown(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
