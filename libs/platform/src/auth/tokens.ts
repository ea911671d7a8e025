import { webcrypto } from 'node:crypto';
import { SignJWT, createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { z } from 'zod';
import { ROLES, TENANT_PATTERN, USER_ID_PATTERN, type Principal, type Role } from '@beslutskedjan/shared';

/** Claims we rely on. `sub` is the user id; names stay out of the event log, only ids go in. */
const claims = z.object({
  sub: z.string().regex(USER_ID_PATTERN),
  /** Optional: a token without a name says nothing about it, and the people directory keeps the one it has. */
  name: z.string().min(1).optional(),
  tenant: z.string().regex(TENANT_PATTERN),
  roles: z.array(z.enum(ROLES)).min(1),
  email: z.string().email().optional(),
});

export class InvalidTokenError extends Error {
  override readonly name = 'InvalidTokenError';
}

export interface VerifierOptions {
  secret: string;
  jwksUrl?: string | undefined;
  issuer?: string | undefined;
  audience?: string | undefined;
  /** Longest accepted lifetime (`exp` − `iat`, and `exp` − now), in seconds; default 12 h. */
  maxLifetimeSeconds?: number | undefined;
  /** Tolerated clock difference for `exp`, `iat` and `nbf`, in seconds; default 60. */
  clockSkewSeconds?: number | undefined;
  /** The verifier's clock (tests). */
  now?: () => Date;
}

export const DEFAULT_MAX_TOKEN_LIFETIME_S = 12 * 60 * 60;
export const DEFAULT_CLOCK_SKEW_S = 60;

/**
 * Rules on the token's times that the signature cannot give: a token without `exp` would never expire, one
 * issued in the future or living longer than allowed was minted by a misconfigured or hostile issuer.
 */
export function checkTokenTimes(payload: JWTPayload, nowMs: number, maxLifetime: number, skew: number): void {
  const now = Math.floor(nowMs / 1000);
  const { exp, iat, nbf } = payload;
  if (typeof exp !== 'number') throw new InvalidTokenError('the token has no "exp" (expiry) claim');
  if (exp <= now - skew) throw new InvalidTokenError('the token has expired');
  if (iat !== undefined && (typeof iat !== 'number' || iat > now + skew)) throw new InvalidTokenError('"iat" is in the future');
  if (nbf !== undefined && (typeof nbf !== 'number' || nbf > now + skew)) throw new InvalidTokenError('the token is not valid yet ("nbf")');
  const issuedAt = typeof iat === 'number' ? iat : now;
  if (exp - issuedAt > maxLifetime + skew || exp - now > maxLifetime + skew) {
    throw new InvalidTokenError(`the token lives longer than the allowed ${maxLifetime} s`);
  }
}

/** HS256 with the configured secret for the embedded default; a JWKS URL for production OIDC. */
export function createTokenVerifier(options: VerifierOptions): (token: string) => Promise<Principal> {
  const jwks: JWTVerifyGetKey | null = options.jwksUrl ? createRemoteJWKSet(new URL(options.jwksUrl)) : null;
  // Imported once: given the raw bytes, jose imports the key again for every token it verifies.
  let key: Promise<webcrypto.CryptoKey> | null = null;
  const hmacKey = () =>
    (key ??= webcrypto.subtle.importKey('raw', new TextEncoder().encode(options.secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
      'verify',
    ]));
  const maxLifetime = options.maxLifetimeSeconds ?? DEFAULT_MAX_TOKEN_LIFETIME_S;
  const skew = options.clockSkewSeconds ?? DEFAULT_CLOCK_SKEW_S;
  const clock = options.now ?? (() => new Date());
  const verifyOptions = () => ({
    ...(options.issuer ? { issuer: options.issuer } : {}),
    ...(options.audience ? { audience: options.audience } : {}),
    requiredClaims: ['exp'],
    clockTolerance: skew,
    currentDate: clock(),
  });
  // A verified token is remembered until it expires: verifying the same signature on every request
  // was a tenth of a command's CPU time in the benchmark.
  const verified = new Map<string, { principal: Principal; expiresAt: number }>();
  return async (token) => {
    const hit = verified.get(token);
    if (hit && hit.expiresAt > clock().getTime()) return hit.principal;
    let payload: JWTPayload;
    try {
      payload = jwks
        ? (await jwtVerify(token, jwks, verifyOptions())).payload
        : (await jwtVerify(token, await hmacKey(), { ...verifyOptions(), algorithms: ['HS256'] })).payload;
    } catch (error) {
      throw new InvalidTokenError((error as Error).message);
    }
    checkTokenTimes(payload, clock().getTime(), maxLifetime, skew);
    const parsed = claims.safeParse(payload);
    if (!parsed.success) throw new InvalidTokenError(`token claims: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`);
    const principal: Principal = {
      userId: parsed.data.sub,
      displayName: parsed.data.name ?? parsed.data.sub,
      named: parsed.data.name !== undefined,
      tenant: parsed.data.tenant,
      roles: parsed.data.roles,
      email: parsed.data.email,
    };
    if (verified.size >= 10_000) verified.clear();
    verified.set(token, { principal, expiresAt: (payload.exp ?? 0) * 1000 });
    return principal;
  };
}

export interface MintOptions {
  secret: string;
  userId: string;
  /** Omitted: the token carries no name, and the people directory keeps the name it has. */
  displayName?: string | undefined;
  tenant: string;
  roles: Role[];
  email?: string | undefined;
  expiresIn?: string;
  issuer?: string | undefined;
  audience?: string | undefined;
}

/** Mints an HS256 token for the embedded default (CLI, tests, demo). */
export async function mintToken(options: MintOptions): Promise<string> {
  let jwt = new SignJWT({
    ...(options.displayName ? { name: options.displayName } : {}),
    tenant: options.tenant,
    roles: options.roles,
    ...(options.email ? { email: options.email } : {}),
  })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(options.userId)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '12h');
  if (options.issuer) jwt = jwt.setIssuer(options.issuer);
  if (options.audience) jwt = jwt.setAudience(options.audience);
  return jwt.sign(new TextEncoder().encode(options.secret));
}
