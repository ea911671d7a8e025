/**
 * Read your own writes: the read models follow the log a moment behind, so after a command the next
 * reads ask the API to wait until they include it (`minPosition`, the position the command returned).
 */
let written: string | null = null;

export function noteWrite(result: unknown): void {
  const position = (result as { position?: unknown } | null)?.position;
  if (typeof position !== 'string' || !/^\d+$/.test(position)) return;
  if (written === null || BigInt(position) > BigInt(written)) written = position;
}

/** The query parameter to add to a read that must include this session's writes. */
export const afterWrites = (): { minPosition?: string } => (written === null ? {} : { minPosition: written });
