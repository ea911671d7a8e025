import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { CaseTimeline, TimelineDecision, TimelineEntry } from '@beslutskedjan/audit';

export type { CaseTimeline, TimelineDecision, TimelineEntry };

/** The case as the log tells it, today or as it stood at the end of `asOf` (a Swedish day). */
export const useGetCaseTimeline = (applicationId: string, asOf: string | null) =>
  useQuery({
    queryKey: ['case-timeline', applicationId, asOf ?? 'today'],
    placeholderData: keepPreviousData,
    queryFn: async () =>
      unwrap(
        await api.GET('/api/applications/{applicationId}/timeline', {
          params: { path: { applicationId }, query: (asOf ? { asOf } : {}) as never },
        }),
      ) as unknown as CaseTimeline,
  });
