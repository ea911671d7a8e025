import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { InboxItem } from '../../../lib/api/views';

export const useGetInbox = () =>
  useQuery({ queryKey: ['inbox'], queryFn: async () => unwrap(await api.GET('/api/inbox', {})) as unknown as { items: InboxItem[] } });
