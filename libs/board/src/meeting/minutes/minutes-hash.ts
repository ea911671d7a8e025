import { createHash } from 'node:crypto';
import type { Minutes } from './minutes.types.js';

/** JSON with object keys sorted at every level, so equal documents always hash alike. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** The fingerprint the signatories attest; any later change to the minutes shows. */
export const minutesSha256 = (minutes: Minutes): string => createHash('sha256').update(canonicalJson(minutes), 'utf8').digest('hex');
