import { Resvg } from '@resvg/resvg-js';

/** The growth curve as an SVG (two panels, log x axis), rendered to PNG with resvg. */
export interface GrowthSeriesPoint {
  events: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  rebuildSeconds: number;
  rebuildMicrosPerEvent: number;
}

const W = 1200;
const H = 560;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const label = (n: number) => (n >= 1_000_000 ? `${n / 1_000_000}M` : n >= 1000 ? `${n / 1000}k` : String(n));
const num = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v >= 1 ? v.toFixed(2) : v.toPrecision(2));

interface Panel {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Ticks at 1, 2, 2.5 or 5 × 10^k steps from 0, about four of them, covering `max`. */
function niceTicks(max: number): number[] {
  const raw = max / 4;
  const p = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * p >= raw) ?? 10) * p;
  const count = Math.ceil(max / step);
  return Array.from({ length: count + 1 }, (_, i) => Math.round(i * step * 1e6) / 1e6);
}

function axes(
  p: Panel,
  xs: number[],
  yTicks: Array<{ v: number; y: number }>,
  title: string,
  yTitle: string,
  xOf: (v: number) => number,
): string {
  const parts = [
    `<rect x="${p.x}" y="${p.y}" width="${p.w}" height="${p.h}" fill="#fbfbfd" stroke="#c9ccd4"/>`,
    `<text x="${p.x + p.w / 2}" y="${p.y - 18}" text-anchor="middle" font-size="18" font-weight="bold">${esc(title)}</text>`,
    `<text transform="translate(${p.x - 62},${p.y + p.h / 2}) rotate(-90)" text-anchor="middle" font-size="14">${esc(yTitle)}</text>`,
    `<text x="${p.x + p.w / 2}" y="${p.y + p.h + 46}" text-anchor="middle" font-size="14">events in store (log scale)</text>`,
  ];
  for (const t of yTicks) {
    parts.push(`<line x1="${p.x}" x2="${p.x + p.w}" y1="${t.y}" y2="${t.y}" stroke="#e3e5ea"/>`);
    parts.push(`<text x="${p.x - 8}" y="${t.y + 5}" text-anchor="end" font-size="13">${num(t.v)}</text>`);
  }
  for (const v of xs) {
    const x = xOf(v);
    parts.push(`<line x1="${x}" x2="${x}" y1="${p.y}" y2="${p.y + p.h}" stroke="#e3e5ea"/>`);
    parts.push(`<text x="${x}" y="${p.y + p.h + 22}" text-anchor="middle" font-size="13">${label(v)}</text>`);
  }
  return parts.join('\n');
}

