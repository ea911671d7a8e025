import { Injectable, type ExecutionContext } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerModuleOptions } from '@nestjs/throttler';
import type { AuthenticatedRequest } from '../auth/auth.decorators.js';
import type { AppConfig } from '../config/app-config.js';

/** The per-user limit is the `default` throttler (plain `RateLimit-*` headers); the per-IP one adds `RateLimit-*-ip`. */
export const USER_THROTTLER = 'default';
export const IP_THROTTLER = 'ip';

export function rateLimitOptions(config: AppConfig): ThrottlerModuleOptions {
  const ttl = config.http.rateLimit.windowSeconds * 1000;
  return {
    throttlers: [
      {
        name: USER_THROTTLER,
        ttl,
        limit: config.http.rateLimit.perUser,
        getTracker: (req: Record<string, unknown>) => {
          const principal = (req as unknown as AuthenticatedRequest).principal;
          return principal ? `${principal.tenant}:${principal.userId}` : 'anonymous';
        },
      },
      {
        name: IP_THROTTLER,
        ttl,
        limit: config.http.rateLimit.perIp,
        getTracker: (req: Record<string, unknown>) => String(req.ip ?? 'unknown'),
      },
    ],
  };
}

/** Headers as in the IETF RateLimit fields draft: `RateLimit-Limit`, `-Remaining`, `-Reset`, and `Retry-After` on a 429. */
abstract class RateLimitGuard extends ThrottlerGuard {
  protected override headerPrefix = 'RateLimit';
  protected abstract readonly throttlerName: string;

  override async onModuleInit(): Promise<void> {
    await super.onModuleInit();
    this.throttlers = this.throttlers.filter((t) => t.name === this.throttlerName);
  }
}

/** Before authentication: a flood of requests, with or without valid tokens, is cut per client IP. */
@Injectable()
export class IpRateLimitGuard extends RateLimitGuard {
  protected readonly throttlerName = IP_THROTTLER;
}

/** After authentication: each user gets their own budget, whoever shares their IP. */
@Injectable()
export class UserRateLimitGuard extends RateLimitGuard {
  protected readonly throttlerName = USER_THROTTLER;

  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    return context.switchToHttp().getRequest<AuthenticatedRequest>().principal === undefined;
  }
}
