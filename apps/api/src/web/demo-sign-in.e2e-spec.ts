import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { startTestApp, type TestApp } from '../../../../test/support/test-app.js';

/** The built web app (npm run build); the page checks need it and say so when it is missing. */
const WEB_DIST = resolve('dist/web');
const built = existsSync(`${WEB_DIST}/index.html`);
if (!built) console.warn(`SKIPPED: the demo sign-in page checks need the built web app in ${WEB_DIST} (npm run build)`);
const withPage = built ? it : it.skip;
jest.setTimeout(60_000);

describe('Demo sign-in', () => {
  describe('with the demo on and no OIDC issuer', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ env: { SEED_DEMO: 'true', WEB_DIST } });
    });
    afterAll(() => t.close());

    it('says the app signs in through the demo', async () => {
      expect((await t.http.get('/api/auth/config').expect(200)).body).toEqual({ mode: 'demo', tenant: 'demo' });
    });

    it('lists the demo förbund’s current people and mints a token the API accepts', async () => {
      const users = (await t.http.get('/api/auth/demo/users').expect(200)).body as { tenant: string; users: Array<{ userId: string }> };
      expect(users.tenant).toBe('demo');
      expect(users.users.map((u) => u.userId)).toEqual(
        expect.arrayContaining(['demo-sokande-kommun', 'demo-forbundschef-2023', 'demo-handlaggare-2023']),
      );
      const { token } = (await t.http.post('/api/auth/demo/token').send({ userId: 'demo-sokande-kommun' }).expect(201)).body as {
        token: string;
      };
      const list = await t.http.get('/api/applications').auth(token, { type: 'bearer' }).expect(200);
      expect(list.body.items.every((c: { submittedBy: string }) => c.submittedBy === 'demo-sokande-kommun')).toBe(true);
    });

    withPage('serves the app at / and at deep links, the demo sign-in page included, but never for the API’s own paths', async () => {
      for (const path of ['/', '/sign-in/demo', '/cases/00000000-0000-4000-8000-000000000000', '/policy/diff']) {
        expect((await t.http.get(path).expect(200)).text).toContain('<div id="root">');
      }
      expect((await t.http.get('/api/no-such-thing').expect(404)).body.code).toBe('NOT_FOUND');
      await t.http.get('/health').expect((res) => expect(res.type).not.toBe('text/html'));
      await t.http.get('/openapi.json').expect(200).expect('content-type', /json/);
    });

    it('mints for nobody outside the demo förbund’s people', async () => {
      const res = await t.http.post('/api/auth/demo/token').send({ userId: 'someone-in-another-forbund' }).expect(404);
      expect(res.body.code).toBe('DEMO_USER_NOT_FOUND');
      await t.http.post('/api/auth/demo/token').send({ userId: 'demo-ordf-2011' }).expect(404);
      const other = await t.http.post('/api/auth/demo/token').send({ tenant: 'other', userId: 'demo-admin' }).expect(400);
      expect(other.body.errors[0]).toEqual(expect.objectContaining({ code: 'unrecognized_keys' }));
    });
  });

  describe.each([
    [
      'an OIDC issuer is configured',
      { SEED_DEMO: 'true', OIDC_ISSUER: 'https://login.example.invalid/realms/forbund', OIDC_CLIENT_ID: 'beslutskedjan' },
      'oidc',
    ],
    ['the demo is off', { SEED_DEMO: 'false' }, 'none'],
  ])('when %s', (_, env, mode) => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ env: { ...env, WEB_DIST } });
    });
    afterAll(() => t.close());

    it('has no demo sign-in: the endpoints answer 404', async () => {
      await t.http.get('/api/auth/demo/users').expect(404);
      await t.http.post('/api/auth/demo/token').send({ userId: 'demo-sokande-kommun' }).expect(404);
      expect((await t.http.get('/api/auth/config').expect(200)).body.mode).toBe(mode);
    });

    it('lets the browser connect to the issuer’s origin (discovery, keys, token) only when one is configured', async () => {
      const csp = String((await t.http.get('/api/auth/config').expect(200)).headers['content-security-policy']);
      const connectSrc = csp
        .split(';')
        .find((d) => d.trim().startsWith('connect-src'))
        ?.trim();
      expect(connectSrc).toBe(mode === 'oidc' ? "connect-src 'self' https://login.example.invalid" : "connect-src 'self'");
    });

    withPage('has no demo sign-in page either, while the rest of the app is served', async () => {
      await t.http.get('/sign-in/demo').expect(404);
      expect((await t.http.get('/sign-in').expect(200)).text).toContain('<div id="root">');
    });
  });
});
