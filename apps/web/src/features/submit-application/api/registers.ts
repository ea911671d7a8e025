import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';

export interface MemberOption {
  kind: string;
  name: string;
  organisationNumber: string;
  units: Array<{ code: string; name: string }>;
}
export interface ProviderOption {
  name: string;
  organisationNumber: string;
}

/** The parties come from the förbund's registers: the form offers them, the API resolves them. */
export const useListMembers = () =>
  useQuery({
    queryKey: ['registers', 'members'],
    queryFn: async () => unwrap(await api.GET('/api/registers/members', {})) as unknown as { members: MemberOption[] },
  });

export const useListProviders = () =>
  useQuery({
    queryKey: ['registers', 'providers'],
    queryFn: async () => unwrap(await api.GET('/api/registers/providers', {})) as unknown as { providers: ProviderOption[] },
  });
