#!/usr/bin/env node
// Rewrites imports that reach into another lib's folder by a relative path
// (`../../../platform/src/auth/actor.js`) into imports of that lib's public surface
// (`@beslutskedjan/platform`), and adds what the importers use to the lib's index.ts.
//
//   node tools/dev/rewrite-lib-imports.mjs            rewrite in place (prettier-formatted), print a summary
//   node tools/dev/rewrite-lib-imports.mjs --check    change nothing; exit 1 if anything would change
//   node tools/dev/rewrite-lib-imports.mjs --graph    print which lib imports which (production code only)
//
// Idempotent: a second run finds nothing to do. Imports within a lib stay relative. Helpers under a
// lib's `src/testing/` (and files named `testing-*.ts`) go through `@beslutskedjan/<lib>/testing` (its own index.ts), so that test
// fixtures never end up in the production surface. apps/web imports view types the same way (its
// tsconfig has the same `paths`; the bundler drops type-only imports).
//
// It uses the TypeScript compiler that is installed anyway: the checker tells which symbol an
// import names, so the index gets `export type` for types and `export` for values (required under
// verbatimModuleSyntax), and a name that the index already exports for a different symbol is
// reported instead of silently rebound.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import ts from 'typescript';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SCOPE = '@beslutskedjan';
const ROOTS = ['apps', 'libs', 'tools', 'test', 'bench'];
const SKIP_DIRS = new Set(['node_modules', 'dist', 'results', 'coverage']);
const args = new Set(process.argv.slice(2));
const CHECK = args.has('--check');
const GRAPH = args.has('--graph');

/** Every file written is formatted with the project's prettier config at the end. */
const written = new Set();
function write(file, text) {
  writeFileSync(file, text);
  written.add(file);
}
async function formatWritten() {
  for (const file of written) {
    const options = { ...(await prettier.resolveConfig(file)), filepath: file };
    const text = readFileSync(file, 'utf8');
    const formatted = await prettier.format(text, options);
    if (formatted !== text) writeFileSync(file, formatted);
  }
}

const posix = (p) => p.split(sep).join('/');
const rel = (p) => posix(relative(ROOT, p));

/** libs/<lib>/... → <lib>; anything else → null. */
function libOf(file) {
  const m = /^libs\/([^/]+)\//.exec(rel(file));
  return m ? m[1] : null;
}

/** The alias a file inside libs/<lib>/src is reached through, or null when it is not in a lib's src. */
function aliasFor(file) {
  const m = /^libs\/([^/]+)\/src\/(.*)$/.exec(rel(file));
  if (!m) return null;
  const [, lib, rest] = m;
  const testing = rest.startsWith('testing/') || /(^|\/)testing-[^/]*$/.test(rest);
  return testing
    ? { lib, name: `${SCOPE}/${lib}/testing`, barrel: join(ROOT, 'libs', lib, 'src/testing/index.ts') }
    : { lib, name: `${SCOPE}/${lib}`, barrel: join(ROOT, 'libs', lib, 'src/index.ts') };
}

function walk(dir, out) {
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) walk(join(dir, entry.name), out);
    } else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(join(dir, entry.name));
  }
  return out;
}

/** '../../x/src/a.js' from file → absolute path of the .ts source it names (or null). */
function resolveSpecifier(fromFile, spec) {
  if (!spec.startsWith('.')) return null;
  const abs = resolve(dirname(fromFile), spec);
  for (const candidate of [abs.replace(/\.js$/, '.ts'), abs.replace(/\.js$/, '.tsx'), `${abs}.ts`, join(abs, 'index.ts'), abs]) {
    if (existsSync(candidate) && !candidate.endsWith(sep)) {
      try {
        if (readdirSync(candidate)) continue; // a directory
      } catch {
        return candidate;
      }
    }
  }
  return null;
}

const isTestFile = (file) => /\.(spec|int-spec|e2e-spec)\.ts$/.test(file) || /\/testing\//.test(rel(file));

const files = ROOTS.flatMap((r) => walk(join(ROOT, r), []));

