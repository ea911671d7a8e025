import { readlinkSync } from 'node:fs';
import { getPriority } from 'node:os';
import { threadId } from 'node:worker_threads';

/** Tasks for thread-tasks.spec.ts. */
export function whereAmI(input: { n: bigint; seen: Map<string, number> }) {
  return { threadId, doubled: input.n * 2n, size: input.seen.size };
}

export async function count(input: { chunks: number; size?: number }, emit: (chunk: Uint8Array) => Promise<void>) {
  for (let i = 0; i < input.chunks; i++) await emit(Buffer.from(`chunk ${i};`.padEnd(input.size ?? 0, '.')));
  return input.chunks;
}

export function fail(): never {
  throw Object.assign(new RangeError('out of range'), { code: 'TOO_BIG' });
}

/** The thread's scheduling priority as the kernel has it (Linux), or null elsewhere. */
export function priority(): number | null {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    return getPriority(tid);
  } catch {
    return null;
  }
}
