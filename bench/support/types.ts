/** The shapes every measurement returns and `run.ts` writes to latest.json and docs/benchmarks.md. */

export interface Quantity {
  value: number;
  unit: string;
  /** What was measured, e.g. "SqliteEventStore.append, 1 event per call". */
  label: string;
}

/** A ratio target: `ratio op value`, e.g. ≥ 0.5 (the figure against its baseline). */
export interface Target {
  op: '>=' | '<=';
  value: number;
  text: string;
}

/** One row of the table: a figure, what it is compared with, and the target for the ratio. */
export interface Check {
  name: string;
  /** null while the side under test does not exist yet (baseline-only rows). */
  figure: Quantity | null;
  baseline: Quantity | null;
  ratio: number | null;
  target: Target | null;
  /** null when there is no target to meet (baseline-only or skipped rows). */
  met: boolean | null;
  note?: string;
}

export type Status = 'measured' | 'baseline-only' | 'skipped' | 'failed';

export interface MeasurementOutcome {
  status: Status;
  /** Why a measurement was skipped or failed, or what is still pending. */
  reason?: string;
  checks: Check[];
  /** Every number behind the checks (counts, percentiles, sizes), for latest.json. */
  figures: Record<string, unknown>;
  notes: string[];
}

export interface MeasurementResult extends MeasurementOutcome {
  id: string;
  title: string;
  seconds: number;
  /** os.loadavg()[0] before and after: other work on the machine shows up here, not in the figures. */
  loadAverage: { before: number; after: number };
}

export interface BenchContext {
  quick: boolean;
  /** `--profile`: measurements that can also take CPU profiles of their processes and describe them. */
  profile: boolean;
  /** Progress line on stderr, prefixed with the measurement id. */
  log(message: string): void;
  /** A fresh temporary directory for this measurement, removed when it ends. */
  tempDir(prefix: string): string;
}

export interface Measurement {
  id: string;
  title: string;
  run(ctx: BenchContext): Promise<MeasurementOutcome>;
}

export const atLeast = (value: number, of: string): Target => ({ op: '>=', value, text: `≥ ${value} × ${of}` });
export const atMost = (value: number, of: string): Target => ({ op: '<=', value, text: `≤ ${value} × ${of}` });

/** Builds a table row; `ratio` is figure ÷ baseline unless given. */
export function check(
  name: string,
  figure: Quantity | null,
  baseline: Quantity | null,
  target: Target | null,
  ratio?: number,
  note?: string,
): Check {
  const r = ratio ?? (figure && baseline && baseline.value !== 0 ? figure.value / baseline.value : null);
  const met = target && r !== null && Number.isFinite(r) ? (target.op === '>=' ? r >= target.value : r <= target.value) : null;
  return { name, figure, baseline, ratio: r, target, met, ...(note ? { note } : {}) };
}