function line(points: Array<[number, number]>, colour: string, dashed = false): string {
  const d = points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`).join(' ');
  const dots = points.map(([x, y]) => `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="5" fill="${colour}"/>`).join('');
  return `<path d="${d}" fill="none" stroke="${colour}" stroke-width="2.5"${dashed ? ' stroke-dasharray="7 5"' : ''}/>${dashed ? '' : dots}`;
}

export function growthSvg(points: GrowthSeriesPoint[], subtitle: string): string {
  const xs = points.map((p) => p.events);
  const left: Panel = { x: 100, y: 90, w: 440, h: 360 };
  const right: Panel = { x: 700, y: 90, w: 440, h: 360 };
  const lx = Math.log10(Math.min(...xs));
  const hx = Math.log10(Math.max(...xs));
  const xOf = (p: Panel) => (v: number) => p.x + 30 + ((Math.log10(v) - lx) / (hx - lx || 1)) * (p.w - 60);

  // Left: command latency, linear y from 0.
  const latValues = niceTicks(Math.max(...points.map((p) => p.latencyP99Ms)) * 1.1);
  const latMax = latValues.at(-1) as number;
  const ly = (v: number) => left.y + left.h - (v / latMax) * left.h;
  const latTicks = latValues.map((v) => ({ v, y: ly(v) }));
  // Right: rebuild seconds, log y, with the linear reference through the smallest point.
  const first = points[0] as GrowthSeriesPoint;
  const ref = points.map((p) => first.rebuildSeconds * (p.events / first.events));
  const all = [...points.map((p) => p.rebuildSeconds), ...ref];
  const lo = Math.floor(Math.log10(Math.min(...all)));
  const hi = Math.ceil(Math.log10(Math.max(...all)));
  const ry = (v: number) => right.y + right.h - ((Math.log10(v) - lo) / (hi - lo || 1)) * right.h;
  const rebuildTicks = Array.from({ length: hi - lo + 1 }, (_, i) => ({ v: 10 ** (lo + i), y: ry(10 ** (lo + i)) }));

  const lxOf = xOf(left);
  const rxOf = xOf(right);
  const body = [
    axes(left, xs, latTicks, 'Command latency (DraftPolicyRevision)', 'milliseconds', lxOf),
    line(
      points.map((p) => [lxOf(p.events), ly(p.latencyP99Ms)]),
      '#d9822b',
    ),
    line(
      points.map((p) => [lxOf(p.events), ly(p.latencyP50Ms)]),
      '#2563eb',
    ),
    ...points.map(
      (p) =>
        `<text x="${lxOf(p.events)}" y="${ly(p.latencyP50Ms) + 22}" text-anchor="middle" font-size="12" fill="#2563eb">${num(p.latencyP50Ms)}</text>`,
    ),
    ...points.map(
      (p) =>
        `<text x="${lxOf(p.events)}" y="${ly(p.latencyP99Ms) - 10}" text-anchor="middle" font-size="12" fill="#d9822b">${num(p.latencyP99Ms)}</text>`,
    ),
    `<rect x="${left.x + 14}" y="${left.y + 12}" width="14" height="4" fill="#2563eb"/><text x="${left.x + 34}" y="${left.y + 19}" font-size="13">p50</text>`,
    `<rect x="${left.x + 84}" y="${left.y + 12}" width="14" height="4" fill="#d9822b"/><text x="${left.x + 104}" y="${left.y + 19}" font-size="13">p99</text>`,
    axes(right, xs, rebuildTicks, 'Projection rebuild time', 'seconds (log scale)', rxOf),
    line(
      points.map((p) => [rxOf(p.events), ry(p.rebuildSeconds)]),
      '#16a34a',
    ),
    // The linear reference is drawn on top, so it stays visible where the measured curve follows it.
    line(
      points.map((p, i) => [rxOf(p.events), ry(ref[i] as number)]),
      '#9aa0ab',
      true,
    ),
    // Labels sit below the measured line (the linear reference runs at or above it for a linear or better curve).
    ...points.map((p, i) => {
      const lastPoint = i === points.length - 1;
      const x = rxOf(p.events) + (lastPoint ? -8 : 10);
      return `<text x="${x}" y="${ry(p.rebuildSeconds) + 24}" text-anchor="${lastPoint ? 'end' : 'start'}" font-size="12" fill="#16a34a">${num(p.rebuildSeconds)} s · ${num(p.rebuildMicrosPerEvent)} µs/event</text>`;
    }),
    `<rect x="${right.x + 14}" y="${right.y + 12}" width="14" height="4" fill="#16a34a"/><text x="${right.x + 34}" y="${right.y + 19}" font-size="13">measured</text>`,
    `<line x1="${right.x + 110}" x2="${right.x + 124}" y1="${right.y + 14}" y2="${right.y + 14}" stroke="#9aa0ab" stroke-width="2.5" stroke-dasharray="4 3"/><text x="${right.x + 130}" y="${right.y + 19}" font-size="13">linear from ${label(first.events)}</text>`,
  ];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="DejaVu Sans, sans-serif" fill="#1f2430">
<rect width="${W}" height="${H}" fill="#ffffff"/>
<text x="${W / 2}" y="34" text-anchor="middle" font-size="21" font-weight="bold">Beslutskedjan: growth with events in store</text>
<text x="${W / 2}" y="${H - 12}" text-anchor="middle" font-size="12" fill="#5b6170">${esc(subtitle)}</text>
${body.join('\n')}
</svg>`;
}

export function renderPng(svg: string): Buffer {
  const resvg = new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' }, fitTo: { mode: 'width', value: W } });
  return resvg.render().asPng();
}
