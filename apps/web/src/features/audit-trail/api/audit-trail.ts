import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { AuditTrailReport, DecisionUnderPolicy } from '@beslutskedjan/audit';

export type { AuditTrailReport, DecisionUnderPolicy };

export const POLICY_ID = 'asf';

/** The förbund's log verified now (incremental from the last checkpoint, as the API does it). */
export const useVerifyAuditTrail = () =>
  useQuery({
    queryKey: ['audit-verification'],
    queryFn: async () => unwrap(await api.GET('/api/audit/verification', {})) as unknown as AuditTrailReport,
  });

export const useGetPolicyVersions = () =>
  useQuery({
    queryKey: ['policy-versions', POLICY_ID],
    queryFn: async () =>
      unwrap(await api.GET('/api/policies/{policyId}/versions', { params: { path: { policyId: POLICY_ID } } })) as unknown as {
        versions: Array<{ revision: number; title: string; status: string }>;
      },
  });

export const useGetDecisionsUnderPolicyVersion = (revision: string | null) =>
  useQuery({
    queryKey: ['decisions-under-policy', POLICY_ID, revision],
    enabled: revision !== null,
    placeholderData: keepPreviousData,
    queryFn: async () =>
      unwrap(await api.GET('/api/audit/decisions', { params: { query: { policyId: POLICY_ID, revision } as never } })) as unknown as {
        policyId: string;
        revision: number;
        decisions: DecisionUnderPolicy[];
      },
  });
