import { applicationContentUpcasters } from '../../../libs/application/src/schema-evolution/content-v1-to-v2.upcaster.js';
import { Module, type DynamicModule } from '@nestjs/common';
import { AuditModule, auditProjections, auditUpcasters } from '../../../libs/audit/src/audit.module.js';
import { ApplicationModule } from '../../../libs/application/src/application.module.js';
import { applicationProjections } from '../../../libs/application/src/read/index.js';
import { BoardModule } from '../../../libs/board/src/board.module.js';
import { boardProjections } from '../../../libs/board/src/read/index.js';
import { LiveMeetingModule } from '../../../libs/board/src/live/live-meeting.module.js';
import { InitiativeModule, initiativeProjections } from '../../../libs/initiative/src/initiative.module.js';
import type { AppConfig } from '../../../libs/platform/src/config/app-config.js';
import { PlatformModule } from '../../../libs/platform/src/platform.module.js';
import { PolicyModule, policyProjections, policyUpcasters } from '../../../libs/policy/src/policy.module.js';
import { RegistersModule } from '../../../libs/registers/src/registers.module.js';
import { RemindersApiModule } from '../../../libs/reminders/src/reminders-api.module.js';
import { DemoSeeder } from './demo/demo-seeder.js';
import { WebAppModule } from './web/web-app.module.js';

export const apiProjections = [
  ...policyProjections,
  ...applicationProjections,
  ...boardProjections,
  ...initiativeProjections,
  ...auditProjections,
];
export const apiUpcasters = [...policyUpcasters, ...auditUpcasters, ...applicationContentUpcasters];

/** The API process: HTTP commands and queries over the platform, and the reactions. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({
          config,
          processName: 'api',
          projections: [...apiProjections, ...RemindersApiModule.projections(config)],
          upcasters: apiUpcasters,
          runReactions: true,
        }),
        PolicyModule,
        RegistersModule,
        ApplicationModule,
        BoardModule,
        LiveMeetingModule,
        InitiativeModule,
        AuditModule,
        RemindersApiModule.forRoot(config),
        WebAppModule.forRoot(config),
      ],
      providers: config.seedDemo ? [DemoSeeder] : [],
    };
  }
}
