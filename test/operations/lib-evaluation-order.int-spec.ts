import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Application, board, initiative and audit import each other's indexes (@beslutskedjan/<lib>), so at
 * run time their modules form a cycle. ES modules evaluate a cycle depth first: whatever a file uses
 * from another lib at its top level (a schema, an upcaster list, a class in decorator metadata) must
 * have been evaluated already, whichever index a process happens to import first, or the process dies
 * with "Cannot access X before initialization". Jest runs CommonJS and would not show it, so this
 * imports the compiled ES modules in dist/: every lib's index first in a fresh process, then the
 * roots of both apps. `tools/dev/rewrite-lib-imports.mjs` orders the indexes to make this hold.
 */
const ROOT = resolve(__dirname, '../..');
const DIST = join(ROOT, 'dist');
const STAMP = join(DIST, 'apps/api/src/app.module.js');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts') && !/\.(spec|int-spec|e2e-spec)\.ts$/.test(entry.name))
      newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function ensureBuilt(): void {
  const built = existsSync(STAMP) ? statSync(STAMP).mtimeMs : 0;
  if (built <= Math.max(newestSource(join(ROOT, 'libs')), newestSource(join(ROOT, 'apps/api')), newestSource(join(ROOT, 'apps/worker')))) {
    const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.build.json')], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    if (!existsSync(STAMP)) throw new Error(`build failed: ${result.stdout}${result.stderr}`);
  }
  spawnSync(process.execPath, [join(ROOT, 'tools/dev/link-dist-libs.mjs')], { cwd: ROOT, encoding: 'utf8' });
}

const entries = [
  ...readdirSync(join(ROOT, 'libs'))
    .filter((lib) => existsSync(join(ROOT, 'libs', lib, 'src/index.ts')))
    .map((lib) => `libs/${lib}/src/index.js`),
  'apps/api/src/app.module.js',
  'apps/worker/src/worker.module.js',
];

describe('compiled libs evaluate whichever index a process imports first', () => {
  beforeAll(ensureBuilt, 180_000);

  it.each(entries)('%s', (entry) => {
    const url = pathToFileURL(join(DIST, entry)).href;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', `await import(${JSON.stringify(url)});`], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    if (result.status !== 0) throw new Error(`importing ${entry} first failed:\n${result.stderr.split('\n').slice(0, 8).join('\n')}`);
  });
});
