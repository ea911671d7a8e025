import 'reflect-metadata';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { AppModule } from '../apps/api/src/app.module.js';
import { configureHttp, createApiDocument } from '../apps/api/src/configure-http.js';
import { createHttpAdapter } from '../apps/api/src/http-platform.js';
import { loadConfig } from '@beslutskedjan/platform';

/**
 * Writes the API's OpenAPI document without listening on a port: the web app's client is generated
 * from it in the build, so the app cannot drift from the API. Boots on a throwaway data directory,
 * with the demo sign-in on so its operations are in the document.
 */
const out = resolve(process.argv[2] ?? 'apps/web/src/lib/api/openapi.json');
const dataDir = mkdtempSync(join(tmpdir(), 'beslutskedjan-openapi-'));
try {
  const config = loadConfig({
    DATA_DIR: dataDir,
    TOKEN_SECRET: 'openapi-dump-secret-not-used-for-anything',
    SEED_DEMO: 'true',
    WEB_DIST: join(dataDir, 'no-web'),
  });
  const app = await NestFactory.create(AppModule.forRoot({ ...config, seedDemo: false }), createHttpAdapter(), { logger: ['error'] });
  configureHttp(app);
  const document = hoistLocalDefinitions(createApiDocument(app));
  await app.close();
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(document, null, 2)}\n`);
  process.stdout.write(`OpenAPI document: ${out} (${Object.keys(document.paths).length} paths)\n`);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}

/**
 * zod writes a recursive schema (a policy rule's condition) with local `definitions` and
 * `#/definitions/…` refs, which mean nothing inside an OpenAPI document: move each into
 * components.schemas under a unique name and point its refs there.
 */
function hoistLocalDefinitions(document: OpenAPIObject): OpenAPIObject {
  const schemas: Record<string, unknown> = { ...(document.components?.schemas ?? {}) };
  let n = 0;
  const rewrite = (node: unknown, names: Map<string, string>): unknown => {
    if (Array.isArray(node)) return node.map((x) => rewrite(x, names));
    if (node === null || typeof node !== 'object') return node;
    const record = node as Record<string, unknown>;
    let scope = names;
    const local = (record.definitions ?? record.$defs) as Record<string, unknown> | undefined;
    if (local) {
      scope = new Map(names);
      for (const name of Object.keys(local)) scope.set(name, `Local${++n}_${name.replace(/\W/g, '')}`);
      for (const [name, schema] of Object.entries(local)) schemas[scope.get(name)!] = rewrite(schema, scope);
    }
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(record)) {
      if (key === 'definitions' || key === '$defs') continue;
      if (key === '$ref' && typeof value === 'string') {
        const match = /^#\/(?:definitions|\$defs)\/(.+)$/.exec(value);
        out[key] = match && scope.has(match[1]!) ? `#/components/schemas/${scope.get(match[1]!)}` : value;
      } else out[key] = rewrite(value, scope);
    }
    return out;
  };
  const paths = rewrite(document.paths, new Map()) as OpenAPIObject['paths'];
  return { ...document, paths, components: { ...document.components, schemas: schemas as never } };
}