// ---- 1. find every cross-lib relative import --------------------------------------------------
/** @type {Map<string, Array<{node: ts.Node, target: string, alias: ReturnType<typeof aliasFor>, spec: string}>>} */
const crossings = new Map();
const graph = new Map();
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  if (!text.includes('../')) continue;
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const ownLib = libOf(file);
  for (const stmt of sf.statements) {
    if (!(ts.isImportDeclaration(stmt) || ts.isExportDeclaration(stmt))) continue;
    if (!stmt.moduleSpecifier || !ts.isStringLiteral(stmt.moduleSpecifier)) continue;
    const spec = stmt.moduleSpecifier.text;
    const target = resolveSpecifier(file, spec);
    if (!target) continue;
    const alias = aliasFor(target);
    if (!alias || alias.lib === ownLib) continue;
    if (!crossings.has(file)) crossings.set(file, []);
    crossings.get(file).push({ node: stmt, target, alias, spec, sf });
    if (ownLib && !isTestFile(file) && !isTestFile(target)) {
      const key = `${ownLib} -> ${alias.lib}`;
      graph.set(key, (graph.get(key) ?? 0) + 1);
    }
  }
}

if (GRAPH) {
  for (const [edge, n] of [...graph].sort()) console.log(`${edge}  (${n})`);
  process.exit(0);
}

// ---- barrels: evaluation order --------------------------------------------------------------
// The domain libs use each other both ways (a board handler folds a case; a case reaction schedules
// on a meeting), so at run time their indexes import each other in a cycle. ES modules evaluate a
// cycle depth first: when lib A's index is half done and one of its files imports lib B's index, B
// runs against what A has evaluated so far. So each index lists, in this order:
//   0. files that need no lib of their own cycle at run time (events, types, most deciders, upcasters),
//   1. files that do (they start the other lib's index, which may use what tier 0 gave it),
//   2. Nest wiring: modules, controllers, handlers, services, reactions.
// What another lib uses at the top level (a schema, an upcaster list, a class in decorator metadata)
// has then been evaluated by the time it is used, whichever index a process imports first.
const HEAVY =
  /(\.module|\.http|\.controller|\.handler|\.reaction|\.service|\.processor|\.factory|\.guard|\.interceptor|-host|\/index)\.js$/;

/** Run-time (value) imports of a file: relative files it loads and libs it imports by name. */
const valueImportCache = new Map();
function valueImports(file) {
  if (valueImportCache.has(file)) return valueImportCache.get(file);
  const result = { files: [], libs: [] };
  valueImportCache.set(file, result);
  if (!existsSync(file)) return result;
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  for (const st of sf.statements) {
    if (!(ts.isImportDeclaration(st) || ts.isExportDeclaration(st)) || !st.moduleSpecifier || !ts.isStringLiteral(st.moduleSpecifier))
      continue;
    if (ts.isImportDeclaration(st)) {
      if (st.importClause?.isTypeOnly) continue;
      // verbatimModuleSyntax keeps `import { type A } from 'x'` as a (side-effect) import: it still loads x.
    } else if (st.isTypeOnly) continue;
    const spec = st.moduleSpecifier.text;
    if (spec.startsWith(`${SCOPE}/`)) result.libs.push(spec.slice(SCOPE.length + 1).split('/')[0]);
    else if (spec.startsWith('.')) {
      const target = resolveSpecifier(file, spec);
      if (target && target.endsWith('.ts')) result.files.push(target);
    }
  }
  return result;
}
const isProd = (f) => !isTestFile(f);
function libsReachedBy(file) {
  const seen = new Set([file]);
  const libs = new Set();
  const stack = [file];
  const own = libOf(file);
  while (stack.length) {
    const f = stack.pop();
    const { files: next, libs: named } = valueImports(f);
    for (const l of named) libs.add(l);
    for (const n of next) {
      if (seen.has(n)) continue;
      seen.add(n);
      if (libOf(n) === own) stack.push(n);
      else if (libOf(n)) libs.add(libOf(n));
    }
  }
  return libs;
}
function libCycles() {
  const edges = new Map();
  for (const lib of readdirSync(join(ROOT, 'libs'))) {
    const out = new Set();
    for (const f of walk(join(ROOT, 'libs', lib, 'src'), []).filter(isProd))
      for (const l of valueImports(f).libs) if (l !== lib) out.add(l);
    edges.set(lib, out);
  }
  const reach = (from) => {
    const seen = new Set();
    const stack = [...(edges.get(from) ?? [])];
    while (stack.length) {
      const l = stack.pop();
      if (seen.has(l)) continue;
      seen.add(l);
      stack.push(...(edges.get(l) ?? []));
    }
    return seen;
  };
  const reaches = new Map([...edges.keys()].map((l) => [l, reach(l)]));
  /** lib → the other libs on a run-time cycle with it */
  return new Map([...edges.keys()].map((l) => [l, new Set([...reaches.get(l)].filter((m) => m !== l && reaches.get(m)?.has(l)))]));
}

