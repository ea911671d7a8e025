import type { NewEvent, StoredEvent } from '../event.js';
import { canonicalJson, chainEvents, computeEventHash, storedHashOf, streamHeadOf } from './event-hash.js';

const event = (eventId: string, data: unknown): NewEvent => ({
  eventId,
  type: 'PolicyRevisionDrafted',
  data,
  metadata: {
    tenant: 't1',
    actor: { userId: 'u-director', role: 'director' },
    correlationId: 'c-1',
    causationId: null,
    occurredAt: '2011-11-07T08:00:00.000Z',
    schemaVersion: 1,
  },
});

const stored = (e: NewEvent, revision: number): StoredEvent => ({
  ...e,
  streamId: 't1/policy-asf',
  revision,
  position: BigInt(revision + 1),
});

/** The form every hash stored before the one-pass version was made over: normalise through JSON, then sort. */
function referenceCanonicalJson(value: unknown): string {
  const normalised = JSON.stringify(value);
  const sorted = (v: unknown): string => {
    if (v === null || typeof v !== 'object') return JSON.stringify(v);
    if (Array.isArray(v)) return `[${v.map(sorted).join(',')}]`;
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${sorted((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  };
  return normalised === undefined ? 'null' : sorted(JSON.parse(normalised) as unknown);
}

/** Deterministic pseudo-random values of every shape JSON knows, and some it only tolerates. */
function* variedValues(count: number): Generator<unknown> {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const keys = ['a', 'B', 'å', 'ö-key', '10', '2', '__x', 'z z', 'emoji🙂', ''];
  const leaf = (): unknown =>
    [
      null,
      undefined,
      0,
      -0,
      1.5,
      -42,
      1e21,
      Number.NaN,
      Infinity,
      '',
      'text "quoted" \\ \n',
      'Åsa Öberg',
      true,
      false,
      new Date(Date.UTC(2026, 10, 30)),
      new String('boxed'),
      new Number(3),
      () => 1,
    ][Math.floor(next() * 18)];
  const make = (depth: number): unknown => {
    const r = next();
    if (depth > 3 || r < 0.4) return leaf();
    if (r < 0.7) return Array.from({ length: Math.floor(next() * 4) }, () => make(depth + 1));
    return Object.fromEntries(
      Array.from({ length: Math.floor(next() * 5) }, () => [keys[Math.floor(next() * keys.length)]!, make(depth + 1)]),
    );
  };
  for (let i = 0; i < count; i++) yield make(0);
}

describe('canonicalJson', () => {
  it('sorts keys at every level and drops undefined as JSON does', () => {
    expect(canonicalJson({ b: 1, a: [{ d: null, c: 'å' }, undefined], e: undefined })).toBe('{"a":[{"c":"å","d":null},null],"b":1}');
  });

  it('gives exactly the bytes of the original normalise-then-sort form, so every stored hash still verifies', () => {
    for (const value of variedValues(5000)) expect(canonicalJson(value)).toBe(referenceCanonicalJson(value));
    for (const value of [undefined, null, -0, new Date(0), [undefined, () => 1], { toJSON: () => ({ b: 1, a: 2 }) }]) {
      expect(canonicalJson(value)).toBe(referenceCanonicalJson(value));
    }
  });
});

describe('chainEvents', () => {
  it('given a new stream, chains the batch from revision 0 with an empty prevHash', () => {
    const [first, second] = chainEvents('t1/policy-asf', { revision: -1, hash: '' }, [event('e-1', { n: 1 }), event('e-2', { n: 2 })]);
    expect(first!.metadata.prevHash).toBe('');
    expect(first!.metadata.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(second!.metadata.prevHash).toBe(first!.metadata.hash);
    expect(first!.metadata.hash).toBe(computeEventHash({ ...first!, streamId: 't1/policy-asf', revision: 0 }, ''));
  });

  it('given an existing stream, hashes the revisions the store will assign, chained onto the head', () => {
    const history = chainEvents('t1/policy-asf', { revision: -1, hash: '' }, [event('e-1', { n: 1 })]).map(stored);
    const head = streamHeadOf(history);
    const [next] = chainEvents('t1/policy-asf', head, [event('e-2', { n: 2 })]);
    expect(next!.metadata.prevHash).toBe(storedHashOf(history[0]!));
    expect(next!.metadata.hash).toBe(computeEventHash({ ...next!, streamId: 't1/policy-asf', revision: 1 }, head.hash));
  });

  it('any change to data, revision, stream or prevHash changes the hash; key order does not', () => {
    const [chained] = chainEvents('s', { revision: -1, hash: '' }, [event('e-1', { a: 1, b: 2 })]);
    const base = { ...chained!, streamId: 's', revision: 0 };
    const hash = computeEventHash(base, '');
    expect(computeEventHash({ ...base, data: { b: 2, a: 1 } }, '')).toBe(hash);
    expect(computeEventHash({ ...base, data: { a: 1, b: 3 } }, '')).not.toBe(hash);
    expect(computeEventHash({ ...base, revision: 1 }, '')).not.toBe(hash);
    expect(computeEventHash({ ...base, streamId: 't' }, '')).not.toBe(hash);
    expect(computeEventHash(base, 'f'.repeat(64))).not.toBe(hash);
  });

  it('re-chaining an event ignores hash fields it already carries', () => {
    const [once] = chainEvents('s', { revision: -1, hash: '' }, [event('e-1', {})]);
    const [twice] = chainEvents('s', { revision: -1, hash: '' }, [once!]);
    expect(twice!.metadata.hash).toBe(once!.metadata.hash);
  });
});
