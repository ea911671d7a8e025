import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';
import { AppModule } from '../../apps/api/src/app.module.js';
import { createHttpAdapter, readyHttp } from '../../apps/api/src/http-platform.js';
import { configureHttp } from '../../apps/api/src/configure-http.js';
import { EVENT_STORE, type EventStore } from '@beslutskedjan/event-store';
import { mintToken, loadConfig, type AppConfig, PROJECTION_RUNNER, ReactionHost } from '@beslutskedjan/platform';
import type { ProjectionRunner } from '@beslutskedjan/projections';
import { CLOCK, ControllableClock, type Role } from '@beslutskedjan/shared';

export interface TestApp {
  app: INestApplication;
  http: TestAgent;
  config: AppConfig;
  clock: ControllableClock;
  store: EventStore;
  token(roles: Role[], options?: { tenant?: string; userId?: string; name?: string }): Promise<string>;
  /** Waits until the API's read models and reactions include everything in the store. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

/** The real API module on a fresh SQLite data directory, with a clock the test moves by hand. */
export async function startTestApp(
  options: {
    now?: string;
    env?: NodeJS.ProcessEnv;
    /** Providers replaced for this app, e.g. the log's destination. */
    overrides?: Array<{ provide: unknown; useValue: unknown }>;
  } = {},
): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'beslutskedjan-e2e-'));
  const config = loadConfig({ DATA_DIR: dataDir, TOKEN_SECRET: 'e2e-secret-that-is-long-enough-0123456789', ...options.env });
  const clock = new ControllableClock(new Date(options.now ?? '2026-11-23T09:00:00.000Z'));
  let builder = Test.createTestingModule({ imports: [AppModule.forRoot(config)] })
    .overrideProvider(CLOCK)
    .useValue(clock);
  for (const { provide, useValue } of options.overrides ?? []) builder = builder.overrideProvider(provide).useValue(useValue);
  const moduleRef = await builder.compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(
    createHttpAdapter({ corsOrigins: config.http.corsOrigins, oidcIssuer: config.web.oidc?.issuer }),
    { logger: ['error', 'warn'] },
  );
  configureHttp(app);
  await readyHttp(app);
  const store = app.get<EventStore>(EVENT_STORE);
  const runner = app.get<ProjectionRunner>(PROJECTION_RUNNER);
  const reactions = app.get(ReactionHost);
  return {
    app,
    http: request(app.getHttpServer()),
    config,
    clock,
    store,
    token: (roles, o = {}) =>
      mintToken({
        secret: config.auth.secret,
        roles,
        tenant: o.tenant ?? 'demo',
        userId: o.userId ?? `user-${roles.join('-')}`,
        displayName: o.name ?? `Test ${roles.join(' ')}`,
      }),
    settle: async () => {
      // Reactions append too: settle until read models and reactions both rest at the head.
      for (let round = 0; round < 20; round++) {
        const head = await store.headPosition();
        if (!(await runner.waitFor(head, 5000))) throw new Error(`read models did not reach ${head}`);
        if (!(await reactions.waitFor(head, 5000))) throw new Error(`reactions did not reach ${head}`);
        if ((await store.headPosition()) === head) return;
      }
      throw new Error('the log kept growing while settling');
    },
    close: () => app.close(),
  };
}
