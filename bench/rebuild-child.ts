import Database from 'better-sqlite3';
import { SqliteEventStore, applyDurablePragmas } from '@beslutskedjan/event-store';
import { openReadDb } from '@beslutskedjan/platform';
import { ProjectionRunner } from '@beslutskedjan/projections';
import { childMain } from './support/child.js';
import { mib, now, round } from './support/stats.js';
import { benchProjections } from './stream-activity.projection.js';

/**
 * One rebuild-side run in a process of its own, so its peak RSS is its own:
 *   rebuild       ProjectionRunner.catchUp() into a fresh read-model database (openReadDb settings)
 *   scan-raw      baseline: better-sqlite3 .iterate() over the events table, JSON.parse of data and metadata
 *   scan-adapter  SqliteEventStore.readAllSync in batches of 1000 (the runner's read path, no projection)
 *   rebuild-only:<name>  the rebuild with that one projection, to split the cost between them
 * By hand: node dist/bench/rebuild-child.js rebuild <events.sqlite> <read-model dir>
 */
export type RebuildMode = 'rebuild' | 'scan-raw' | 'scan-adapter' | `rebuild-only:${string}`;

export interface RebuildRun {
  mode: RebuildMode;
  events: number;
  seconds: number;
  eventsPerSecond: number;
  /** process.resourceUsage().maxRSS: the child's peak, including Node's own ~50 MiB. */
  peakRssMiB: number;
  rssBeforeMiB: number;
  rows?: Record<string, number>;
}

interface Timed {
  events: number;
  seconds: number;
  rows?: Record<string, number>;
}

async function scanRaw(file: string): Promise<Timed> {
  const db = new Database(file);
  applyDurablePragmas(db);
  const t0 = now();
  let events = 0;
  let check = 0;
  const rows = db
    .prepare<[], { position: number; stream_id: string; revision: number; event_id: string; type: string; data: string; metadata: string }>(
      'SELECT position, stream_id, revision, event_id, type, data, metadata FROM events ORDER BY position',
    )
    .iterate();
  for (const row of rows) {
    const data = JSON.parse(row.data) as { revision?: number };
    const metadata = JSON.parse(row.metadata) as { schemaVersion: number };
    check += (data.revision ?? 0) + metadata.schemaVersion + row.revision;
    events++;
  }
  const seconds = (now() - t0) / 1000;
  db.close();
  if (check < 0) throw new Error('unreachable');
  return { events, seconds };
}

async function scanAdapter(file: string): Promise<Timed> {
  const store = SqliteEventStore.open(file);
  const t0 = now();
  let events = 0;
  let after = 0n;
  for (;;) {
    const batch = store.readAllSync(after, 1000);
    const last = batch.at(-1);
    if (!last) break;
    events += batch.length;
    after = last.position;
  }
  const seconds = (now() - t0) / 1000;
  await store.close();
  return { events, seconds };
}

async function rebuild(file: string, dir: string, only?: string): Promise<Timed> {
  const projections = only === undefined ? benchProjections : benchProjections.filter((p) => p.name === only);
  if (projections.length === 0) throw new Error(`no bench projection named ${only}`);
  const store = SqliteEventStore.open(file);
  const db = openReadDb(dir, 'bench');
  const runner = new ProjectionRunner(store, db, projections);
  const t0 = now();
  const events = await runner.catchUp();
  const seconds = (now() - t0) / 1000;
  const rows: Record<string, number> = {};
  for (const p of projections) {
    for (const table of p.tables) rows[table] = (db.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n;
  }
  db.close();
  await store.close();
  return { events, seconds, rows };
}

export async function runRebuildMode(mode: RebuildMode, file: string, dir: string): Promise<RebuildRun> {
  const rssBeforeMiB = mib(process.memoryUsage.rss());
  const only = mode.startsWith('rebuild-only:') ? mode.slice('rebuild-only:'.length) : undefined;
  const run =
    only === undefined
      ? (
          { rebuild: () => rebuild(file, dir), 'scan-raw': () => scanRaw(file), 'scan-adapter': () => scanAdapter(file) } as Record<
            string,
            () => Promise<Timed>
          >
        )[mode]
      : () => rebuild(file, dir, only);
  if (!run) throw new Error(`unknown mode ${String(mode)}`);
  const { events, seconds, rows } = await run();
  return {
    mode,
    events,
    seconds: round(seconds, 3),
    eventsPerSecond: round(events / seconds, 0),
    peakRssMiB: mib(process.resourceUsage().maxRSS * 1024),
    rssBeforeMiB,
    ...(rows ? { rows } : {}),
  };
}

const [mode, file, dir] = process.argv.slice(2);
if (mode && file) childMain(() => runRebuildMode(mode as RebuildMode, file, dir ?? '.'));
