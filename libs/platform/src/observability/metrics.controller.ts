import { Controller, Get, Header, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Registry } from 'prom-client';
import { AllowRoles } from '../auth/auth.decorators.js';
import { METRICS } from './process-metrics.service.js';

/** Prometheus scrape endpoint on the API's port, for a token with the operator role (or use METRICS_PORT). */
@Controller('metrics')
@ApiTags('operations')
export class MetricsController {
  constructor(@Inject(METRICS) private readonly registry: Registry) {}

  @Get()
  @AllowRoles('operator')
  @ApiBearerAuth()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  @ApiOperation({ operationId: 'getMetrics', summary: 'Prometheus metrics of this API process (operator role)' })
  metrics(): Promise<string> {
    return this.registry.metrics();
  }
}
