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

describe('canonicalJson', () => {
  it('sorts keys at every level and drops undefined as JSON does', () => {
    expect(canonicalJson({ b: 1, a: [{ d: null, c: 'å' }, undefined], e: undefined })).toBe('{"a":[{"c":"å","d":null},null],"b":1}');
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
