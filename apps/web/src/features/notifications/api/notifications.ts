import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';

export interface NotificationView {
  notificationId: string;
  kind: string;
  title: { sv: string; en: string };
  body: { sv: string; en: string };
  link: string;
  deliveredAt: string;
  readAt: string | null;
}

export const useGetNotifications = (enabled = true) =>
  useQuery({
    queryKey: ['notifications'],
    enabled,
    queryFn: async () => unwrap(await api.GET('/api/notifications', {})) as unknown as { unread: number; items: NotificationView[] },
  });

export function useMarkNotificationRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (notificationId: string) =>
      unwrap(await api.POST('/api/notifications/{notificationId}/read', { params: { path: { notificationId } }, body: {} })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['notifications'] }),
  });
}
