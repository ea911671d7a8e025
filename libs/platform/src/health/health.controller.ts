import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Redis } from 'ioredis';
import { EVENT_STORE, type EventStore } from '@beslutskedjan/event-store';
import type { ProjectionRunner } from '@beslutskedjan/projections';
import { Public } from '../auth/auth.decorators.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG, PROJECTION_RUNNER } from '../persistence/tokens.js';

/** What the health route needs of the response, on any HTTP platform. */
interface StatusSettable {
  status(code: number): unknown;
}

type Check = { status: 'up' | 'down' | 'stale' | 'unknown'; detail?: string };

/** Each worker process writes `{ at, pid, host, mode }` every 10 s: a field (`host:pid`) of this Redis hash … */
export const WORKER_HEARTBEAT_KEY = 'beslutskedjan:worker-heartbeats';
/** … or, without Redis, a row in this shared SQLite file in DATA_DIR. */
export const WORKER_HEARTBEAT_FILE = 'worker-heartbeat.sqlite';
export const WORKER_HEARTBEAT_EVERY_MS = 10_000;
/** A heartbeat older than this means the worker is not running. */
export const WORKER_HEARTBEAT_STALE_MS = 60_000;

export interface WorkerBeat {
  at: string;
  pid: number;
  host: string;
  mode: 'bullmq' | 'embedded';
}

/** Liveness and readiness for operators: the event store, the read models and, when configured, Redis. */
@Controller('health')
@ApiTags('operations')
@SkipThrottle({ default: true, ip: true })
export class HealthController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ operationId: 'getHealth', summary: 'Health of the event store, read models and Redis' })
  async health(@Res({ passthrough: true }) response: StatusSettable) {
    const eventStore = await check(() => this.store.ping());
    const projections = this.runner.status();
    const checks: Record<string, unknown> = {
      eventStore: { ...eventStore, kind: this.store.kind },
      readModels: { status: projections.state === 'failed' ? 'down' : 'up', ...projections, position: String(projections.position) },
    };
    if (this.config.redisUrl) {
      const { redis, beats } = await pingRedis(this.config.redisUrl);
      checks.redis = redis;
      checks.worker = workerCheck(beats);
    } else {
      checks.worker = workerCheck(readSqliteBeats(this.config.dataDir));
    }
    // Only the event store and the read models make the API unable to serve. Redis down or a stale worker
    // degrades it (reminders wait); an orchestrator must not restart a healthy API for that.
    const down = [eventStore.status, (checks.readModels as Check).status].includes('down');
    const degraded = Object.values(checks).some((c) => ['down', 'stale'].includes((c as Check).status));
    response.status(down ? 503 : 200);
    return { status: down ? 'down' : degraded ? 'degraded' : 'up', checks };
  }
}

/** The freshest heartbeat's age; `unknown` when no worker has ever beaten (e.g. an API-only test). */
function workerCheck(beats: WorkerBeat[]): Check & Record<string, unknown> {
  const latest = beats.reduce<WorkerBeat | null>((a, b) => (a === null || b.at > a.at ? b : a), null);
  if (latest === null) return { status: 'unknown', detail: 'no worker heartbeat yet' };
  // The wall clock, not the domain clock: this is about processes being alive.
  const ageSeconds = Math.max(0, Math.round((Date.now() - Date.parse(latest.at)) / 1000));
  const live = beats.filter((b) => Date.now() - Date.parse(b.at) <= WORKER_HEARTBEAT_STALE_MS).length;
  return {
    status: ageSeconds * 1000 <= WORKER_HEARTBEAT_STALE_MS ? 'up' : 'stale',
    mode: latest.mode,
    lastBeatAt: latest.at,
    ageSeconds,
    workers: live,
  };
}

function readSqliteBeats(dataDir: string): WorkerBeat[] {
  const file = join(dataDir, WORKER_HEARTBEAT_FILE);
  if (!existsSync(file)) return [];
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    return db.prepare<[], WorkerBeat>('SELECT at, pid, host, mode FROM heartbeats').all();
  } catch {
    return [];
  } finally {
    db?.close();
  }
}

async function check(probe: () => Promise<void>): Promise<Check> {
  try {
    await probe();
    return { status: 'up' };
  } catch (error) {
    return { status: 'down', detail: (error as Error).message };
  }
}

async function pingRedis(url: string): Promise<{ redis: Check; beats: WorkerBeat[] }> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 1000, enableOfflineQueue: false });
  redis.on('error', () => undefined);
  const beats: WorkerBeat[] = [];
  try {
    const result = await check(async () => {
      await redis.connect();
      await redis.ping();
    });
    if (result.status === 'up') {
      try {
        for (const value of Object.values(await redis.hgetall(WORKER_HEARTBEAT_KEY))) beats.push(JSON.parse(value) as WorkerBeat);
      } catch {
        // Heartbeats are informative; a failure here is reported as "unknown".
      }
    }
    return { redis: result, beats };
  } finally {
    redis.disconnect();
  }
}
