import type { StoredEvent } from '@beslutskedjan/event-store';
import { caseStreamsAsOf } from './case-streams-as-of.js';

const at = (streamId: string, revision: number, occurredAt: string): StoredEvent => ({
  eventId: `${streamId}-${revision}`,
  streamId,
  revision,
  position: BigInt(revision + 1),
  type: 'Something',
  data: {},
  metadata: { tenant: 't', actor: { userId: 'u', role: 'director' }, correlationId: 'c', causationId: null, occurredAt, schemaVersion: 1 },
});

describe('caseStreamsAsOf', () => {
  const streams = {
    applicationId: 'a',
    application: [at('app', 0, '2026-11-20T10:00:00.000Z'), at('app', 1, '2026-12-10T14:00:00.000Z')],
    meetings: [
      [at('m1', 0, '2026-11-25T10:00:00.000Z'), at('m1', 1, '2026-12-10T13:00:00.000Z')],
      [at('m2', 0, '2026-12-11T09:00:00.000Z')],
    ],
    initiative: [at('ini', 0, '2026-12-10T14:00:00.000Z')],
  };

  it('given an instant, then only facts that had happened by then remain, and meetings not yet scheduled drop out', () => {
    const then = caseStreamsAsOf(streams, '2026-12-09T22:59:59.999Z');
    expect(then.application.map((e) => e.revision)).toEqual([0]);
    expect(then.meetings.map((m) => m.map((e) => e.streamId + e.revision))).toEqual([['m10']]);
    expect(then.initiative).toEqual([]);
  });

  it('given the very instant a fact happened, then it is included', () => {
    expect(caseStreamsAsOf(streams, '2026-12-10T14:00:00.000Z').initiative).toHaveLength(1);
  });
});
