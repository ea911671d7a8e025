import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export interface PublishedSeal {
  tenant: string;
  sealedAt: string;
  upToPosition: string;
  /** The seal event's hash: it vouches for every seal before it and every head it names. */
  sealHash: string;
  sealMac: string;
}

/**
 * Appends a seal's digest to the day's file (`seal-digests/2026-11-23.txt`, one line per seal). An operator
 * archives these files elsewhere (mail, another host, the notice board); a log cut short after a seal then
 * no longer contains the seal the archive names.
 */
export function publishSealDigest(dir: string, seal: PublishedSeal): string {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = join(dir, `${seal.sealedAt.slice(0, 10)}.txt`);
  const line = [seal.sealedAt, seal.tenant, `upTo=${seal.upToPosition}`, `sealHash=${seal.sealHash}`, `mac=${seal.sealMac}`].join(' ');
  appendFileSync(file, `${line}\n`, { mode: 0o600 });
  return file;
}
