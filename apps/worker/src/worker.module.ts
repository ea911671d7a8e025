import { applicationContentUpcasters } from '../../../libs/application/src/schema-evolution/content-v1-to-v2.upcaster.js';
import { Module, type DynamicModule } from '@nestjs/common';
import type { AppConfig } from '../../../libs/platform/src/config/app-config.js';
import { auditUpcasters } from '../../../libs/audit/src/audit.module.js';
import { PlatformModule } from '../../../libs/platform/src/platform.module.js';
import { policyProjections, policyUpcasters } from '../../../libs/policy/src/policy.module.js';
import { RemindersWorkerModule } from '../../../libs/reminders/src/reminders-worker.module.js';
import { WorkerHeartbeat } from './worker-heartbeat.service.js';
import { AuditTrailService } from '../../../libs/audit/src/integrity/audit-trail.service.js';
import { AutoSealer } from '../../../libs/audit/src/integrity/auto-seal/auto-sealer.service.js';
import { auditActivityProjection } from '../../../libs/audit/src/integrity/auto-seal/audit-activity.projection.js';

/** The worker's read models: the reminder schedule, and what delivery reads (cases, board). */
/** The worker's upcasters (also used by tools/rebuild-read-models.ts). */
export const workerUpcasters = [...policyUpcasters, ...auditUpcasters, ...applicationContentUpcasters];

export const workerProjections = (config: AppConfig) => [
  ...policyProjections,
  ...RemindersWorkerModule.projections(config),
  auditActivityProjection,
];

/**
 * The worker process: follows the event log with its own read models and turns facts into
 * reminders (BullMQ on Redis, or the embedded due-list without REDIS_URL), never in the API process.
 * It also seals every förbund's log after quiet periods and at least daily (AutoSealer).
 */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        PlatformModule.forRoot({ config, processName: 'worker', projections: workerProjections(config), upcasters: workerUpcasters }),
        RemindersWorkerModule.forRoot(config),
      ],
      providers: [WorkerHeartbeat, AuditTrailService, AutoSealer],
    };
  }
}
