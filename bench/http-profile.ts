import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { summariseProfile, type CpuProfile, type ProfileWindow } from './support/cpu-profile.js';

/**
 * Where the API process's CPU went in one route's slices, from its own `--cpu-prof` profile
 * (`npm run bench -- --profile`). Each group is the share of samples with a matching frame on
 * the stack, so a nested group (the hash chain inside the executor) is also counted in its parent.
 */
const GROUPS: Record<string, readonly string[]> = {
  'event store commits (group commit, fsync)': ['flush  dist/libs/event-store/src/sqlite/sqlite-event-store.js'],
  'live projections': ['applyBatch  dist/libs/projections/'],
  'command executor (load, decide, append)': ['dist/libs/platform/src/commands/command-executor.js'],
  'hash chain': ['dist/libs/event-store/src/integrity/event-hash.js'],
  reactions: ['dist/libs/projections/src/reaction-runner.js', 'dist/libs/platform/src/automation/'],
  'JWT check': ['dist/libs/platform/src/auth/'],
};

/** Self time of the parts every request pays, the bare route's included. */
const REQUEST_PATH = new Set([
  'fastify',
  'find-my-way',
  'light-my-request',
  'avvio',
  'secure-json-parse',
  '@nestjs/core',
  '@nestjs/platform-fastify',
  'rxjs',
  'node internals',
  '(native) writev',
]);

const pct = (ms: number, total: number) => `${((100 * ms) / total).toFixed(0)} %`;

export function describeProfiles(dir: string, windows: ReadonlyMap<string, readonly ProfileWindow[]>): Map<string, string> {
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  const described = new Map<string, string>();
  if (!file) return described;
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
  for (const [name, spans] of windows) {
    const s = summariseProfile(profile, spans, GROUPS);
    if (s.totalMs === 0) continue;
    const requestPath = [...s.areas].filter(([area]) => REQUEST_PATH.has(area)).reduce((sum, [, ms]) => sum + ms, 0);
    const groups = Object.keys(GROUPS).map((g) => `${g} ${pct(s.groups.get(g) ?? 0, s.totalMs)}`);
    described.set(
      name,
      `CPU profile of the API process in these slices (this run, --profile; ${Math.round(s.totalMs)} ms sampled): ${groups.join(', ')}; ` +
        `the HTTP path every route pays (Fastify, body parsing, Nest, socket writes; self time) ${pct(requestPath, s.totalMs)}; ` +
        `garbage collection ${pct(s.areas.get('(garbage collector)') ?? 0, s.totalMs)}; idle ${pct(s.areas.get('(idle)') ?? 0, s.totalMs)}`,
    );
  }
  return described;
}
