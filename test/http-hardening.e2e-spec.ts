import { sampleRules } from '@beslutskedjan/policy/testing';
import { startTestApp, type TestApp } from './support/test-app.js';

/** The HTTP edge as an attacker meets it: headers, CORS, rate limits, body size and depth, health under the API. */
describe('HTTP hardening', () => {
  let t: TestApp;
  let director: string;
  beforeAll(async () => {
    t = await startTestApp({
      env: {
        SEED_DEMO: 'false',
        RATE_LIMIT_PER_USER: '8',
        RATE_LIMIT_PER_IP: '40',
        RATE_LIMIT_WINDOW_SECONDS: '60',
        CORS_ORIGINS: 'https://beslut.example.se',
      },
    });
    director = await t.token(['director'], { userId: 'hard-director' });
  }, 60_000);
  afterAll(() => t.close());

  it('sends security headers and no X-Powered-By', async () => {
    const res = await t.http.get('/health/live').expect(200);
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['strict-transport-security']).toBeDefined();
    expect(res.headers['x-frame-options']).toBeDefined();
  });

  it('answers CORS only for configured origins', async () => {
    const allowed = await t.http
      .options('/api/inbox')
      .set('Origin', 'https://beslut.example.se')
      .set('Access-Control-Request-Method', 'GET');
    expect(allowed.headers['access-control-allow-origin']).toBe('https://beslut.example.se');
    const evil = await t.http.options('/api/inbox').set('Origin', 'https://evil.example').set('Access-Control-Request-Method', 'GET');
    expect(evil.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('given a JSON body nested deeper than 64, then 400 before it is parsed; a body over the limit is 413', async () => {
    const deep = `{"title":"x","text":"y","rules":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const nested = await t.http.post('/api/policies/hard/revisions').auth(director, { type: 'bearer' }).type('json').send(deep).expect(400);
    expect(nested.body).toMatchObject({ code: 'INVALID_INPUT', errors: [{ field: 'body' }] });
    const huge = JSON.stringify({ title: 'x', text: 'x'.repeat(3 * 1024 * 1024), rules: sampleRules() });
    const tooLarge = await t.http
      .post('/api/policies/hard/revisions')
      .auth(director, { type: 'bearer' })
      .type('json')
      .send(huge)
      .expect(413);
    expect(tooLarge.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('accepts the largest valid policy document: 200,000 characters of Swedish text', async () => {
    const text = 'Riktlinjer för stöd till medlemmarna – åäö ÅÄÖ. '.repeat(4100).slice(0, 200_000);
    await t.http
      .post('/api/policies/largest/revisions')
      .auth(director, { type: 'bearer' })
      .send({ title: 'Störst', text, rules: sampleRules() })
      .expect(201);
  });

  it('readiness and liveness answer from the probes, never rate limited', async () => {
    for (let i = 0; i < 60; i++) await t.http.get('/health/ready').expect(200);
    const ready = await t.http.get('/health/ready').expect(200);
    expect(ready.body).toMatchObject({ status: 'ok', details: { eventStore: { status: 'up' }, readModels: { status: 'up' } } });
    // Answered before Nest's pipeline, and never kept by a proxy.
    expect(ready.headers['cache-control']).toBe('no-store');
  });

  it('limits each user, with RateLimit headers and a 429 problem; another user has their own budget; the IP limit covers all', async () => {
    const anna = await t.token(['auditor'], { userId: 'hard-anna' });
    const statuses: number[] = [];
    let last: { status: number; headers: Record<string, string>; body: { code?: string } } | undefined;
    for (let i = 0; i < 9; i++) {
      last = await t.http.get('/api/audit/log').auth(anna, { type: 'bearer' });
      statuses.push(last.status);
      if (i === 0) expect(last.headers['ratelimit-limit']).toBe('8');
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(8);
    expect(last?.status).toBe(429);
    expect(last?.headers['content-type']).toContain('application/problem+json');
    expect(last?.body.code).toBe('RATE_LIMITED');
    expect(Number(last?.headers['retry-after'])).toBeGreaterThan(0);

    const bo = await t.token(['auditor'], { userId: 'hard-bo' });
    const other = await t.http.get('/api/audit/log').auth(bo, { type: 'bearer' }).expect(200);
    expect(Number(other.headers['ratelimit-remaining-ip'])).toBeLessThan(40);
    // Enough users from one address exhaust the IP budget, authenticated or not.
    let ipLimited = false;
    for (let i = 0; i < 50 && !ipLimited; i++) ipLimited = (await t.http.get('/api/audit/log')).status === 429;
    expect(ipLimited).toBe(true);
  });
});
