import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { ReminderOverview, ReminderOverviewEntry, ReconcileReport } from '@beslutskedjan/reminders';

export type { ReminderOverviewEntry, ReconcileReport };

export const useGetReminderOverview = () =>
  useQuery({
    queryKey: ['reminder-overview'],
    queryFn: async () => unwrap(await api.GET('/api/admin/reminders', {})) as unknown as ReminderOverview & { mode: 'bullmq' | 'embedded' },
  });

/** Reconcile for the admin's own förbund (the API scopes it to the caller's förbund whatever is asked). */
export const useReconcileReminders = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/admin/reminders/reconcile', {})) as unknown as ReconcileReport,
    onSuccess: () => client.invalidateQueries({ queryKey: ['reminder-overview'] }),
  });
};
