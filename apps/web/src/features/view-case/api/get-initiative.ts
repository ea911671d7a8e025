import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { InitiativeDetail } from '@beslutskedjan/initiative';

/** The funded initiative of an approved case: its id is the application's (fund-initiative.ts). */
export const useGetInitiative = (applicationId: string, enabled: boolean) =>
  useQuery({
    queryKey: ['initiative', applicationId],
    enabled,
    queryFn: async () =>
      unwrap(
        await api.GET('/api/initiatives/{initiativeId}', { params: { path: { initiativeId: applicationId } } }),
      ) as unknown as InitiativeDetail,
  });
