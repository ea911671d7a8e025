import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { Role } from '../../../lib/api/views';

export type SignInConfig =
  { mode: 'oidc'; issuer: string; clientId: string; scope: string } | { mode: 'demo'; tenant: string } | { mode: 'none' };
export interface DemoUser {
  userId: string;
  displayName: string;
  roles: Role[];
}

export const useGetSignInConfig = () =>
  useQuery({
    queryKey: ['sign-in-config'],
    staleTime: Infinity,
    queryFn: async () => unwrap(await api.GET('/api/auth/config', {})) as unknown as SignInConfig,
  });

export const useListDemoUsers = (enabled: boolean) =>
  useQuery({
    queryKey: ['demo-users'],
    enabled,
    queryFn: async () => unwrap(await api.GET('/api/auth/demo/users', {})) as unknown as { tenant: string; users: DemoUser[] },
  });

export const useMintDemoToken = () =>
  useMutation({
    mutationFn: async (userId: string) =>
      unwrap(await api.POST('/api/auth/demo/token', { body: { userId } })) as unknown as { token: string; expiresIn: number },
  });
