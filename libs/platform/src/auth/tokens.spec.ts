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
    await expect(verify(await mintToken({ secret: `${secret}x`, userId: 'a', displayName: 'A', tenant: 'demo', roles: ['director'] }))).rejects.toThrow();
    await expect(verify(await mint({ expiresIn: '-1s' }))).rejects.toThrow();
    await expect(verify(await mint({ roles: ['king' as never] }))).rejects.toThrow('roles');
  });
});
