import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { paths } from '../../../lib/api/schema';

type Body<P extends keyof paths> = paths[P] extends { post: { requestBody?: { content: { 'application/json': infer B } } } } ? B : never;
export type SupplementBody = Body<'/api/applications/{applicationId}/supplement-requests'>;
export type RecommendBody = Body<'/api/applications/{applicationId}/recommendation'>;
export type DelegatedDecisionBody = Body<'/api/applications/{applicationId}/delegated-decision'>;

/** After a command, the case is read again at the position the command wrote. */
function useCaseCommand<B>(applicationId: string, send: (applicationId: string, body: B) => Promise<{ position: string }>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: B) => send(applicationId, body),
    onSuccess: async ({ position }) => {
      const fresh = unwrap(
        await api.GET('/api/applications/{applicationId}', {
          params: { path: { applicationId }, query: { minPosition: position } as never },
        }),
      );
      client.setQueryData(['application', applicationId], fresh);
      await client.invalidateQueries({ queryKey: ['inbox'] });
      await client.invalidateQueries({ queryKey: ['applications'] });
      // The form that was used may be gone now: keep the keyboard user's place at the section.
      requestAnimationFrame(() => document.getElementById('prepare-heading')?.focus());
    },
  });
}

const result = (r: { data?: unknown; error?: unknown; response: Response }) => unwrap(r) as { position: string };

export const useTakeCase = (id: string) =>
  useCaseCommand<Record<string, never>>(id, async (applicationId) =>
    result(await api.POST('/api/applications/{applicationId}/preparation', { params: { path: { applicationId } }, body: {} })),
  );

export const useRequestSupplement = (id: string) =>
  useCaseCommand<SupplementBody>(id, async (applicationId, body) =>
    result(await api.POST('/api/applications/{applicationId}/supplement-requests', { params: { path: { applicationId } }, body })),
  );

export const useRecommend = (id: string) =>
  useCaseCommand<RecommendBody>(id, async (applicationId, body) =>
    result(await api.POST('/api/applications/{applicationId}/recommendation', { params: { path: { applicationId } }, body })),
  );

export const useDecideUnderDelegation = (id: string) =>
  useCaseCommand<DelegatedDecisionBody>(id, async (applicationId, body) =>
    result(await api.POST('/api/applications/{applicationId}/delegated-decision', { params: { path: { applicationId } }, body })),
  );
