import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';

export interface PolicyRule {
  id: string;
  severity: 'blocking' | 'advisory';
  message: { sv: string; en: string };
  basis?: string;
}
export interface PolicyVersion {
  policyId: string;
  revision: number;
  title: string;
  text: string;
  rules: { rules: PolicyRule[]; delegationThresholdSek: number | null };
  status: string;
  draftedAt: string;
  adoption: { adoptedOn: string; effectiveFrom: string; meeting?: { label?: string } | null; note?: string | null } | null;
  retirement: unknown;
}
export interface PolicyDiff {
  from: number;
  to: number;
  title: { from: string; to: string; changed: boolean };
  text: {
    changed: boolean;
    added: number;
    removed: number;
    hunks: Array<{ kind: 'added' | 'removed' | 'unchanged'; value: string; count: number }>;
  };
  rules: { added: PolicyRule[]; removed: PolicyRule[]; changed: Array<{ id: string; from: PolicyRule; to: PolicyRule }> };
}

export const POLICY_ID = 'asf';

export const useGetPolicyInForce = (date: string | null) =>
  useQuery({
    queryKey: ['policy-in-force', POLICY_ID, date ?? 'today'],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/policies/{policyId}/in-force', {
          params: { path: { policyId: POLICY_ID }, query: (date ? { date } : {}) as never },
        }),
      ) as unknown as PolicyVersion,
  });

export const useGetPolicyVersions = () =>
  useQuery({
    queryKey: ['policy-versions', POLICY_ID],
    queryFn: async () =>
      unwrap(await api.GET('/api/policies/{policyId}/versions', { params: { path: { policyId: POLICY_ID } } })) as unknown as {
        versions: PolicyVersion[];
      },
  });

export const useDiffPolicyVersions = (from: number, to: number) =>
  useQuery({
    queryKey: ['policy-diff', POLICY_ID, from, to],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/policies/{policyId}/diff', { params: { path: { policyId: POLICY_ID }, query: { from, to } as never } }),
      ) as unknown as PolicyDiff,
  });
