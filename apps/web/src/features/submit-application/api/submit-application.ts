import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { ApplicationBody } from './application-form';

interface CommandResult {
  position: string;
  revision: number;
}

export function useSubmitApplication() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: ApplicationBody) =>
      unwrap(await api.POST('/api/applications', { body })) as unknown as CommandResult & { applicationId: string; caseNumber: string },
    onSuccess: () => client.invalidateQueries({ queryKey: ['applications'] }),
  });
}

export function useReviseApplication(applicationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: ApplicationBody) =>
      unwrap(
        await api.POST('/api/applications/{applicationId}/revisions', { params: { path: { applicationId } }, body }),
      ) as unknown as CommandResult,
    onSuccess: () => client.invalidateQueries(),
  });
}
