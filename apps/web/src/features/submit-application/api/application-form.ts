import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { paths } from '../../../lib/api/schema';

/** The body the API takes, straight from its OpenAPI document. */
export type ApplicationBody = NonNullable<paths['/api/applications']['post']['requestBody']>['content']['application/json'];

interface Labelled {
  label: { sv: string; en: string };
}
export interface PolicyOptions {
  revision: number;
  rules: {
    fundableKinds: Array<Labelled & { kind: string; category: string }>;
    targetGroups: Array<Labelled & { code: string }>;
  };
}

/** The kinds and target groups the policy in force lists: options to choose from, not rules. */
export const useGetPolicyOptions = () =>
  useQuery({
    queryKey: ['policy-in-force', 'asf', 'today'],
    queryFn: async () =>
      unwrap(await api.GET('/api/policies/{policyId}/in-force', { params: { path: { policyId: 'asf' } } })) as unknown as PolicyOptions,
  });
