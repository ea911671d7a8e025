import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { NoticeBoardEntry } from '@beslutskedjan/board';

export type { NoticeBoardEntry };

/** The förbund's public notice board: no token needed, none sent if the visitor is not signed in. */
export const useGetNoticeBoard = (tenant: string) =>
  useQuery({
    queryKey: ['notice-board', tenant],
    queryFn: async () =>
      unwrap(await api.GET('/api/public/{tenant}/notice-board', { params: { path: { tenant } } })) as unknown as {
        forbundName: string;
        notices: NoticeBoardEntry[];
      },
  });
