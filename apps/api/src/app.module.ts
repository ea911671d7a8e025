import { Module, type DynamicModule } from '@nestjs/common';
import type { AppConfig } from '../../../libs/platform/src/config/app-config.js';
import { PlatformModule } from '../../../libs/platform/src/platform.module.js';
import { PolicyModule, policyProjections, policyUpcasters } from '../../../libs/policy/src/policy.module.js';
import { DemoSeeder } from './demo/demo-seeder.js';

/** The API process: HTTP commands and queries over the platform. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({
          config,
          processName: 'api',
          projections: [...policyProjections],
          upcasters: [...policyUpcasters],
          runReactions: true,
        }),
        PolicyModule,
      ],
      providers: config.seedDemo ? [DemoSeeder] : [],
    };
  }
}
