import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey } from 'jose';
import { createTokenVerifier } from './tokens.js';

/** Production OIDC: tokens signed by an identity provider, verified against its JWKS over HTTP (a real local server). */
describe('token verification against a JWKS URL', () => {
  let server: Server;
  let url: string;
  let privateKey: CryptoKey;

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    privateKey = pair.privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'idp-1', alg: 'RS256', use: 'sig' };
    server = createServer((_, res) => res.setHeader('content-type', 'application/json').end(JSON.stringify({ keys: [jwk] })));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const sign = (claims: Record<string, unknown>, key: CryptoKey, issuer = 'https://idp.example.se') =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'idp-1' })
      .setSubject('anna')
      .setIssuer(issuer)
      .setAudience('beslutskedjan')
      .setExpirationTime('5m')
      .sign(key);

  it('accepts a token signed by the provider and checks issuer and audience', async () => {
    const verify = createTokenVerifier({
      secret: 'unused-when-jwks-is-set-0123456789abcdef',
      jwksUrl: url,
      issuer: 'https://idp.example.se',
      audience: 'beslutskedjan',
    });
    const token = await sign({ name: 'Anna Andersson', tenant: 'demo', roles: ['auditor'] }, privateKey);
    await expect(verify(token)).resolves.toMatchObject({ userId: 'anna', tenant: 'demo', roles: ['auditor'] });
    await expect(
      verify(await sign({ name: 'A', tenant: 'demo', roles: ['auditor'] }, privateKey, 'https://evil.example')),
    ).rejects.toThrow();
  });

  it('refuses a token signed by another key', async () => {
    const verify = createTokenVerifier({ secret: 'unused-when-jwks-is-set-0123456789abcdef', jwksUrl: url });
    const other = await generateKeyPair('RS256');
    await expect(verify(await sign({ name: 'A', tenant: 'demo', roles: ['admin'] }, other.privateKey))).rejects.toThrow();
  });

  it('applies the same lifetime rules: no exp, too long a lifetime or an iat in the future are refused', async () => {
    const verify = createTokenVerifier({ secret: 'unused-when-jwks-is-set-0123456789abcdef', jwksUrl: url });
    const claims = { name: 'A', tenant: 'demo', roles: ['auditor'] };
    const base = () => new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'idp-1' }).setSubject('anna');
    const now = Math.floor(Date.now() / 1000);
    await expect(verify(await base().setIssuedAt().sign(privateKey))).rejects.toThrow('exp');
    await expect(verify(await base().setIssuedAt().setExpirationTime('30d').sign(privateKey))).rejects.toThrow('longer than');
    await expect(
      verify(
        await base()
          .setIssuedAt(now + 3600)
          .setExpirationTime(now + 7200)
          .sign(privateKey),
      ),
    ).rejects.toThrow('iat');
    await expect(verify(await base().setIssuedAt().setExpirationTime('1h').sign(privateKey))).resolves.toMatchObject({ userId: 'anna' });
  });
});
