import 'reflect-metadata';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Module, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from '../apps/api/src/app.module.js';
import { configureHttp } from '../apps/api/src/configure-http.js';
import { createHttpAdapter } from '../apps/api/src/http-platform.js';
import { EVENT_STORE, type EventStore } from '@beslutskedjan/event-store';
import { loadConfig, type AppConfig, PROJECTION_RUNNER } from '@beslutskedjan/platform';
import type { ProjectionRunner } from '@beslutskedjan/projections';
import { BareModule } from './bare.controller.js';
import { percentile, round } from './support/stats.js';

/**
 * The API under test, in its own process (autocannon runs in the parent, so client and server do
 * not share an event loop): the real AppModule plus the bare baseline route, on 127.0.0.1 and an
 * ephemeral port. Protocol over IPC: → {type:'ready', port}; ← 'reset' → {type:'reset'} (start of a
 * slice); ← 'stats' → ServerSliceStats (end of a slice); ← 'stop' → {type:'stopped', …}.
 * The only instrumentation: timers around the store's append and the projection runner's batch
 * apply, and Node's event-loop delay histogram.
 */
@Module({})
class BenchApiModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: BenchApiModule, imports: [AppModule.forRoot(config), BareModule] };
  }
}

export interface ServerReady {
  type: 'ready';
  port: number;
  /** The plain node:http baseline in the same process: read the body, parse it, answer 201 `{"ok":true}`. */
  nodePort: number;
}

/**
 * The physical limit of the HTTP rows: no framework, only what any route must do (read and parse
 * the JSON body, write a JSON answer). Same process and event loop as the API, idle while the API is measured.
 */
function plainNodeServer(): Promise<Server> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      try {
        JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null');
      } catch {
        res.writeHead(400).end();
        return;
      }
      const body = '{"ok":true}';
      res.writeHead(201, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) }).end(body);
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Server-side view of one slice: how long appends held the event loop, and how late the loop ran. */
export interface ServerSliceStats {
  type: 'stats';
  appends: number;
  appendP50Ms: number;
  appendP99Ms: number;
  appendMaxMs: number;
  /** The live projection runner's batches in this process (events applied in one synchronous transaction). */
  projectionBatches: number;
  projectionBatchP99Ms: number;
  projectionBatchMaxMs: number;
  projectionBatchMaxEvents: number;
  loopDelayP50Ms: number;
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
  /** The slice in seconds of this process's uptime, i.e. from the start of a `--cpu-prof` profile (profile-summary --from/--to). */
  fromS: number;
  toS: number;
}

export interface ServerStopped {
  type: 'stopped';
  headPosition: string;
  readModelPosition: string;
  peakRssMiB: number;
}

async function main(): Promise<void> {
  const [dataDir, secret] = process.argv.slice(2);
  if (!dataDir || !secret) throw new Error('usage: http-server.js <DATA_DIR> <TOKEN_SECRET>');
  // BENCH_SERVER_ENV: settings a measurement needs (e.g. the mixed load's rate limits), as JSON.
  const extraEnv = JSON.parse(process.env.BENCH_SERVER_ENV ?? '{}') as Record<string, string>;
  const config = loadConfig({ DATA_DIR: dataDir, TOKEN_SECRET: secret, SEED_DEMO: 'true', PORT: '0', ...extraEnv });
  const app = await NestFactory.create<NestFastifyApplication>(BenchApiModule.forRoot(config), createHttpAdapter(), {
    logger: ['error', 'warn'],
  });
  configureHttp(app);
  await app.listen(0, '127.0.0.1');
  const port = (app.getHttpServer().address() as AddressInfo).port;
  const plain = await plainNodeServer();
  const nodePort = (plain.address() as AddressInfo).port;
  const store = app.get<EventStore>(EVENT_STORE);
  let appendMs: number[] = [];
  const append = store.append.bind(store);
  store.append = async (...args) => {
    const t0 = performance.now();
    try {
      return await append(...args);
    } finally {
      appendMs.push(performance.now() - t0);
    }
  };
  // applyBatch is private to the runner; the bench wraps the instance's method to time it, nothing else.
  const runner = app.get<ProjectionRunner>(PROJECTION_RUNNER) as unknown as { applyBatch(batch: readonly unknown[]): void };
  let batches: Array<{ ms: number; events: number }> = [];
  const applyBatch = runner.applyBatch.bind(runner);
  runner.applyBatch = (batch) => {
    const t0 = performance.now();
    try {
      applyBatch(batch);
    } finally {
      batches.push({ ms: performance.now() - t0, events: batch.length });
    }
  };
  const loop = monitorEventLoopDelay({ resolution: 1 });
  loop.enable();
  const ms = (ns: number) => Math.round(ns / 1e4) / 100;
  let sliceStart = process.uptime();
  process.send?.({ type: 'ready', port, nodePort } satisfies ServerReady);
  process.on('message', (message) => {
    if (message === 'reset') {
      appendMs = [];
      batches = [];
      loop.reset();
      sliceStart = process.uptime();
      process.send?.({ type: 'reset' });
      return;
    }
    if (message === 'stats') {
      const stats: ServerSliceStats = {
        type: 'stats',
        appends: appendMs.length,
        appendP50Ms: round(percentile(appendMs, 50), 3),
        appendP99Ms: round(percentile(appendMs, 99), 3),
        appendMaxMs: round(appendMs.length ? Math.max(...appendMs) : Number.NaN, 3),
        projectionBatches: batches.length,
        projectionBatchP99Ms: round(
          percentile(
            batches.map((b) => b.ms),
            99,
          ),
          3,
        ),
        projectionBatchMaxMs: round(batches.length ? Math.max(...batches.map((b) => b.ms)) : Number.NaN, 3),
        projectionBatchMaxEvents: batches.length ? Math.max(...batches.map((b) => b.events)) : 0,
        loopDelayP50Ms: ms(loop.percentile(50)),
        loopDelayP99Ms: ms(loop.percentile(99)),
        loopDelayMaxMs: ms(loop.max),
        fromS: round(sliceStart, 2),
        toS: round(process.uptime(), 2),
      };
      process.send?.(stats);
      return;
    }
    if (message !== 'stop') return;
    void (async () => {
      const runner = app.get<ProjectionRunner>(PROJECTION_RUNNER);
      const head = await store.headPosition();
      await runner.waitFor(head, 30_000);
      const stopped: ServerStopped = {
        type: 'stopped',
        headPosition: String(head),
        readModelPosition: String(runner.position),
        peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
      };
      await app.close();
      plain.close();
      process.send?.(stopped, () => process.exit(0));
    })();
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
