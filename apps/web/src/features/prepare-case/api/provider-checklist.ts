import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { paths } from '../../../lib/api/schema';
import type { criteriaChecklist } from '@beslutskedjan/registers';
import type { Provider } from '@beslutskedjan/application';

type Body<P extends keyof paths> = paths[P] extends { post: { requestBody?: { content: { 'application/json': infer B } } } } ? B : never;
export type AssessCriteriaBody = Body<'/api/registers/providers/{organisationNumber}/criteria-assessments'>;

/** The provider's four criteria with the latest assessment (null: the provider is not in the register). */
export type CriteriaChecklist = ReturnType<typeof criteriaChecklist>;

/** GET /api/applications/{id}/provider-checklist: not applicable when the work is a member's own operation. */
export type ProviderChecklistView =
  | { applicationId: string; applicable: false; reason: string; provider: Provider }
  | { applicationId: string; applicable: true; provider: Provider; checklist: CriteriaChecklist };

const key = (applicationId: string) => ['provider-checklist', applicationId] as const;

export const useGetProviderChecklist = (applicationId: string) =>
  useQuery({
    queryKey: key(applicationId),
    queryFn: async () =>
      unwrap(
        await api.GET('/api/applications/{applicationId}/provider-checklist', { params: { path: { applicationId } } }),
      ) as unknown as ProviderChecklistView,
  });

/**
 * The director's assessment from the case page: the same command as on /registers
 * (assessProviderCriteria), naming the case that prompted it. The checklist and the registers are
 * read again afterwards.
 */
export const useAssessFromCase = (applicationId: string) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ organisationNumber, body }: { organisationNumber: string; body: AssessCriteriaBody }) =>
      unwrap(
        await api.POST('/api/registers/providers/{organisationNumber}/criteria-assessments', {
          params: { path: { organisationNumber } },
          body,
        }),
      ),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: key(applicationId) });
      await client.invalidateQueries({ queryKey: ['registers'] });
    },
  });
};
