import { type StoredEvent, type EventStore, Upcasters } from '@beslutskedjan/event-store';
import {
  applicationDecider,
  applicationStreamId,
  type ApplicationEvent,
  casesProjection,
  getCaseDetail,
  type CaseDetail,
} from '@beslutskedjan/application';
import { meetingStreamId } from '@beslutskedjan/board';
import { asOfInstant } from './as-of.js';
import { replayInMemory } from './replay-in-memory.js';

export interface AsOfOptions {
  upcasters?: Upcasters;
  /** Meetings whose agenda held the case (e.g. `meetingIdsOfCase` of the audit read model); else those that decided it. */
  meetingIds?: readonly string[];
}

export type CaseAsOf = CaseDetail & { asOf: string };

/**
 * A case as it stood at `asOf`: its stream, and its meetings' streams, read up to that instant and
 * folded through the decider; rendered by replaying the same facts through the cases projection
 * into a private in-memory database, so the shape is exactly today's `getApplication` view.
 * Null when the case did not exist yet.
 */
export async function applicationAsOf(
  store: EventStore,
  tenant: string,
  applicationId: string,
  asOf: string,
  options: AsOfOptions = {},
): Promise<CaseAsOf | null> {
  const instant = asOfInstant(asOf);
  const upcasters = options.upcasters ?? new Upcasters();
  const upcast = (events: StoredEvent[]) => events.map((e) => upcasters.apply(e));
  const application = upcast(await store.readStream(applicationStreamId(tenant, applicationId), { asOf: instant }));
  const state = (application as unknown as ApplicationEvent[]).reduce(applicationDecider.evolve, applicationDecider.initialState());
  if (state.status === 'none') return null;

  const decidedAt = (application as unknown as ApplicationEvent[]).flatMap((e) =>
    e.type === 'BoardDecisionTookEffect' ? [e.data.meetingId] : [],
  );
  const meetingIds = [...new Set([...(options.meetingIds ?? []), ...decidedAt])];
  const meetings = await Promise.all(
    meetingIds.map(async (id) => upcast(await store.readStream(meetingStreamId(tenant, id), { asOf: instant }))),
  );
  const detail = replayInMemory(casesProjection, [...application, ...meetings.flat()], (db) => getCaseDetail(db, tenant, applicationId));
  return detail === null ? null : { ...detail, asOf: instant };
}
