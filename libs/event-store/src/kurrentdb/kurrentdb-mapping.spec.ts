import { EventStoreUnavailableError } from '../errors.js';
import type { EventMetadata } from '../event.js';
import {
  MissingPositionError,
  endsWithEventIds,
  expectedToString,
  fromPositionFor,
  isAfter,
  isOnOrBefore,
  isSystemEvent,
  knownCommit,
  toActualRevision,
  toStoredEvent,
  toStreamState,
  unavailable,
} from './kurrentdb-mapping.js';
import type { RecordedEventLike } from './kurrentdb-mapping.js';

const metadata: EventMetadata = {
  tenant: 't-1',
  actor: { userId: 'u-1', role: 'system' },
  correlationId: 'c-1',
  causationId: null,
  occurredAt: '2026-01-01T10:00:00.000Z',
  schemaVersion: 2,
  idempotencyKey: 'k-1',
};

const recorded = (overrides: Partial<RecordedEventLike> = {}): RecordedEventLike => ({
  streamId: 'decision-1',
  id: 'e-1',
  type: 'Happened',
  isJson: true,
  revision: 3n,
  data: { n: 1 },
  metadata,
  position: { commit: 1200n, prepare: 1200n },
  ...overrides,
});

describe('KurrentDB mapping', () => {
  describe('expected revision', () => {
    it('maps no_stream, any and exact revisions to the client stream state', () => {
      expect(toStreamState('no_stream')).toBe('no_stream');
      expect(toStreamState('any')).toBe('any');
      expect(toStreamState(0)).toBe(0n);
      expect(toStreamState(41)).toBe(41n);
    });

    it('rejects revisions that are not non-negative integers', () => {
      expect(() => toStreamState(-1)).toThrow(RangeError);
      expect(() => toStreamState(1.5)).toThrow(RangeError);
    });

    it('describes the expectation and the actual revision in our terms', () => {
      expect(expectedToString('no_stream')).toBe('no_stream');
      expect(expectedToString(4)).toBe('4');
      expect(toActualRevision('no_stream')).toBe('no_stream');
      expect(toActualRevision(-1n)).toBe('no_stream');
      expect(toActualRevision(7n)).toBe(7);
    });
  });

  describe('resolved event to StoredEvent', () => {
    it('maps id, type, data, metadata, stream, revision and the commit position', () => {
      expect(toStoredEvent({ event: recorded() })).toEqual({
        eventId: 'e-1',
        type: 'Happened',
        data: { n: 1 },
        metadata,
        streamId: 'decision-1',
        revision: 3,
        position: 1200n,
      });
    });

    it('uses the commit position, not the prepare position', () => {
      const stored = toStoredEvent({ event: recorded({ position: { commit: 900n, prepare: 850n } }) });
      expect(stored?.position).toBe(900n);
    });

    it('falls back to the resolved commit position when the record carries none', () => {
      expect(toStoredEvent({ event: recorded({ position: undefined }), commitPosition: 77n })?.position).toBe(77n);
    });

    it('refuses records without any log position instead of inventing one', () => {
      expect(() => toStoredEvent({ event: recorded({ position: undefined }) })).toThrow(MissingPositionError);
      const maxU64 = 2n ** 64n - 1n;
      expect(() => toStoredEvent({ event: recorded({ position: { commit: maxU64, prepare: maxU64 } }) })).toThrow(MissingPositionError);
    });

    it('skips system records, links, non-JSON payloads and foreign metadata', () => {
      expect(toStoredEvent({})).toBeUndefined();
      expect(toStoredEvent({ event: recorded({ streamId: '$stats-127.0.0.1:2113' }) })).toBeUndefined();
      expect(toStoredEvent({ event: recorded({ type: '$metadata' }) })).toBeUndefined();
      expect(toStoredEvent({ event: recorded({ type: '$>' }) })).toBeUndefined();
      expect(toStoredEvent({ event: recorded({ isJson: false, data: new Uint8Array([1]) }) })).toBeUndefined();
      expect(toStoredEvent({ event: recorded({ metadata: new Uint8Array([1, 2]) }) })).toBeUndefined();
      expect(toStoredEvent({ event: recorded({ metadata: undefined }) })).toBeUndefined();
      expect(toStoredEvent({ event: recorded({ metadata: { foreign: true } }) })).toBeUndefined();
    });

    it('treats the "no position" sentinel as unknown', () => {
      expect(knownCommit(1200n)).toBe(1200n);
      expect(knownCommit(undefined)).toBeUndefined();
      expect(knownCommit(2n ** 64n - 1n)).toBeUndefined();
    });

    it('recognises system streams and types', () => {
      expect(isSystemEvent('$all', 'Happened')).toBe(true);
      expect(isSystemEvent('decision-1', '$streamDeleted')).toBe(true);
      expect(isSystemEvent('decision-1', 'Happened')).toBe(false);
    });
  });

  describe('exclusive after', () => {
    it('keeps only positions strictly after the bound', () => {
      expect(isAfter(100n, 100n)).toBe(false);
      expect(isAfter(99n, 100n)).toBe(false);
      expect(isAfter(101n, 100n)).toBe(true);
      expect(isAfter(0n, undefined)).toBe(true);
    });

    it('starts reading at the bound itself (the caller drops it), or at the start when there is none', () => {
      expect(fromPositionFor(undefined)).toBe('start');
      expect(fromPositionFor(0n)).toBe('start');
      expect(fromPositionFor(1200n)).toEqual({ commit: 1200n, prepare: 1200n });
    });

    it('filters as of a point in time by when the fact happened, inclusively', () => {
      expect(isOnOrBefore('2013-06-01T00:00:00.000Z', '2013-12-31T23:59:59.999Z')).toBe(true);
      expect(isOnOrBefore('2013-12-31T23:59:59.999Z', '2013-12-31T23:59:59.999Z')).toBe(true);
      expect(isOnOrBefore('2014-01-01T00:00:00.000Z', '2013-12-31T23:59:59.999Z')).toBe(false);
      expect(isOnOrBefore('2099-01-01T00:00:00.000Z', undefined)).toBe(true);
    });
  });

  describe('duplicate batch detection', () => {
    const newestFirst = [{ eventId: 'c' }, { eventId: 'b' }, { eventId: 'a' }];

    it('recognises a batch that is exactly the newest events, in order', () => {
      expect(endsWithEventIds(newestFirst, ['b', 'c'])).toBe(true);
      expect(endsWithEventIds(newestFirst, ['a', 'b', 'c'])).toBe(true);
    });

    it('does not treat other batches as duplicates', () => {
      expect(endsWithEventIds(newestFirst, ['c', 'b'])).toBe(false);
      expect(endsWithEventIds(newestFirst, ['a', 'b'])).toBe(false);
      expect(endsWithEventIds(newestFirst, ['x', 'c'])).toBe(false);
      expect(endsWithEventIds(newestFirst, ['z', 'a', 'b', 'c'])).toBe(false);
      expect(endsWithEventIds(newestFirst, [])).toBe(false);
    });
  });

  it('wraps client failures as EventStoreUnavailableError, keeping the cause', () => {
    const cause = new Error('14 UNAVAILABLE: No connection established');
    const wrapped = unavailable('append', cause);
    expect(wrapped).toBeInstanceOf(EventStoreUnavailableError);
    expect(wrapped.message).toContain('append');
    expect(wrapped.cause).toBe(cause);
    expect(unavailable('ping', wrapped)).toBe(wrapped);
  });
});
