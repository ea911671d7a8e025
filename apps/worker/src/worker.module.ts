import { Module, type DynamicModule } from '@nestjs/common';
import type { AppConfig } from '../../../libs/platform/src/config/app-config.js';
import { PlatformModule } from '../../../libs/platform/src/platform.module.js';
import { policyProjections, policyUpcasters } from '../../../libs/policy/src/policy.module.js';

/**
 * The worker process: follows the event log with its own read models. Automations that turn
 * facts into reminders (BullMQ on Redis) are added here, never in the API process.
 */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        PlatformModule.forRoot({ config, processName: 'worker', projections: [...policyProjections], upcasters: [...policyUpcasters] }),
      ],
    };
  }
}
