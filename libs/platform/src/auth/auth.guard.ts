import { ForbiddenException, Inject, Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Principal, Role } from '@beslutskedjan/shared';
import { PUBLIC_KEY, ROLES_KEY, type AuthenticatedRequest } from './auth.decorators.js';
import { PEOPLE, PeopleDirectory } from '@beslutskedjan/people';

export const TOKEN_VERIFIER = Symbol('TOKEN_VERIFIER');
export type TokenVerifier = (token: string) => Promise<Principal>;

/**
 * Global guard: 401 without a valid bearer token, 403 when none of the caller's roles is allowed.
 * Routes without @AllowRoles are closed to everyone but admins, so a forgotten decorator fails safe.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  /** What the directory last heard per person, so a durable write happens only when a token says something new. */
  private readonly known = new Map<string, string>();
  private pending: Parameters<PeopleDirectory['upsertMany']>[0][number][] = [];

  constructor(
    private readonly reflector: Reflector,
    @Inject(TOKEN_VERIFIER) private readonly verify: TokenVerifier,
    @Inject(PEOPLE) private readonly people: PeopleDirectory,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match?.[1]) throw new UnauthorizedException('A bearer token is required');
    try {
      request.principal = await this.verify(match[1]);
    } catch (error) {
      throw new UnauthorizedException(`Invalid token: ${(error as Error).message}`);
    }
    this.remember(request.principal);
    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets) ?? ['admin'];
    if (!request.principal.roles.some((role) => allowed.includes(role))) {
      throw new ForbiddenException(`This operation needs one of the roles: ${allowed.join(', ')}`);
    }
    return true;
  }

  /** The token's name and address go to the erasable directory, never into events. */
  private remember({ tenant, userId, displayName, named, email }: Principal): void {
    const key = `${tenant}\u0000${userId}`;
    const name = named === false ? null : displayName;
    const value = `${name ?? ''}\u0000${email ?? ''}`;
    if (this.known.get(key) === value) return;
    // A token without a name (or address) keeps what the directory has: null leaves the stored value.
    this.pending.push({ tenant, userId, details: { displayName: name, email: email ?? null }, at: new Date().toISOString() });
    if (this.pending.length === 1) setImmediate(() => this.flush());
    if (this.known.size > 10_000) this.known.clear();
    this.known.set(key, value);
  }

  /**
   * The directory's writes of one turn of the event loop, in one durable transaction: a burst of new
   * users (a morning's first requests) cost an fsync each on the loop. They land before the next request
   * is read, so no later request sees the directory without them.
   */
  private flush(): void {
    const batch = this.pending;
    this.pending = [];
    try {
      this.people.upsertMany(batch);
    } catch {
      // Remembered as unknown again: the person's next request writes them.
      for (const e of batch) this.known.delete(`${e.tenant}\u0000${e.userId}`);
    }
  }
}
