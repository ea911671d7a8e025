import 'reflect-metadata';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../apps/api/src/app.module.js';
import { configureHttp, createApiDocument } from '../apps/api/src/configure-http.js';
import { loadConfig } from '../libs/platform/src/config/app-config.js';

/**
 * Writes the API's OpenAPI document without listening on a port: the web app's client is generated
 * from it in the build, so the app cannot drift from the API. Boots on a throwaway data directory,
 * with the demo sign-in on so its operations are in the document.
 */
const out = resolve(process.argv[2] ?? 'apps/web/src/lib/api/openapi.json');
const dataDir = mkdtempSync(join(tmpdir(), 'beslutskedjan-openapi-'));
try {
  const config = loadConfig({ DATA_DIR: dataDir, TOKEN_SECRET: 'openapi-dump-secret-not-used-for-anything', SEED_DEMO: 'true', WEB_DIST: join(dataDir, 'no-web') });
  const app = await NestFactory.create(AppModule.forRoot({ ...config, seedDemo: false }), { logger: ['error'] });
  configureHttp(app);
  const document = createApiDocument(app);
  await app.close();
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(document, null, 2)}\n`);
  process.stdout.write(`OpenAPI document: ${out} (${Object.keys(document.paths).length} paths)\n`);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
