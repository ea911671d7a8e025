/** Reading V8 .cpuprofile files (from `node --cpu-prof`): self and inclusive time per frame and per area. */
export interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileWindow {
  /** Seconds from the start of the profile (the process's start, for --cpu-prof). */
  from: number;
  to: number;
}

export interface ProfileSummary {
  /** Sampled milliseconds in the windows. */
  totalMs: number;
  self: Map<string, number>;
  inclusive: Map<string, number>;
  areas: Map<string, number>;
  /** Per named group: milliseconds of samples with a matching frame anywhere on the stack. */
  groups: Map<string, number>;
}

const shortUrl = (url: string): string =>
  url
    .replace(/^file:\/\//, '')
    .replace(/^.*\/node_modules\//, 'node_modules/')
    .replace(/^.*\/dist\//, 'dist/');

export const frameKey = (f: CallFrame): string =>
  f.url ? `${f.functionName || '(anonymous)'}  ${shortUrl(f.url)}:${f.lineNumber + 1}` : f.functionName || '(anonymous)';

/** A package, a folder of ours (libs/x, apps/x, bench), node internals, or a native or V8 entry. */
export function areaOf(f: CallFrame): string {
  const url = shortUrl(f.url);
  if (!url) return f.functionName.startsWith('(') ? f.functionName : `(native) ${f.functionName}`;
  const pkg = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1] as string;
  if (url.startsWith('node:')) return 'node internals';
  const dist = /^dist\/((?:libs|apps|bench)\/[^/]+)/.exec(url);
  return dist ? (dist[1] as string) : url;
}

/** Sums the samples inside any of `windows`; `groups` name substrings of frame keys to look for on the stack. */
export function summariseProfile(
  profile: CpuProfile,
  windows: readonly ProfileWindow[],
  groups: Record<string, readonly string[]> = {},
): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const summary: ProfileSummary = { totalMs: 0, self: new Map(), inclusive: new Map(), areas: new Map(), groups: new Map() };
  const add = (map: Map<string, number>, key: string, ms: number) => map.set(key, (map.get(key) ?? 0) + ms);
  let at = 0; // s since start
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000; // ms
    at += dt / 1000;
    const node = byId.get(id);
    if (!node || !windows.some((w) => at >= w.from && at <= w.to)) return;
    summary.totalMs += dt;
    add(summary.self, frameKey(node.callFrame), dt);
    add(summary.areas, areaOf(node.callFrame), dt);
    const stack = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur))
      stack.add(frameKey((byId.get(cur) as ProfileNode).callFrame));
    for (const key of stack) add(summary.inclusive, key, dt);
    for (const [name, needles] of Object.entries(groups)) {
      if ([...stack].some((key) => needles.some((needle) => key.includes(needle)))) add(summary.groups, name, dt);
    }
  });
  return summary;
}

export const profileSpanSeconds = (profile: CpuProfile): number => (profile.endTime - profile.startTime) / 1e6;
