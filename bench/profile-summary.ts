import { readFileSync } from 'node:fs';

/**
 * Summarises a V8 .cpuprofile (from `node --cpu-prof`): top frames by self time, top frames by
 * inclusive time, and self time per package/area.
 *   node dist/bench/profile-summary.js <file.cpuprofile> [top=25] [filter] [--from=s] [--to=s]
 * `filter` limits the inclusive table to frames whose name or file contains it; --from/--to keep
 * only samples in that window (seconds from the start; negative: from the end), e.g. the last
 * phase of a bench with --from=-6 --to=-0.5.
 */
interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  hitCount?: number;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

const shortUrl = (url: string): string =>
  url
    .replace(/^file:\/\//, '')
    .replace(/^.*\/node_modules\//, 'node_modules/')
    .replace(/^.*\/dist\//, 'dist/');

const key = (f: CallFrame): string =>
  f.url ? `${f.functionName || '(anonymous)'}  ${shortUrl(f.url)}:${f.lineNumber + 1}` : f.functionName || '(anonymous)';

function area(f: CallFrame): string {
  const url = shortUrl(f.url);
  if (!url) return f.functionName.startsWith('(') ? f.functionName : `(native) ${f.functionName}`;
  const pkg = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1] as string;
  if (url.startsWith('node:')) return 'node internals';
  const dist = /^dist\/((?:libs|apps|bench)\/[^/]+)/.exec(url);
  return dist ? (dist[1] as string) : url;
}

function main(): void {
  const argv = process.argv.slice(2);
  const option = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const [file, topArg, filter] = argv.filter((a) => !a.startsWith('--'));
  if (!file) throw new Error('usage: profile-summary.js <file.cpuprofile> [top] [filter]');
  const top = Number(topArg ?? 25);
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const areas = new Map<string, number>();
  const span = (profile.endTime - profile.startTime) / 1e6; // s
  const bound = (v: string | undefined, fallback: number) => (v === undefined ? fallback : Number(v) < 0 ? span + Number(v) : Number(v));
  const from = bound(option('from'), 0);
  const to = bound(option('to'), span);
  let total = 0;
  let at = 0; // s since start
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000; // ms
    at += dt / 1000;
    const node = byId.get(id);
    if (!node || at < from || at > to) return;
    total += dt;
    self.set(key(node.callFrame), (self.get(key(node.callFrame)) ?? 0) + dt);
    areas.set(area(node.callFrame), (areas.get(area(node.callFrame)) ?? 0) + dt);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const k = key((byId.get(cur) as ProfileNode).callFrame);
      if (seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + dt);
    }
  });
  const print = (title: string, map: Map<string, number>, n: number, pick: (k: string) => boolean = () => true) => {
    process.stdout.write(`\n${title}\n`);
    [...map.entries()]
      .filter(([k]) => pick(k))
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .forEach(([k, ms]) =>
        process.stdout.write(`${ms.toFixed(0).padStart(8)} ms ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${k}\n`),
      );
  };
  process.stdout.write(`${file}: ${total.toFixed(0)} ms sampled in ${from.toFixed(1)}–${to.toFixed(1)} s of ${span.toFixed(1)} s\n`);
  print('Self time by area', areas, 15);
  print(`Top ${top} frames by self time`, self, top);
  print(
    `Top ${top} frames by inclusive time${filter ? ` (matching "${filter}")` : ''}`,
    inclusive,
    top,
    (k) => !filter || k.includes(filter),
  );
}

main();
