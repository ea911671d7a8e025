import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { CaseDetail } from '../../../lib/api/views';

/** The case as it stands; `minPosition` makes the page show the write that led here. */
export const useGetApplication = (applicationId: string, minPosition?: string | null) =>
  useQuery({
    queryKey: ['application', applicationId],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/applications/{applicationId}', {
          params: { path: { applicationId }, query: (minPosition ? { minPosition } : {}) as never },
        }),
      ) as unknown as CaseDetail,
  });
