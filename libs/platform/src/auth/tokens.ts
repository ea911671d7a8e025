import { SignJWT, createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { z } from 'zod';
import { ROLES, TENANT_PATTERN, type Principal, type Role } from '../../../shared/src/identity.js';

/** Claims we rely on. `sub` is the user id; names stay out of the event log, only ids go in. */
const claims = z.object({
  sub: z.string().min(1),
  name: z.string().min(1),
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
}

/** HS256 with the configured secret for the embedded default; a JWKS URL for production OIDC. */
export function createTokenVerifier(options: VerifierOptions): (token: string) => Promise<Principal> {
  const jwks: JWTVerifyGetKey | null = options.jwksUrl ? createRemoteJWKSet(new URL(options.jwksUrl)) : null;
  const key = new TextEncoder().encode(options.secret);
  const verifyOptions = {
    ...(options.issuer ? { issuer: options.issuer } : {}),
    ...(options.audience ? { audience: options.audience } : {}),
  };
  // A verified token is remembered until it expires: verifying the same signature on every request
  // was a tenth of a command's CPU time in the benchmark.
  const verified = new Map<string, { principal: Principal; expiresAt: number }>();
  return async (token) => {
    const hit = verified.get(token);
    if (hit && hit.expiresAt > Date.now()) return hit.principal;
    let payload: JWTPayload;
    try {
      payload = jwks
        ? (await jwtVerify(token, jwks, verifyOptions)).payload
        : (await jwtVerify(token, key, { ...verifyOptions, algorithms: ['HS256'] })).payload;
    } catch (error) {
      throw new InvalidTokenError((error as Error).message);
    }
    const parsed = claims.safeParse(payload);
    if (!parsed.success) throw new InvalidTokenError(`token claims: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`);
    const principal: Principal = { userId: parsed.data.sub, displayName: parsed.data.name, tenant: parsed.data.tenant, roles: parsed.data.roles, email: parsed.data.email };
    if (verified.size >= 10_000) verified.clear();
    if (payload.exp !== undefined) verified.set(token, { principal, expiresAt: payload.exp * 1000 });
    return principal;
  };
}

export interface MintOptions {
  secret: string;
  userId: string;
  displayName: string;
  tenant: string;
  roles: Role[];
  email?: string | undefined;
  expiresIn?: string;
  issuer?: string | undefined;
  audience?: string | undefined;
}

/** Mints an HS256 token for the embedded default (CLI, tests, demo). */
export async function mintToken(options: MintOptions): Promise<string> {
  let jwt = new SignJWT({ name: options.displayName, tenant: options.tenant, roles: options.roles, ...(options.email ? { email: options.email } : {}) })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(options.userId)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '12h');
  if (options.issuer) jwt = jwt.setIssuer(options.issuer);
  if (options.audience) jwt = jwt.setAudience(options.audience);
  return jwt.sign(new TextEncoder().encode(options.secret));
}
