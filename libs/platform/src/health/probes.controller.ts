import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import type { ProjectionRunner } from '../../../projections/src/projection-runner.js';
import { Public } from '../auth/auth.decorators.js';
import { PROJECTION_RUNNER } from '../persistence/tokens.js';
import { HealthProbes } from './health-probes.js';

/** For orchestrators: liveness and readiness, answered at once from the probes' last results. */
@Controller('health')
@ApiTags('operations')
@Public()
@SkipThrottle({ default: true, ip: true })
export class ProbesController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly probes: HealthProbes,
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner,
  ) {}

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
}