function orderBarrels() {
  const cycles = libCycles();
  let changed = 0;
  for (const lib of readdirSync(join(ROOT, 'libs'))) {
    for (const barrel of [join(ROOT, 'libs', lib, 'src/index.ts'), join(ROOT, 'libs', lib, 'src/testing/index.ts')]) {
      if (!existsSync(barrel)) continue;
      const text = readFileSync(barrel, 'utf8');
      const sf = ts.createSourceFile(barrel, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
      if (sf.statements.length < 2) continue;
      const tier = (st) => {
        if (!ts.isExportDeclaration(st) || !st.moduleSpecifier || !ts.isStringLiteral(st.moduleSpecifier) || st.isTypeOnly) return 0;
        if (HEAVY.test(st.moduleSpecifier.text)) return 2;
        const target = resolveSpecifier(barrel, st.moduleSpecifier.text);
        if (!target) return 0;
        return [...libsReachedBy(target)].some((l) => cycles.get(lib)?.has(l)) ? 1 : 0;
      };
      const parts = sf.statements.map((st, i) => ({
        tier: tier(st),
        text: text.slice(i === 0 ? st.getStart() : st.getFullStart(), st.getEnd()).replace(/^\n+/, ''),
      }));
      const sorted = [...parts].sort((a, b) => a.tier - b.tier);
      if (sorted.every((p, i) => p === parts[i])) continue;
      const out = `${text.slice(0, sf.statements[0].getStart())}${sorted.map((p) => p.text).join('\n')}\n`;
      if (out !== text) {
        write(barrel, out);
        changed++;
      }
    }
  }
  return changed;
}

if (crossings.size === 0) {
  const ordered = CHECK ? 0 : orderBarrels();
  await formatWritten();
  console.log(`rewrite-lib-imports: no cross-lib relative imports left${ordered ? `; ${ordered} index files reordered` : ''}.`);
  process.exit(0);
}
if (CHECK) {
  for (const [file, list] of crossings) for (const c of list) console.log(`${rel(file)}: ${c.spec}`);
  process.exit(1);
}

// ---- 2. ask the checker what each import names -----------------------------------------------
const configPath = join(ROOT, 'tsconfig.json');
const parsed = ts.parseJsonConfigFileContent(ts.readConfigFile(configPath, ts.sys.readFile).config, ts.sys, ROOT);
const barrels = new Set([...crossings.values()].flat().map((c) => c.alias.barrel));
const program = ts.createProgram({
  rootNames: [...new Set([...parsed.fileNames, ...[...barrels].filter(existsSync)])],
  options: { ...parsed.options, noEmit: true },
});
const checker = program.getTypeChecker();

const resolveAlias = (sym) => (sym && sym.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(sym) : sym);
function exportsOf(file) {
  const sf = program.getSourceFile(file);
  const mod = sf && checker.getSymbolAtLocation(sf);
  const map = new Map();
  if (mod) for (const s of checker.getExportsOfModule(mod)) map.set(s.escapedName, resolveAlias(s));
  return map;
}
const isValue = (sym) => (sym.flags & ts.SymbolFlags.Value) !== 0;

// What each barrel already exports, and what it must gain: barrel → Map<name, {file, value}>.
const barrelExports = new Map();
const additions = new Map();
const problems = [];
function need(alias, target, name, importer) {
  if (!barrelExports.has(alias.barrel)) barrelExports.set(alias.barrel, existsSync(alias.barrel) ? exportsOf(alias.barrel) : new Map());
  const wanted = exportsOf(target).get(name);
  if (!wanted) {
    problems.push(`${rel(importer)}: '${name}' is not exported by ${rel(target)}`);
    return false;
  }
  const have = barrelExports.get(alias.barrel).get(name);
  if (have) {
    if (have === wanted) return true;
    problems.push(`${rel(importer)}: ${alias.name} already exports another '${name}' than ${rel(target)}'s`);
    return false;
  }
  const planned = additions.get(alias.barrel)?.get(name);
  if (planned) {
    if (planned.symbol === wanted) return true;
    problems.push(`${rel(importer)}: two different '${name}' would go into ${alias.name} (${rel(planned.file)}, ${rel(target)})`);
    return false;
  }
  if (!additions.has(alias.barrel)) additions.set(alias.barrel, new Map());
  additions.get(alias.barrel).set(name, { file: target, symbol: wanted, value: isValue(wanted) });
  return true;
}

// ---- 3. rewrite the importers ----------------------------------------------------------------
const specText = (s, typeOnly) => {
  const imported = s.propertyName ? s.propertyName.text : s.name.text;
  const local = s.name.text;
  const type = typeOnly || s.isTypeOnly;
  return { imported, type, text: imported === local ? local : `${imported} as ${local}` };
};

let rewrittenFiles = 0;
let rewrittenImports = 0;
for (const [file, list] of crossings) {
  const sf = list[0].sf;
  const text = sf.getFullText();
  /** edits: [start, end, replacement] */
  const edits = [];
  const merged = new Map(); // alias name → { first statement, specifiers[] }
  // A file that already imports a lib by name (code merged after an earlier run) gets one import of it.
  for (const stmt of sf.statements) {
    if (!ts.isImportDeclaration(stmt) || !ts.isStringLiteral(stmt.moduleSpecifier) || !stmt.moduleSpecifier.text.startsWith(`${SCOPE}/`))
      continue;
    const clause = stmt.importClause;
    if (
      !clause ||
      clause.name ||
      !clause.namedBindings ||
      !ts.isNamedImports(clause.namedBindings) ||
      merged.has(stmt.moduleSpecifier.text)
    )
      continue;
    merged.set(stmt.moduleSpecifier.text, { stmt, specs: clause.namedBindings.elements.map((e) => specText(e, clause.isTypeOnly)) });
  }
  const touched = new Set();
  for (const c of list) {
    const stmt = c.node;
    const quote = (name) => `'${name}'`;
    if (ts.isImportDeclaration(stmt)) {
      const clause = stmt.importClause;
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings : null;
      if (clause && !clause.name && named && !stmt.attributes) {
        const specs = named.elements.map((e) => specText(e, clause.isTypeOnly));
        if (!specs.every((s) => need(c.alias, c.target, s.imported, file))) continue;
        const entry = merged.get(c.alias.name);
        touched.add(c.alias.name);
        if (entry) {
          entry.specs.push(...specs);
          edits.push([stmt.getStart(), text[stmt.getEnd()] === '\n' ? stmt.getEnd() + 1 : stmt.getEnd(), '']);
        } else merged.set(c.alias.name, { stmt, specs: [...specs] });
        rewrittenImports++;
        continue;
      }
      if (clause && !clause.name && clause.namedBindings && ts.isNamespaceImport(clause.namedBindings)) {
        const names = [...exportsOf(c.target).keys()];
        if (!names.every((n) => need(c.alias, c.target, n, file))) continue;
        edits.push([stmt.moduleSpecifier.getStart(), stmt.moduleSpecifier.getEnd(), quote(c.alias.name)]);
        rewrittenImports++;
        continue;
      }
      problems.push(`${rel(file)}: cannot rewrite \`${stmt.getText().split('\n')[0]}\` (default, side-effect or attributed import)`);
      continue;
    }
    // export … from
    if (stmt.exportClause && ts.isNamedExports(stmt.exportClause)) {
      const specs = stmt.exportClause.elements.map((e) => specText(e, stmt.isTypeOnly));
      if (!specs.every((s) => need(c.alias, c.target, s.imported, file))) continue;
      edits.push([stmt.moduleSpecifier.getStart(), stmt.moduleSpecifier.getEnd(), quote(c.alias.name)]);
      rewrittenImports++;
      continue;
    }
    if (!stmt.exportClause) {
      // `export * from '<other lib>'` would re-export all of that lib: name exactly what the file had.
      const exported = exportsOf(c.target);
      const names = [...exported.keys()].filter((n) => n !== 'default');
      if (!names.every((n) => need(c.alias, c.target, n, file))) continue;
      const values = names.filter((n) => isValue(exported.get(n)));
      const types = names.filter((n) => !isValue(exported.get(n)));
      const lines = [];
      if (values.length) lines.push(`export { ${values.join(', ')} } from '${c.alias.name}';`);
      if (types.length) lines.push(`export type { ${types.join(', ')} } from '${c.alias.name}';`);
      edits.push([stmt.getStart(), stmt.getEnd(), lines.join('\n')]);
      rewrittenImports++;
      continue;
    }
    problems.push(`${rel(file)}: cannot rewrite \`${stmt.getText().split('\n')[0]}\``);
  }
  for (const [name, { stmt, specs }] of merged) {
    if (!touched.has(name)) continue;
    const seen = new Set();
    const unique = specs.filter((s) => {
      const key = `${s.type}:${s.text}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    // A name imported both as a type and as a value needs only the value.
    const values = new Set(unique.filter((s) => !s.type).map((s) => s.text));
    const final = unique.filter((s) => !(s.type && values.has(s.text)));
    const allTypes = final.every((s) => s.type);
    const inner = final.map((s) => (allTypes || !s.type ? s.text : `type ${s.text}`)).join(', ');
    edits.push([stmt.getStart(), stmt.getEnd(), `import ${allTypes ? 'type ' : ''}{ ${inner} } from '${name}';`]);
  }
  if (edits.length === 0) continue;
  edits.sort((a, b) => b[0] - a[0]);
  let out = text;
  for (const [start, end, replacement] of edits) out = out.slice(0, start) + replacement + out.slice(end);
  write(file, out);
  rewrittenFiles++;
}

// ---- 4. grow the barrels ---------------------------------------------------------------------
let added = 0;
for (const [barrel, names] of additions) {
  const byFile = new Map();
  for (const [name, { file, value }] of names) {
    if (!byFile.has(file)) byFile.set(file, { values: [], types: [] });
    byFile.get(file)[value ? 'values' : 'types'].push(name);
    added++;
  }
  const lines = [];
  for (const [file, { values, types }] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    let spec = posix(relative(dirname(barrel), file)).replace(/\.ts$/, '.js');
    if (!spec.startsWith('.')) spec = `./${spec}`;
    if (values.length) lines.push(`export { ${values.sort().join(', ')} } from '${spec}';`);
    if (types.length) lines.push(`export type { ${types.sort().join(', ')} } from '${spec}';`);
  }
  const before = existsSync(barrel) ? readFileSync(barrel, 'utf8') : '';
  const header = before
    ? ''
    : barrel.endsWith(`${sep}testing${sep}index.ts`)
      ? `// Test helpers of this lib for other libs' specs, tools and bench: import '${SCOPE}/<lib>/testing'.\n`
      : `// The public surface of this lib: other libs, apps, tools and tests import from here only.\n`;
  write(barrel, `${before}${before && !before.endsWith('\n') ? '\n' : ''}${header}${lines.join('\n')}\n`);
}

orderBarrels();
await formatWritten();
console.log(
  `rewrite-lib-imports: ${rewrittenImports} imports in ${rewrittenFiles} files, ${added} names added to ${additions.size} index files.`,
);
if (problems.length) {
  console.log(`\n${problems.length} imports left as they were (fix by hand):`);
  for (const p of [...new Set(problems)]) console.log(`  ${p}`);
  process.exitCode = 1;
}
