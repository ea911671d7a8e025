import type { Check, MeasurementResult, Quantity } from './support/types.js';

export interface Machine {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  node: string;
  platform: string;
  date: string;
}

export interface BenchReport {
  machine: Machine;
  mode: 'quick' | 'full';
  only: string[] | null;
  totalSeconds: number;
  measurements: MeasurementResult[];
}

export function fmt(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 100) return value.toLocaleString('en', { maximumFractionDigits: 0 });
  if (abs >= 10) return value.toLocaleString('en', { maximumFractionDigits: 1 });
  if (abs >= 1) return value.toLocaleString('en', { maximumFractionDigits: 2 });
  return value.toPrecision(2);
}

const quantity = (q: Quantity | null): string => (q ? `${fmt(q.value)} ${q.unit}` : '—');
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export interface Row {
  measurement: string;
  figure: string;
  baseline: string;
  ratio: string;
  target: string;
  met: string;
}

export function rows(report: BenchReport): Row[] {
  return report.measurements.flatMap((m): Row[] => {
    if (m.status === 'skipped' || m.status === 'failed' || m.checks.length === 0) {
      return [{ measurement: m.title, figure: `${m.status}: ${m.reason ?? ''}`, baseline: '—', ratio: '—', target: '—', met: '—' }];
    }
    return m.checks.map((c: Check) => ({
      measurement: `${m.title}: ${c.name}`,
      figure: c.figure ? `${quantity(c.figure)}` : m.status === 'baseline-only' ? (m.reason ?? 'pending') : '—',
      baseline: c.baseline ? quantity(c.baseline) : '—',
      ratio: c.ratio === null ? '—' : `${c.ratio.toFixed(2)}×`,
      target: c.target?.text ?? '—',
      met: c.met === null ? '—' : c.met ? 'yes' : '**no**',
    }));
  });
}

export function markdownTable(report: BenchReport): string {
  const header = '| Measurement | Figure | Baseline | Ratio | Target | Met |\n|---|---:|---:|---:|---|:---:|';
  const body = rows(report).map((r) => `| ${[r.measurement, r.figure, r.baseline, r.ratio, r.target, r.met].map(cell).join(' | ')} |`);
  return [header, ...body].join('\n');
}

export function markdown(report: BenchReport, chartFile: string | null): string {
  const { machine } = report;
  const sizes = report.mode === 'quick' ? '1k / 10k / 100k' : '10k / 100k / 1M';
  const growth = report.measurements.find((m) => m.id === 'growth');
  const details = report.measurements.flatMap((m) => {
    const lines = [`### ${m.title} (${m.status}, ${fmt(m.seconds)} s, load average ${m.loadAverage.before} → ${m.loadAverage.after})`, ''];
    if (m.reason) lines.push(`*${m.reason}*`, '');
    for (const c of m.checks) {
      lines.push(
        `- **${c.name}**: ${c.figure ? `${quantity(c.figure)} — ${c.figure.label}` : 'not measured yet'}; baseline ${c.baseline ? `${quantity(c.baseline)} — ${c.baseline.label}` : '—'}.${c.note ? ` ${c.note}.` : ''}`,
      );
    }
    for (const note of m.notes) lines.push(`- ${note}`);
    lines.push('');
    return lines;
  });
  const growthTable =
    growth && Array.isArray((growth.figures as { points?: unknown }).points)
      ? [
          '| Events in store | Command p50 | Command p99 | Rebuild | Rebuild per event | Rebuild peak RSS |',
          '|---:|---:|---:|---:|---:|---:|',
          ...(
            growth.figures as {
              points: Array<{
                events: number;
                commandLatencyMs: { p50: number; p99: number };
                rebuildSeconds: number;
                rebuildMicrosPerEvent: number;
                rebuildPeakRssMiB: number;
              }>;
            }
          ).points.map(
            (p) =>
              `| ${p.events.toLocaleString('en')} | ${fmt(p.commandLatencyMs.p50)} ms | ${fmt(p.commandLatencyMs.p99)} ms | ${fmt(p.rebuildSeconds)} s | ${fmt(p.rebuildMicrosPerEvent)} µs | ${fmt(p.rebuildPeakRssMiB)} MiB |`,
          ),
          '',
        ].join('\n')
      : '';
  return `# Benchmarks

Written by \`npm run bench\`${report.mode === 'quick' ? ' -- --quick' : ''} (${report.mode} run, growth sizes ${sizes}${report.only ? `, only: ${report.only.join(', ')}` : ''}) in ${fmt(report.totalSeconds)} s. Do not edit by hand; the same figures are in \`bench/results/latest.json\`.

| Machine | |
|---|---|
| CPU | ${machine.cpuModel} |
| Cores | ${machine.cores} |
| Memory | ${machine.memoryGiB} GiB |
| Node | ${machine.node} (${machine.platform}) |
| Date | ${machine.date} |

## Results

${markdownTable(report)}

## How to read this

Every row compares a figure of Beslutskedjan's own code path with a baseline measured side by
side in the same run, on the same machine, with the same settings: the physical limit the code
sits on (raw better-sqlite3 on an identical table with the same pragmas, a raw scan of the events
table, a bare Nest route on the same server, raw BullMQ). Absolute numbers depend on the machine
and are noise from one run to the next; the **ratio** (figure ÷ baseline) is the point, and the
target says what ratio we aim for: "≥ 0.5 × raw" means our path should keep at least half of the
raw throughput, "≤ 1.2 × at 10k" that a figure may grow by at most 20 % as the store grows 100-fold.
Targets are printed, never asserted; a **no** is a lead for profiling, not a failed build. Rows
marked "baseline only" or "pending" measure the baseline of a capability that is not built yet.
Quick runs (\`--quick\`) use ten times fewer events and are for checking the harness, not for quoting.

## Growth

${chartFile ? `![Command latency and rebuild time against events in store](${chartFile})\n\n` : ''}${growthTable}
## Details

${details.join('\n')}`;
}
