import { SetMetadata, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Principal, Role } from '@beslutskedjan/shared';

export const ROLES_KEY = 'beslutskedjan:roles';
export const PUBLIC_KEY = 'beslutskedjan:public';

/** Which roles may call this operation; anyone else authenticated gets 403. */
export const AllowRoles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** Operations open without a token (health, docs). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

export interface AuthenticatedRequest {
  principal?: Principal;
  headers: Record<string, string | string[] | undefined>;
}

/** The verified caller; the guard has already rejected requests without one. */
export const CurrentPrincipal = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal => {
  const principal = ctx.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (!principal) throw new Error('CurrentPrincipal used on a route without the auth guard');
  return principal;
});
