import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Redis } from 'ioredis';
import { EVENT_STORE, type EventStore } from '../../../event-store/src/event-store.port.js';
import type { ProjectionRunner } from '../../../projections/src/projection-runner.js';
import { Public } from '../auth/auth.decorators.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG, PROJECTION_RUNNER } from '../persistence/tokens.js';

type Check = { status: 'up' | 'down'; detail?: string };

/** Liveness and readiness for operators: the event store, the read models and, when configured, Redis. */
@Controller('health')
@ApiTags('operations')
export class HealthController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ operationId: 'getHealth', summary: 'Health of the event store, read models and Redis' })
  async health(@Res({ passthrough: true }) response: Response) {
    const eventStore = await check(() => this.store.ping());
    const projections = this.runner.status();
    const checks: Record<string, unknown> = {
      eventStore: { ...eventStore, kind: this.store.kind },
      readModels: { status: projections.state === 'failed' ? 'down' : 'up', ...projections, position: String(projections.position) },
    };
    if (this.config.redisUrl) checks.redis = await pingRedis(this.config.redisUrl);
    const down = Object.values(checks).some((c) => (c as Check).status === 'down');
    response.status(down ? 503 : 200);
    return { status: down ? 'down' : 'up', checks };
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

async function pingRedis(url: string): Promise<Check> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 1000, enableOfflineQueue: false });
  try {
    return await check(async () => {
      await redis.connect();
      await redis.ping();
    });
  } finally {
    redis.disconnect();
  }
}
