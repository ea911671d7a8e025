#!/usr/bin/env node
// After `tsc`: make the compiled libs resolvable by name in dist/, as tsconfig's `paths` makes them
// for the compiler (tsc does not rewrite `@beslutskedjan/<lib>` in what it emits).
//
// Node looks up a bare specifier in every node_modules from the importing file upwards, so every
// file under dist/ finds dist/node_modules/@beslutskedjan/<lib>: a package.json and an index.js
// that re-exports the lib's compiled index (and ./testing, where that was compiled). No extra
// dependency, nothing to rewrite, and the Docker image gets it with dist/.
//
//   node tools/dev/link-dist-libs.mjs [distDir]      (default: dist next to this repo's package.json)
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = resolve(process.argv[2] ?? join(ROOT, 'dist'));
const SCOPE = join(DIST, 'node_modules/@beslutskedjan');

if (!existsSync(join(DIST, 'libs'))) {
  console.error(`link-dist-libs: ${DIST}/libs does not exist; run tsc first.`);
  process.exit(1);
}
rmSync(SCOPE, { recursive: true, force: true });
for (const lib of readdirSync(join(DIST, 'libs'))) {
  if (!existsSync(join(DIST, 'libs', lib, 'src/index.js'))) continue;
  const dir = join(SCOPE, lib);
  mkdirSync(dir, { recursive: true });
  const exports = { '.': './index.js' };
  // From dist/node_modules/@beslutskedjan/<lib>/ back up to dist/.
  writeFileSync(join(dir, 'index.js'), `export * from '../../../libs/${lib}/src/index.js';\n`);
  if (existsSync(join(DIST, 'libs', lib, 'src/testing/index.js'))) {
    exports['./testing'] = './testing.js';
    writeFileSync(join(dir, 'testing.js'), `export * from '../../../libs/${lib}/src/testing/index.js';\n`);
  }
  // The framework-free part a worker-thread task may load without pulling in Nest (libs/<lib>/src/pure.ts).
  if (existsSync(join(DIST, 'libs', lib, 'src/pure.js'))) {
    exports['./pure'] = './pure.js';
    writeFileSync(join(dir, 'pure.js'), `export * from '../../../libs/${lib}/src/pure.js';\n`);
  }
  const pkg = { name: `@beslutskedjan/${lib}`, private: true, type: 'module', exports };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
}
