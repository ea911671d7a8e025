import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
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

interface Messages {
  sv: unknown;
  en: unknown;
}

/** A feature with its own i18n namespace (features/<name>/i18n/sv.ts and en.ts) words its keys there. */
function messagesFor(file: string): { name: string; messages: Messages } {
  const [top, feature] = relative(SRC, file).split(sep);
  const own = top === 'features' && feature ? join(SRC, 'features', feature, 'i18n') : undefined;
  if (own && existsSync(join(own, 'sv.ts')) && existsSync(join(own, 'en.ts'))) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the namespaces are found on disk
    const messages = { sv: (require(join(own, 'sv')) as Messages).sv, en: (require(join(own, 'en')) as Messages).en };
    return { name: feature!, messages };
  }
  return { name: 'common', messages: { sv, en } };
}

describe('The message files', () => {
  it('have a Swedish and an English text for every literal key a component uses, in its own namespace', () => {
    const keys = new Map<string, { name: string; messages: Messages; key: string }>();
    for (const file of sources(SRC)) {
      const namespace = messagesFor(file);
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)) {
        keys.set(`${namespace.name}:${match[1]!}`, { ...namespace, key: match[1]! });
      }
    }
    expect(keys.size).toBeGreaterThan(100);
    const missing = [...keys.entries()]
      .filter(([, { messages, key }]) => !hasText(messages.sv, key) || !hasText(messages.en, key))
      .map(([id]) => id);
    expect(missing).toEqual([]);
  });

  it('word every case status and what it expects of the applicant', () => {
    for (const status of Object.keys(sv.status)) {
      expect(hasText(sv, `expected.${status}`) && hasText(en, `status.${status}`)).toBe(true);
    }
  });
});
