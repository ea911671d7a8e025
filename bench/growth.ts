import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { SqliteEventStore, Upcasters } from '@beslutskedjan/event-store';
import { CommandExecutor } from '@beslutskedjan/platform';
import { policyDecider, POLICY_EVENT_SCHEMA_VERSIONS, policyStreamId } from '@beslutskedjan/policy';
import { BENCH_TENANT, DIRECTOR, draftCommand } from './support/fixtures.js';
import { seedTo } from './support/seed.js';
import { latencySummary, now, round } from './support/stats.js';
import { atMost, check, type BenchContext, type Measurement, type MeasurementOutcome } from './support/types.js';
import type { RebuildRun } from './rebuild-child.js';
import { rebuildRun, SEED_STREAM_LENGTH } from './rebuild.js';

export interface GrowthPoint {
  events: number;
  commandLatencyMs: ReturnType<typeof latencySummary>;
  rebuildSeconds: number;
  rebuildEvents: number;
  rebuildMicrosPerEvent: number;
  rebuildPeakRssMiB: number;
  rebuildRunsSeconds: number[];
}

/** One DraftPolicyRevision through CommandExecutor on a fresh stream (so its cost depends on store size only), in ms. */
async function timedCommand(executor: CommandExecutor, policyId: string): Promise<number> {
  const nowIso = '2026-11-23T09:00:00.000Z';
  const t0 = now();
  await executor.execute({
    streamId: policyStreamId(BENCH_TENANT, policyId),
    decider: policyDecider,
    command: draftCommand(policyId, nowIso),
    schemaVersions: POLICY_EVENT_SCHEMA_VERSIONS,
    context: { tenant: BENCH_TENANT, actor: { ...DIRECTOR }, now: nowIso, correlationId: randomUUID(), causationId: null },
  });
  return now() - t0;
}

const k = (n: number) => (n >= 1_000_000 ? `${n / 1_000_000}M` : `${n / 1000}k`);

/**
 * Growth: one store per size (10k, 100k, 1M; quick 1k, 10k, 100k), each seeded once. Command
 * latency is sampled round-robin across the stores (rotating order), so every size sees the same
 * moments of the machine; then each store is rebuilt in a child process, the smaller ones again
 * after the largest (the faster run counts), so a disturbance during one rebuild shows as a spread.
 */
export const growthMeasurement: Measurement = {
  id: 'growth',
  title: 'Growth',
  async run(ctx: BenchContext): Promise<MeasurementOutcome> {
    const sizes = ctx.quick ? [1_000, 10_000, 100_000] : [10_000, 100_000, 1_000_000];
    const warmup = 50;
    const samples = ctx.quick ? 300 : 600;
    const dir = ctx.tempDir('growth');
    const stores = sizes.map((size) => {
      const file = join(dir, `events-${size}.sqlite`);
      const store = SqliteEventStore.open(file);
      return { size, file, store, executor: new CommandExecutor(store, new Upcasters()), latencies: [] as number[] };
    });
    const rebuilds = new Map<number, RebuildRun[]>(sizes.map((size) => [size, []]));
    try {
      for (const s of stores) {
        const seed = await seedTo(s.store, s.size, { streamLength: SEED_STREAM_LENGTH, prefix: 'g', log: ctx.log });
        ctx.log(`store of ${k(s.size)} seeded in ${round(seed.seconds, 1)} s`);
      }
      ctx.log(`${warmup} warm-up + ${samples} commands per store, round-robin across ${stores.length} stores`);
      for (let i = -warmup; i < samples; i++) {
        for (let j = 0; j < stores.length; j++) {
          const s = stores[(i + warmup + j) % stores.length] as (typeof stores)[number];
          const ms = await timedCommand(s.executor, `g-${i < 0 ? `w${-i}` : i}`);
          if (i >= 0) s.latencies.push(ms);
        }
      }
      for (const s of stores) {
        const l = latencySummary(s.latencies);
        ctx.log(`command latency at ${k(s.size)}: p50 ${l.p50} ms, p90 ${l.p90} ms, p99 ${l.p99} ms`);
        s.store.database.pragma('wal_checkpoint(TRUNCATE)');
      }
      const order = [...stores, ...stores.slice(0, -1).reverse()];
      for (const s of order)
        rebuilds.get(s.size)?.push(await rebuildRun(ctx, dir, 'rebuild', s.file, `${s.size}-${rebuilds.get(s.size)?.length}`));
    } finally {
      for (const s of stores) await s.store.close();
    }
    const points: GrowthPoint[] = stores.map((s) => {
      const runs = rebuilds.get(s.size) ?? [];
      const best = runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
      return {
        events: s.size,
        commandLatencyMs: latencySummary(s.latencies),
        rebuildSeconds: best.seconds,
        rebuildEvents: best.events,
        rebuildMicrosPerEvent: round((best.seconds * 1e6) / best.events, 2),
        rebuildPeakRssMiB: best.peakRssMiB,
        rebuildRunsSeconds: runs.map((r) => r.seconds),
      };
    });
    const first = points[0] as GrowthPoint;
    const last = points.at(-1) as GrowthPoint;
    return {
      status: 'measured',
      checks: [
        check(
          `command p50 at ${k(last.events)} vs ${k(first.events)}`,
          {
            value: last.commandLatencyMs.p50,
            unit: 'ms',
            label: `DraftPolicyRevision via CommandExecutor, store of ${k(last.events)} events`,
          },
          { value: first.commandLatencyMs.p50, unit: 'ms', label: `same, store of ${k(first.events)} events` },
          atMost(1.2, `at ${k(first.events)}`),
          undefined,
          `p50 ${points.map((p) => `${k(p.events)} ${p.commandLatencyMs.p50} ms`).join(', ')}; p99 ${points.map((p) => `${k(p.events)} ${p.commandLatencyMs.p99} ms`).join(', ')}`,
        ),
        check(
          `rebuild time per event at ${k(last.events)} vs ${k(first.events)}`,
          { value: last.rebuildMicrosPerEvent, unit: 'µs/event', label: `catchUp() of ${k(last.events)} events` },
          { value: first.rebuildMicrosPerEvent, unit: 'µs/event', label: `catchUp() of ${k(first.events)} events` },
          atMost(1.2, `at ${k(first.events)}`),
          undefined,
          `per event: ${points.map((p) => `${k(p.events)} ${p.rebuildMicrosPerEvent} µs`).join(', ')} (linear growth = constant per-event cost; the 1.2 bound is ours, the issue only says "linear")`,
        ),
      ],
      figures: { sizes, warmup, samples, points },
      notes: [
        'Latency: one DraftPolicyRevision at a time (read stream, fold, decide, append with fsync), each on a fresh policy stream; the stores are visited round-robin so all sizes are sampled over the same period. The commands stay in the stores, so a store holds a few hundred more events than its label.',
        'Rebuild: the projections of the rebuild measurement, in a child process, into a fresh read-model database; the smaller stores are rebuilt before and after the largest and the faster run counts.',
      ],
    };
  },
};
