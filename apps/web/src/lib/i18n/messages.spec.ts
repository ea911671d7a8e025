import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { en } from './en';
import { sv } from './sv';

const SRC = join(__dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

const lookup = (messages: unknown, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
const hasText = (messages: unknown, key: string) =>
  typeof lookup(messages, key) === 'string' ||
  (typeof lookup(messages, `${key}_one`) === 'string' && typeof lookup(messages, `${key}_other`) === 'string');

describe('The message files', () => {
  it('have a Swedish and an English text for every literal key a component uses', () => {
    const keys = new Set<string>();
    for (const file of sources(SRC)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)) keys.add(match[1]!);
    }
    expect(keys.size).toBeGreaterThan(100);
    const missing = [...keys].filter((key) => !hasText(sv, key) || !hasText(en, key));
    expect(missing).toEqual([]);
  });

  it('word every case status and what it expects of the applicant', () => {
    for (const status of Object.keys(sv.status)) {
      expect(hasText(sv, `expected.${status}`) && hasText(en, `status.${status}`)).toBe(true);
    }
  });
});
