import type { StoredEvent } from '@beslutskedjan/event-store';
import type { CaseStreams } from './build-case-timeline.js';

/**
 * The case's streams as they stood at `instant` (ISO, UTC): only facts that had happened by then.
 * Facts are judged by when they happened (`occurredAt`), which is also what the documents show.
 */
export function caseStreamsAsOf(streams: CaseStreams, instant: string): CaseStreams {
  const by = (events: readonly StoredEvent[]) => events.filter((e) => e.metadata.occurredAt <= instant);
  return {
    applicationId: streams.applicationId,
    application: by(streams.application),
    meetings: streams.meetings.map(by).filter((events) => events.length > 0),
    initiative: by(streams.initiative),
  };
}
