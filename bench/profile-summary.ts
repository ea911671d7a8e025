import { readFileSync } from 'node:fs';
import { profileSpanSeconds, summariseProfile, type CpuProfile } from './support/cpu-profile.js';

/**
 * Summarises a V8 .cpuprofile (from `node --cpu-prof`): top frames by self time, top frames by
 * inclusive time, and self time per package/area.
 *   node dist/bench/profile-summary.js <file.cpuprofile> [top=25] [filter] [--from=s] [--to=s]
 * `filter` limits the inclusive table to frames whose name or file contains it; --from/--to keep
 * only samples in that window (seconds from the start; negative: from the end), e.g. the last
 * phase of a bench with --from=-6 --to=-0.5.
 */
function main(): void {
  const argv = process.argv.slice(2);
  const option = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const [file, topArg, filter] = argv.filter((a) => !a.startsWith('--'));
  if (!file) throw new Error('usage: profile-summary.js <file.cpuprofile> [top] [filter]');
  const top = Number(topArg ?? 25);
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const span = profileSpanSeconds(profile); // s
  const bound = (v: string | undefined, fallback: number) => (v === undefined ? fallback : Number(v) < 0 ? span + Number(v) : Number(v));
  const from = bound(option('from'), 0);
  const to = bound(option('to'), span);
  const { totalMs: total, self, inclusive, areas } = summariseProfile(profile, [{ from, to }]);
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
