import { SignJWT } from 'jose';
import { createTokenVerifier, mintToken } from './tokens.js';

const secret = 'a-test-secret-that-is-long-enough-0123456789';

describe('token verification', () => {
  const verify = createTokenVerifier({ secret });
  const mint = (over: Partial<Parameters<typeof mintToken>[0]> = {}) =>
    mintToken({ secret, userId: 'anna', displayName: 'Anna', tenant: 'demo', roles: ['director'], ...over });

  it('accepts a token it signed and returns the principal (twice, from the cache the second time)', async () => {
    const token = await mint();
    await expect(verify(token)).resolves.toMatchObject({ userId: 'anna', tenant: 'demo', roles: ['director'] });
    await expect(verify(token)).resolves.toMatchObject({ userId: 'anna' });
  });

  it('refuses another secret, an expired token and unknown roles', async () => {
    await expect(
      verify(await mintToken({ secret: `${secret}x`, userId: 'a', displayName: 'A', tenant: 'demo', roles: ['director'] })),
    ).rejects.toThrow();
    await expect(verify(await mint({ expiresIn: '-5m' }))).rejects.toThrow();
    await expect(verify(await mint({ roles: ['king' as never] }))).rejects.toThrow('roles');
  });
});

describe('token lifetime rules', () => {
  const now = new Date('2026-11-23T09:00:00.000Z');
  const seconds = Math.floor(now.getTime() / 1000);
  const verify = createTokenVerifier({ secret, now: () => now });
  /** Signs exactly the times given, so each rule is tested on its own claim. */
  const signed = (times: { exp?: number; iat?: number; nbf?: number }) => {
    let jwt = new SignJWT({ name: 'Anna', tenant: 'demo', roles: ['director'] }).setProtectedHeader({ alg: 'HS256' }).setSubject('anna');
    if (times.exp !== undefined) jwt = jwt.setExpirationTime(times.exp);
    if (times.iat !== undefined) jwt = jwt.setIssuedAt(times.iat);
    if (times.nbf !== undefined) jwt = jwt.setNotBefore(times.nbf);
    return jwt.sign(new TextEncoder().encode(secret));
  };

  it('given a token without exp, then it is refused: it would never expire', async () => {
    await expect(verify(await signed({ iat: seconds }))).rejects.toThrow('exp');
  });

  it('given a lifetime above the maximum (default 12 h), then it is refused; at the maximum it is accepted', async () => {
    await expect(verify(await signed({ iat: seconds, exp: seconds + 13 * 3600 }))).rejects.toThrow('longer than');
    await expect(verify(await signed({ exp: seconds + 13 * 3600 }))).rejects.toThrow('longer than');
    await expect(verify(await signed({ iat: seconds, exp: seconds + 12 * 3600 }))).resolves.toMatchObject({ userId: 'anna' });
  });

  it('given a configured maximum, then it applies', async () => {
    const strict = createTokenVerifier({ secret, now: () => now, maxLifetimeSeconds: 3600 });
    await expect(strict(await signed({ iat: seconds, exp: seconds + 2 * 3600 }))).rejects.toThrow('longer than');
    await expect(strict(await signed({ iat: seconds, exp: seconds + 3600 }))).resolves.toMatchObject({ userId: 'anna' });
  });

  it('given iat or nbf in the future beyond the clock skew, then it is refused; within the skew it is accepted', async () => {
    await expect(verify(await signed({ iat: seconds + 600, exp: seconds + 3600 }))).rejects.toThrow('iat');
    await expect(verify(await signed({ iat: seconds, nbf: seconds + 600, exp: seconds + 3600 }))).rejects.toThrow();
    await expect(verify(await signed({ iat: seconds + 30, nbf: seconds + 30, exp: seconds + 3600 }))).resolves.toMatchObject({
      userId: 'anna',
    });
  });

  it('given a token minted without a name, then the principal says it is unnamed', async () => {
    const token = await mintToken({ secret, userId: 'anna', tenant: 'demo', roles: ['operator'] });
    await expect(createTokenVerifier({ secret })(token)).resolves.toMatchObject({ userId: 'anna', named: false, roles: ['operator'] });
  });
});
