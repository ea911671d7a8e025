import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { afterWrites, noteWrite } from '../../../lib/api/read-your-writes';
import type { PolicyVersionView, PolicyVersionDiff } from '@beslutskedjan/policy';

export type { PolicyVersionView, PolicyVersionDiff };

export const POLICY_ID = 'asf';

export const useGetPolicyVersions = () =>
  useQuery({
    queryKey: ['policy-versions', POLICY_ID],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/policies/{policyId}/versions', { params: { path: { policyId: POLICY_ID }, query: afterWrites() as never } }),
      ) as unknown as {
        versions: PolicyVersionView[];
      },
  });

/** The version in force today, or null when none is (the API answers 404 NO_POLICY_IN_FORCE). */
export const useGetPolicyInForce = () =>
  useQuery({
    queryKey: ['policy-in-force', POLICY_ID, 'today'],
    queryFn: async () => {
      const result = await api.GET('/api/policies/{policyId}/in-force', {
        params: { path: { policyId: POLICY_ID }, query: afterWrites() as never },
      });
      if (result.response.status === 404) return null;
      return unwrap(result) as unknown as PolicyVersionView;
    },
  });

export const useDiffPolicyVersions = (from: number, to: number) =>
  useQuery({
    queryKey: ['policy-diff', POLICY_ID, from, to],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/policies/{policyId}/diff', {
          params: { path: { policyId: POLICY_ID }, query: { ...afterWrites(), from, to } as never },
        }),
      ) as unknown as PolicyVersionDiff,
  });

function usePolicyCommand<B>(send: (body: B) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async (result) => {
      noteWrite(result);
      await client.invalidateQueries({ queryKey: ['policy-versions'] });
      await client.invalidateQueries({ queryKey: ['policy-in-force'] });
    },
  });
}

const path = { path: { policyId: POLICY_ID } };

export const useDraftPolicyRevision = () =>
  usePolicyCommand<Record<string, unknown>>(async (body) =>
    unwrap(await api.POST('/api/policies/{policyId}/revisions', { params: path, body: body as never })),
  );

export const useAdoptPolicyRevision = () =>
  usePolicyCommand<{ revision: number; body: Record<string, unknown> }>(async ({ revision, body }) =>
    unwrap(
      await api.POST('/api/policies/{policyId}/revisions/{revision}/adoption', {
        params: { path: { policyId: POLICY_ID, revision: revision as never } },
        body: body as never,
      }),
    ),
  );

export const useRetirePolicy = () =>
  usePolicyCommand<Record<string, unknown>>(async (body) =>
    unwrap(await api.POST('/api/policies/{policyId}/retirement', { params: path, body: body as never })),
  );
