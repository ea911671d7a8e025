import { Controller, Get, HttpException, Inject, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import type { FastifyInstance } from 'fastify';
import type { ProjectionRunner } from '@beslutskedjan/projections';
import { Public } from '../auth/auth.decorators.js';
import { PROJECTION_RUNNER } from '../persistence/tokens.js';
import { HealthProbes } from './health-probes.js';

/** A readiness answer is reused this long: probes change once a second, so asking more often adds nothing. */
const READY_REUSE_MS = 100;

interface Answer {
  status: number;
  body: unknown;
  at: number;
}

/**
 * For orchestrators: liveness and readiness, answered at once from the probes' last results.
 *
 * Fastify answers both before Nest's pipeline (guards, throttler, interceptors): a probe must not queue
 * behind the work that makes the API busy, or an orchestrator restarts a healthy API under load. The
 * routes below stay for the API description and for any HTTP platform without the shortcut.
 */
@Controller('health')
@ApiTags('operations')
@Public()
@SkipThrottle({ default: true, ip: true })
export class ProbesController implements OnModuleInit {
  private readyAnswer: Promise<Answer> | null = null;
  private liveAnswer: Promise<Answer> | null = null;

  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly probes: HealthProbes,
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify?.addHook) return;
    // preHandler: after Fastify's own hooks (security headers, correlation id), before Nest's route handler.
    fastify.addHook('preHandler', (request, reply, done) => {
      const url = request.routeOptions.url;
      if (request.method !== 'GET' || (url !== '/health/ready' && url !== '/health/live')) return done();
      void (url === '/health/ready' ? this.cachedReady() : this.cachedLive()).then(
        (answer) => void reply.code(answer.status).header('cache-control', 'no-store').send(answer.body),
        (error: unknown) => done(error as Error),
      );
    });
  }

  @Get('live')
  @HealthCheck()
  @ApiOperation({ operationId: 'getLiveness', summary: 'Answers while the process runs (restart it when this fails)' })
  live() {
    return this.health.check([]);
  }

  @Get('ready')
  @HealthCheck()
  @ApiOperation({
    operationId: 'getReadiness',
    summary: 'Answers 200 while the API can serve commands; Redis down is reported as degraded (only reminders wait)',
  })
  ready() {
    const { eventStore, redis } = this.probes.latest;
    const state = this.runner.status().state;
    return this.health.check([
      () => {
        const check = this.indicators.check('eventStore');
        return eventStore.up ? check.up({ checkedAt: eventStore.checkedAt }) : check.down({ detail: eventStore.detail ?? 'unavailable' });
      },
      () => {
        const check = this.indicators.check('readModels');
        return state === 'failed' ? check.down({ state }) : check.up({ state });
      },
      ...(redis
        ? [
            () => {
              const check = this.indicators.check('redis');
              return redis.up
                ? check.up({ checkedAt: redis.checkedAt })
                : check.degraded({ detail: redis.detail ?? 'unavailable', affects: 'reminders' });
            },
          ]
        : []),
    ]);
  }

  /** The same answer as `ready()`, made at most once per READY_REUSE_MS however many probes ask. */
  private cachedReady(): Promise<Answer> {
    const now = performance.now();
    if (!this.readyAnswer) return (this.readyAnswer = answer(() => this.ready(), now));
    return this.readyAnswer.then((last) => {
      if (now - last.at <= READY_REUSE_MS) return last;
      this.readyAnswer = answer(() => this.ready(), now);
      return this.readyAnswer;
    });
  }

  private cachedLive(): Promise<Answer> {
    return (this.liveAnswer ??= answer(() => this.live(), 0));
  }
}

/** Terminus answers 200 with the result, or throws a 503 whose response is the same shape. */
async function answer(check: () => Promise<unknown>, at: number): Promise<Answer> {
  try {
    return { status: 200, body: await check(), at };
  } catch (error) {
    if (error instanceof HttpException) return { status: error.getStatus(), body: error.getResponse(), at };
    throw error;
  }
}
