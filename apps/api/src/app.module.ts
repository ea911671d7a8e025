import { applicationContentUpcasters, ApplicationModule, applicationProjections } from '@beslutskedjan/application';
import { Module, type DynamicModule } from '@nestjs/common';
import { AuditModule, auditProjections, auditUpcasters } from '@beslutskedjan/audit';
import { BoardModule, boardProjections, LiveMeetingModule } from '@beslutskedjan/board';
import { InitiativeModule, initiativeProjections } from '@beslutskedjan/initiative';
import { type AppConfig, PlatformModule } from '@beslutskedjan/platform';
import { PolicyModule, policyProjections, policyUpcasters } from '@beslutskedjan/policy';
import { RegistersModule } from '@beslutskedjan/registers';
import { RemindersApiModule } from '@beslutskedjan/reminders';
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
