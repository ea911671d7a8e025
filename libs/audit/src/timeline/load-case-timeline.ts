import type { EventStore, Upcasters } from '@beslutskedjan/event-store';
import { applicationStreamId, type ApplicationEvent } from '@beslutskedjan/application';
import { meetingStreamId } from '@beslutskedjan/board';
import { initiativeStreamId } from '@beslutskedjan/initiative';
import type { PeopleDirectory } from '@beslutskedjan/people';
import { buildCaseTimeline, type CaseStreams } from './build-case-timeline.js';
import type { CaseTimeline, NameOf } from './case-timeline.types.js';

export interface TimelineSources {
  store: EventStore;
  upcasters: Upcasters;
  people: Pick<PeopleDirectory, 'nameOf'>;
}

/** Names for documents: automations act as "Systemet", everyone else through the erasable directory. */
export const namesIn =
  (people: Pick<PeopleDirectory, 'nameOf'>, tenant: string): NameOf =>
  (userId) =>
    userId === 'system' ? 'Systemet' : people.nameOf(tenant, userId);

/**
 * Reads the case's streams from the store (upcast). `knownMeetingIds` come from a read model (which
 * agendas held the case); the application's own BoardDecisionTookEffect events add any it has not seen.
 */
export async function loadCaseStreams(
  sources: TimelineSources,
  tenant: string,
  applicationId: string,
  knownMeetingIds: readonly string[],
): Promise<CaseStreams | null> {
  const read = async (streamId: string) => (await sources.store.readStream(streamId)).map((e) => sources.upcasters.apply(e));
  const application = await read(applicationStreamId(tenant, applicationId));
  if (application.length === 0) return null;
  const decided = (application as unknown as ApplicationEvent[]).flatMap((e) =>
    e.type === 'BoardDecisionTookEffect' ? [e.data.meetingId] : [],
  );
  const meetingIds = [...new Set([...knownMeetingIds, ...decided])];
  const meetings = await Promise.all(meetingIds.map((id) => read(meetingStreamId(tenant, id))));
  const initiative = await read(initiativeStreamId(tenant, applicationId));
  return { applicationId, application, meetings, initiative };
}

export async function loadCaseTimeline(
  sources: TimelineSources,
  tenant: string,
  applicationId: string,
  knownMeetingIds: readonly string[],
): Promise<CaseTimeline | null> {
  const streams = await loadCaseStreams(sources, tenant, applicationId, knownMeetingIds);
  return streams === null ? null : buildCaseTimeline(streams, namesIn(sources.people, tenant));
}
