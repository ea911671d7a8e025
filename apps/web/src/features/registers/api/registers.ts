import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { paths } from '../../../lib/api/schema';
import type { ProviderView, RegisteredMember } from '../../../lib/api/views';

type Body<P extends keyof paths> = paths[P] extends { post: { requestBody?: { content: { 'application/json': infer B } } } } ? B : never;
export type RegisterMemberBody = Body<'/api/registers/members'>;
export type RegisterProviderBody = Body<'/api/registers/providers'>;
export type AssessCriteriaBody = Body<'/api/registers/providers/{organisationNumber}/criteria-assessments'>;

export const useListMembers = () =>
  useQuery({
    queryKey: ['registers', 'members'],
    queryFn: async () => unwrap(await api.GET('/api/registers/members', {})) as unknown as { members: RegisteredMember[] },
  });

export const useListProviders = () =>
  useQuery({
    queryKey: ['registers', 'providers'],
    queryFn: async () => unwrap(await api.GET('/api/registers/providers', {})) as unknown as { providers: ProviderView[] },
  });

/** After a register command both lists are read again: the new form's options come from them too. */
function useRegisterCommand<B>(send: (body: B) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: () => client.invalidateQueries({ queryKey: ['registers'] }) });
}

export const useRegisterMember = () =>
  useRegisterCommand<RegisterMemberBody>(async (body) => unwrap(await api.POST('/api/registers/members', { body })));

export const useRegisterProvider = () =>
  useRegisterCommand<RegisterProviderBody>(async (body) => unwrap(await api.POST('/api/registers/providers', { body })));

export const useAssessProviderCriteria = () =>
  useRegisterCommand<{ organisationNumber: string; body: AssessCriteriaBody }>(async ({ organisationNumber, body }) =>
    unwrap(
      await api.POST('/api/registers/providers/{organisationNumber}/criteria-assessments', {
        params: { path: { organisationNumber } },
        body,
      }),
    ),
  );
