/** Small timing and statistics helpers shared by the measurements. */

export const now = (): number => performance.now();

/** Nearest-rank percentile of an unsorted sample (p in 0..100). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

export const median = (values: readonly number[]): number => percentile(values, 50);

export const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

export const round = (value: number, digits = 2): number => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};

export function latencySummary(ms: readonly number[]): { n: number; p50: number; p90: number; p99: number; max: number; mean: number } {
  return {
    n: ms.length,
    p50: round(percentile(ms, 50), 3),
    p90: round(percentile(ms, 90), 3),
    p99: round(percentile(ms, 99), 3),
    max: round(Math.max(...ms), 3),
    mean: round(sum(ms) / ms.length, 3),
  };
}

export const mib = (bytes: number): number => round(bytes / (1024 * 1024), 1);
