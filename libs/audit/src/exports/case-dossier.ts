import { type ApplicationEvent, applicationDecider, type ExistingApplication } from '@beslutskedjan/application';
import { buildCaseTimeline } from '../timeline/build-case-timeline.js';
import type { CaseTimeline, NameOf } from '../timeline/case-timeline.types.js';
import { loadCaseStreams, namesIn, type TimelineSources } from '../timeline/load-case-timeline.js';

/** Everything a case dossier (ärendeakt) shows: the case as it stands and every fact in order. */
export interface CaseDossier {
  state: ExistingApplication;
  timeline: CaseTimeline;
  nameOf: NameOf;
  printedAt: string;
}

export async function loadCaseDossier(
  sources: TimelineSources,
  tenant: string,
  applicationId: string,
  knownMeetingIds: readonly string[],
  printedAt: string,
): Promise<CaseDossier | null> {
  const streams = await loadCaseStreams(sources, tenant, applicationId, knownMeetingIds);
  if (streams === null) return null;
  const nameOf = namesIn(sources.people, tenant);
  const state = (streams.application as unknown as ApplicationEvent[]).reduce(applicationDecider.evolve, applicationDecider.initialState());
  const timeline = buildCaseTimeline(streams, nameOf);
  if (state.status === 'none' || timeline === null) return null;
  return { state, timeline, nameOf, printedAt };
}
