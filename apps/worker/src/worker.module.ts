import { applicationContentUpcasters } from '@beslutskedjan/application';
import { Module, type DynamicModule } from '@nestjs/common';
import { type AppConfig, PlatformModule } from '@beslutskedjan/platform';
import { auditUpcasters, AuditTrailService, AutoSealer, auditActivityProjection } from '@beslutskedjan/audit';
import { policyProjections, policyUpcasters } from '@beslutskedjan/policy';
import { RemindersWorkerModule } from '@beslutskedjan/reminders';
import { WorkerHeartbeat } from './worker-heartbeat.service.js';

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
