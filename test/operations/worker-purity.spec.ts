import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * What a worker-thread task loads. A task module (`*.worker.ts`) runs in a thread of its own, where it
 * needs a few pure functions, not the application: a lib's index pulls in Nest, BullMQ and every
 * controller, and under jest the thread loads those through Node's own require(esm), which has
 * crashed the process. So a task reaches other libs only through their framework-free entry,
 * `@beslutskedjan/<lib>/pure` (libs/<lib>/src/pure.ts), or through the base libs shared and
 * event-store, and nothing it reaches may import Nest or the queue.
 */
const ROOT = resolve(__dirname, '../..');
const FORBIDDEN_PACKAGES = /^(@nestjs\/|@bull-board\/|bullmq$|ioredis$|nestjs-pino$)/;
const BASE_LIBS = new Set(['shared', 'event-store']);

function filesUnder(dir: string, test: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path, test);
    return test(entry.name) ? [path] : [];
  });
}

/** Where an import lands: a source file, or the package it names. */
function target(from: string, specifier: string): { file: string } | { packageName: string } {
  const lib = /^@beslutskedjan\/([a-z-]+)(\/testing|\/pure)?$/.exec(specifier);
  if (lib) {
    const entry = lib[2] === '/pure' ? 'pure.ts' : lib[2] === '/testing' ? 'testing/index.ts' : 'index.ts';
    return { file: join(ROOT, 'libs', lib[1]!, 'src', entry) };
  }
  if (specifier.startsWith('.')) {
    const file = resolve(dirname(from), specifier.replace(/\.js$/, '.ts'));
    return { file: existsSync(file) ? file : join(file.replace(/\.ts$/, ''), 'index.ts') };
  }
  return { packageName: specifier };
}

/** Every run-time import reachable from `start`, as chains "a -> b -> package" for the bad ones. */
function forbiddenReach(start: string): string[] {
  const cameFrom = new Map<string, string | null>([[start, null]]);
  const queue = [start];
  const found: string[] = [];
  const chain = (file: string): string[] => {
    const steps: string[] = [];
    for (let at: string | null | undefined = file; at; at = cameFrom.get(at)) steps.unshift(relative(ROOT, at));
    return steps;
  };
  while (queue.length > 0) {
    const file = queue.shift()!;
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/^(?:import|export)\s+(type\s+)?[^'";]*?from\s+'([^']+)'/gms)) {
      if (match[1]) continue; // type-only imports vanish at run time
      const to = target(file, match[2]!);
      if ('packageName' in to) {
        if (FORBIDDEN_PACKAGES.test(to.packageName)) found.push([...chain(file), to.packageName].join(' -> '));
        continue;
      }
      const libIndex = /libs\/([a-z-]+)\/src\/index\.ts$/.exec(to.file);
      if (libIndex && !BASE_LIBS.has(libIndex[1]!)) found.push([...chain(file), relative(ROOT, to.file)].join(' -> '));
      else if (!cameFrom.has(to.file)) {
        cameFrom.set(to.file, file);
        queue.push(to.file);
      }
    }
  }
  return found;
}

const taskModules = filesUnder(join(ROOT, 'libs'), (name) => name.endsWith('.worker.ts'));
const pureEntries = filesUnder(join(ROOT, 'libs'), (name) => name === 'pure.ts');

describe('worker-thread tasks load pure code only', () => {
  it('given the libs, then there are task modules and pure entries to check', () => {
    expect(taskModules.length).toBeGreaterThanOrEqual(3);
    expect(pureEntries.length).toBeGreaterThanOrEqual(1);
  });

  it.each([...taskModules, ...pureEntries].map((file) => [relative(ROOT, file)]))(
    'given %s, when its imports are followed, then none reaches Nest, the queue or a domain lib index',
    (file) => {
      expect(forbiddenReach(join(ROOT, file))).toEqual([]);
    },
  );

  it('given a module that imports a lib by its index, then the check names the chain (the check can fail)', () => {
    const offender = join(ROOT, 'libs/audit/src/exports/audit-log.csv.ts');
    const source = readFileSync(offender, 'utf8');
    expect(source).toContain("from '@beslutskedjan/policy/pure'");
    // The same walk over the board lib's index must find Nest.
    expect(forbiddenReach(join(ROOT, 'libs/board/src/board.module.ts')).some((c) => c.includes('@nestjs/'))).toBe(true);
  });
});
