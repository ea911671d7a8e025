import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { EVENT_STORE, type EventStore } from '@beslutskedjan/event-store';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../persistence/tokens.js';

export interface ProbeResult {
  up: boolean;
  detail?: string;
  checkedAt: string;
}

const EVERY_MS = 1000;
const TIMEOUT_MS = 800;

/**
 * Readiness answers from what was last seen, never by waiting on a dependency: a probe that waits on a
 * slow store under load would time out and get a healthy API restarted. The checks run here, once a
 * second, each bounded by a timeout.
 */
@Injectable()
export class HealthProbes implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;
  private redis: Redis | null = null;
  private results: { eventStore: ProbeResult; redis: ProbeResult | null };

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    const unknown = { up: true, detail: 'not checked yet', checkedAt: new Date(0).toISOString() };
    this.results = { eventStore: unknown, redis: config.redisUrl ? { ...unknown } : null };
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.redisUrl) {
      this.redis = new Redis(this.config.redisUrl, {
        lazyConnect: true,
        maxRetriesPerRequest: 0,
        connectTimeout: TIMEOUT_MS,
        enableOfflineQueue: false,
      });
      this.redis.on('error', () => undefined);
    }
    await this.refresh();
    this.timer = setInterval(() => void this.refresh(), EVERY_MS);
    this.timer.unref();
  }

  get latest(): { eventStore: ProbeResult; redis: ProbeResult | null } {
    return this.results;
  }

  async refresh(): Promise<void> {
    const [eventStore, redis] = await Promise.all([probe(() => this.store.ping()), this.redis ? probe(() => this.pingRedis()) : null]);
    this.results = { eventStore, redis };
  }

  private async pingRedis(): Promise<void> {
    const redis = this.redis!;
    if (redis.status === 'wait' || redis.status === 'end') await redis.connect().catch(() => undefined);
    await redis.ping();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
    this.redis?.disconnect();
  }
}

async function probe(check: () => Promise<void>): Promise<ProbeResult> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
  });
  try {
    await Promise.race([check(), timeout]);
    return { up: true, checkedAt: new Date().toISOString() };
  } catch (error) {
    return { up: false, detail: (error as Error).message, checkedAt: new Date().toISOString() };
  } finally {
    clearTimeout(timer);
  }
}
