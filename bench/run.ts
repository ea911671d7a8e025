import 'reflect-metadata';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appendMeasurement } from './append.js';
import { growthSvg, renderPng, type GrowthSeriesPoint } from './chart.js';
import type { GrowthPoint } from './growth.js';
import { growthMeasurement } from './growth.js';
import { httpMeasurement } from './http.js';
import { rebuildMeasurement } from './rebuild.js';
import { remindersMeasurement } from './reminders.js';
import { markdown, markdownTable, type BenchReport, type Machine } from './report.js';
import { round } from './support/stats.js';
import type { BenchContext, Measurement, MeasurementResult } from './support/types.js';
import { timeTravelMeasurement } from './time-travel.js';
import { mixedLoadMeasurement } from './mixed-load.js';

/**
 * `npm run bench [-- --quick] [-- --only=append,http] [-- --keep] [-- --profile] [-- --render-only]`: every measurement in one
 * process tree, each in fresh temporary directories, then bench/results/latest.json,
 * docs/benchmarks.md and docs/benchmarks-scaling.png. Progress goes to stderr, the table to stdout.
 */
const MEASUREMENTS: Measurement[] = [
  appendMeasurement,
  rebuildMeasurement,
  growthMeasurement,
  timeTravelMeasurement,
  httpMeasurement,
  remindersMeasurement,
  mixedLoadMeasurement,
];

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const profile = args.includes('--profile');
const keep = args.includes('--keep');
const renderOnly = args.includes('--render-only');
const only =
  args
    .find((a) => a.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',')
    .filter(Boolean) ?? null;

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s`;
const log = (id: string) => (message: string) => process.stderr.write(`[bench ${elapsed()}] ${id}: ${message}\n`);

function machine(): Machine {
  const cpu = cpus();
  return {
    cpuModel: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memoryGiB: round(totalmem() / 1024 ** 3, 1),
    node: process.version,
    platform: `${platform()} ${release()}`,
    date: new Date().toISOString(),
  };
}

async function runOne(m: Measurement): Promise<MeasurementResult> {
  const dirs: string[] = [];
  const ctx: BenchContext = {
    quick,
    profile,
    log: log(m.id),
    tempDir: (prefix) => {
      const dir = mkdtempSync(join(tmpdir(), `beslutskedjan-bench-${prefix}-`));
      dirs.push(dir);
      return dir;
    },
  };
  const t0 = performance.now();
  const before = round(loadavg()[0] ?? 0, 2);
  ctx.log(`start (load average ${before} on ${cpus().length} cores)`);
  const done = () => ({
    id: m.id,
    title: m.title,
    seconds: round((performance.now() - t0) / 1000, 1),
    loadAverage: { before, after: round(loadavg()[0] ?? 0, 2) },
  });
  try {
    const outcome = await m.run(ctx);
    return { ...done(), ...outcome };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    ctx.log(`FAILED: ${error instanceof Error ? (error.stack ?? reason) : reason}`);
    return { ...done(), status: 'failed', reason, checks: [], figures: {}, notes: [] };
  } finally {
    for (const dir of dirs) {
      if (keep) ctx.log(`kept ${dir}`);
      else rmSync(dir, { recursive: true, force: true });
    }
    ctx.log(`done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
}

function chartPoints(result: MeasurementResult | undefined): GrowthSeriesPoint[] | null {
  const points = (result?.figures as { points?: GrowthPoint[] } | undefined)?.points;
  if (!points || points.length < 2) return null;
  return points.map((p) => ({
    events: p.events,
    latencyP50Ms: p.commandLatencyMs.p50,
    latencyP99Ms: p.commandLatencyMs.p99,
    rebuildSeconds: p.rebuildSeconds,
    rebuildMicrosPerEvent: p.rebuildMicrosPerEvent,
  }));
}

/** Writes docs/benchmarks.md and docs/benchmarks-scaling.png (and latest.json unless re-rendering). */
function writeOutputs(report: BenchReport, writeJson: boolean): void {
  const docs = join(root, 'docs');
  const results = join(root, 'bench', 'results');
  mkdirSync(docs, { recursive: true });
  mkdirSync(results, { recursive: true });
  let chart: string | null = null;
  const points = chartPoints(report.measurements.find((m) => m.id === 'growth'));
  if (points) {
    const m = report.machine;
    const svg = growthSvg(
      points,
      `${report.mode} run ${m.date.slice(0, 16).replace('T', ' ')} UTC · ${m.cpuModel} × ${m.cores} · Node ${m.node}`,
    );
    writeFileSync(join(docs, 'benchmarks-scaling.png'), renderPng(svg));
    chart = 'benchmarks-scaling.png';
  } else {
    process.stderr.write('[bench] no growth figures: docs/benchmarks-scaling.png left as it was\n');
  }
  if (writeJson) writeFileSync(join(results, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(docs, 'benchmarks.md'), markdown(report, chart));
  process.stderr.write(
    `[bench] wrote ${writeJson ? 'bench/results/latest.json, ' : ''}docs/benchmarks.md${chart ? ', docs/benchmarks-scaling.png' : ''}\n`,
  );
  process.stdout.write(`${markdownTable(report)}\n`);
}

async function main(): Promise<void> {
  if (renderOnly) {
    // Re-renders the docs from the last results (e.g. after changing report.ts or chart.ts); measures nothing.
    writeOutputs(JSON.parse(readFileSync(join(root, 'bench', 'results', 'latest.json'), 'utf8')) as BenchReport, false);
    return;
  }
  const selected = only ? MEASUREMENTS.filter((m) => only.includes(m.id)) : MEASUREMENTS;
  if (selected.length === 0) throw new Error(`--only matched nothing; ids: ${MEASUREMENTS.map((m) => m.id).join(', ')}`);
  process.stderr.write(`[bench] ${quick ? 'quick' : 'full'} run: ${selected.map((m) => m.id).join(', ')}\n`);
  const measurements: MeasurementResult[] = [];
  for (const m of selected) measurements.push(await runOne(m));
  const report: BenchReport = {
    machine: machine(),
    mode: quick ? 'quick' : 'full',
    only,
    totalSeconds: round((performance.now() - started) / 1000, 1),
    measurements,
  };
  if (quick || only) {
    // Only a full run of everything speaks for the project: a quick or partial run must not replace its report.
    const file = join(root, 'bench', 'results', `last-${only ? 'partial' : 'quick'}.json`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    process.stderr.write(`[bench] wrote ${relative(root, file)} (docs/ and latest.json are written by full runs only)\n`);
    process.stdout.write(`${markdownTable(report)}\n`);
  } else writeOutputs(report, true);
  process.stderr.write(`[bench] done in ${report.totalSeconds} s\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
