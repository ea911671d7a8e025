import { privateFile } from '@beslutskedjan/shared';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import Database from 'better-sqlite3';
import { Redis } from 'ioredis';
import {
  type AppConfig,
  WORKER_HEARTBEAT_EVERY_MS,
  WORKER_HEARTBEAT_FILE,
  WORKER_HEARTBEAT_KEY,
  type WorkerBeat,
  APP_CONFIG,
} from '@beslutskedjan/platform';

/** Beats older than this are pruned: a worker gone for a day is history, not a health signal. */
const FORGET_AFTER_MS = 24 * 3600_000;

/** Tells /health (in the API process) that this worker is alive: in Redis, or a shared SQLite file when embedded. */
@Injectable()
export class WorkerHeartbeat implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Heartbeat');
  private readonly id = `${hostname()}:${process.pid}`;
  private timer: NodeJS.Timeout | null = null;
  private redis: Redis | null = null;
  private db: Database.Database | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  onApplicationBootstrap(): void {
    if (this.config.redisUrl) {
      this.redis = new Redis(this.config.redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: false });
      this.redis.on('error', () => undefined);
      this.redis.on('ready', () => void this.beat());
    } else {
      this.db = new Database(privateFile(join(this.config.dataDir, WORKER_HEARTBEAT_FILE)));
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('busy_timeout = 5000');
      this.db.exec(
        'CREATE TABLE IF NOT EXISTS heartbeats (worker_id TEXT PRIMARY KEY, at TEXT NOT NULL, pid INTEGER NOT NULL, host TEXT NOT NULL, mode TEXT NOT NULL)',
      );
    }
    void this.beat();
    this.timer = setInterval(() => void this.beat(), WORKER_HEARTBEAT_EVERY_MS);
  }

  private async beat(): Promise<void> {
    const beat: WorkerBeat = {
      at: new Date().toISOString(),
      pid: process.pid,
      host: hostname(),
      mode: this.config.redisUrl ? 'bullmq' : 'embedded',
    };
    const forgetBefore = new Date(Date.now() - FORGET_AFTER_MS).toISOString();
    try {
      if (this.redis) {
        if (this.redis.status !== 'ready') return;
        await this.redis.hset(WORKER_HEARTBEAT_KEY, this.id, JSON.stringify(beat));
        const old = Object.entries(await this.redis.hgetall(WORKER_HEARTBEAT_KEY)).filter(
          ([, v]) => (JSON.parse(v) as WorkerBeat).at < forgetBefore,
        );
        if (old.length) await this.redis.hdel(WORKER_HEARTBEAT_KEY, ...old.map(([k]) => k));
      } else if (this.db) {
        this.db
          .prepare(
            'INSERT INTO heartbeats (worker_id, at, pid, host, mode) VALUES (?, ?, ?, ?, ?) ON CONFLICT (worker_id) DO UPDATE SET at = excluded.at',
          )
          .run(this.id, beat.at, beat.pid, beat.host, beat.mode);
        this.db.prepare('DELETE FROM heartbeats WHERE at < ?').run(forgetBefore);
      }
    } catch (error) {
      this.logger.warn(`Heartbeat not written: ${(error as Error).message}`);
    }
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
    this.redis?.disconnect();
    if (this.db?.open) this.db.close();
  }
}
