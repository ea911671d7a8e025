import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Logger, Module, type DynamicModule, type OnApplicationBootstrap } from '@nestjs/common';
import type { AppConfig } from '@beslutskedjan/platform';
import { AuthConfigHttp } from './auth-config.http.js';
import { DemoSignInHttp } from './demo-sign-in.http.js';
import { WebAppServer } from './web-app-server.service.js';
import { AUTH_CONFIG, WEB_CONFIG, WEB_STATIC_OPTIONS } from './web.tokens.js';

/** Paths the API owns: never answered with the app's index.html. */
const API_PATHS = ['api', 'docs', 'openapi.json', 'health', 'admin', 'metrics'];

/** Deep links (e.g. /cases/… from reminder mail) get index.html; the API's own paths never do. */
export function spaFallbackExclusions(demoSignIn: boolean): RegExp {
  const owned = demoSignIn ? API_PATHS : [...API_PATHS, 'sign-in/demo'];
  return new RegExp(`^/(${owned.map((p) => p.replace(/[.]/g, '\\.')).join('|')})(/|$)`);
}

class DemoSignInWarning implements OnApplicationBootstrap {
  onApplicationBootstrap(): void {
    new Logger('DemoSignIn').warn(
      'Demo sign-in is ON (SEED_DEMO=true, no OIDC_ISSUER): anyone who reaches this server can sign in as a demo person of the demo förbund. Set OIDC_ISSUER and OIDC_CLIENT_ID in production.',
    );
  }
}

/**
 * The web app's edge: how to sign in, the demo sign-in (only when allowed), and the built app at `/`.
 * Served on the API's Fastify instance (@fastify/static plus an index.html fallback).
 */
@Module({})
export class WebAppModule {
  static forRoot(config: AppConfig): DynamicModule {
    const { web } = config;
    const built = existsSync(join(web.distDir, 'index.html'));
    if (!built) new Logger('WebApp').log(`No built web app in ${web.distDir} (npm run build:web); serving the API only`);
    return {
      module: WebAppModule,
      controllers: [AuthConfigHttp, ...(web.demoSignIn ? [DemoSignInHttp] : [])],
      providers: [
        { provide: WEB_CONFIG, useValue: web },
        { provide: AUTH_CONFIG, useValue: config.auth },
        ...(web.demoSignIn ? [DemoSignInWarning] : []),
        ...(built
          ? [
              { provide: WEB_STATIC_OPTIONS, useValue: { rootPath: web.distDir, exclude: spaFallbackExclusions(web.demoSignIn) } },
              WebAppServer,
            ]
          : []),
      ],
    };
  }
}
