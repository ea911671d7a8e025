import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { CaseList } from '../../../lib/api/views';

/** The API shows an applicant only their own cases, and staff every case of the förbund. */
export const useListApplications = () =>
  useQuery({
    queryKey: ['applications'],
    queryFn: async () => unwrap(await api.GET('/api/applications', { params: { query: { limit: 200 } as never } })) as unknown as CaseList,
  });
