import { sampleRules } from '@beslutskedjan/policy/testing';
import { startTestApp, type TestApp } from './support/test-app.js';

/** Hostile input through HTTP: each is a 400 naming the field (or 404), never a 500 and never an appended event. */
describe('input limits', () => {
  let t: TestApp;
  let director: string;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp({ env: { SEED_DEMO: 'false' } });
    director = await t.token(['director'], { userId: 'limits-director' });
    admin = await t.token(['admin'], { userId: 'limits-admin' });
  }, 60_000);
  afterAll(() => t.close());

  const draft = (policyId = 'limits') => t.http.post(`/api/policies/${policyId}/revisions`).auth(director, { type: 'bearer' });
  const body = { title: 'Riktlinjer', text: 'Text', rules: sampleRules() };

  /** Runs a request and checks that the log did not grow. */
  async function refusedWithoutEvents(send: () => Promise<{ status: number; body: { errors?: Array<{ field: string }> } }>, status = 400) {
    const before = await t.store.headPosition();
    const response = await send();
    expect(response.status).toBe(status);
    expect(await t.store.headPosition()).toBe(before);
    return response.body;
  }

  it.each([
    ['X-Correlation-Id', 'x'.repeat(7 * 1024)],
    ['X-Correlation-Id', 'anna.andersson@example.se lives here'],
    ['X-Causation-Id', 'x'.repeat(129)],
    ['X-Causation-Id', 'a/b'],
  ])('given %s that is too long or not an opaque id, then 400 names it and nothing enters the log', async (header, value) => {
    const problem = await refusedWithoutEvents(() => draft().set(header, value).send(body));
    expect(problem.errors?.map((p) => p.field)).toEqual([header]);
  });

  it('given ids of 128 allowed characters, then the command is accepted and they are stored', async () => {
    const correlation = `c:${'a'.repeat(120)}.-_9`.slice(0, 128);
    const response = await draft('limits-ok').set('X-Correlation-Id', correlation).set('X-Causation-Id', 'req-1').send(body).expect(201);
    const [stored] = await t.store.readStream('demo/policy-limits-ok');
    expect(stored?.metadata.correlationId).toBe(correlation);
    expect(response.body.position).toEqual(expect.any(String));
  });

  it('given minPosition beyond the head of the log, then 400 at once instead of waiting', async () => {
    const head = await t.store.headPosition();
    const started = Date.now();
    const response = await t.http
      .get(`/api/policies/limits-ok/versions?minPosition=${String(head + 1000n)}`)
      .auth(director, { type: 'bearer' });
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.field).toBe('minPosition');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it.each([
    ['%2E%2E', 400],
    ['%00', 400],
    ['a%20b', 400],
    ['nobody-here', 404],
  ])('given erasure of user id %s, then %i and nothing is erased or logged', async (userId, status) => {
    await refusedWithoutEvents(
      () => t.http.post(`/api/people/${userId}/erasure`).auth(admin, { type: 'bearer' }).send({ reason: 'Begäran enligt GDPR art. 17' }),
      status,
    );
  });

  /** Written as text: the test's own JSON.stringify would overflow at these depths. */
  const nestedRules = (depth: number): string => {
    const condition = `${'{"not":'.repeat(depth)}{"fact":"kind","equals":"x"}${'}'.repeat(depth)}`;
    const rule = `{"id":"deep","severity":"advisory","violatedWhen":${condition},"message":{"sv":"x","en":"x"}}`;
    const rules = JSON.stringify(sampleRules({ rules: [] })).replace('"rules":[]', `"rules":[${rule}]`);
    return `{"title":"Riktlinjer","text":"Text","rules":${rules}}`;
  };

  it.each([100, 100_000])('given policy rules nested %i deep, then 400, not a stack overflow', async (depth) => {
    const deep = nestedRules(depth);
    await refusedWithoutEvents(() => draft('limits-deep').type('json').send(deep));
    await refusedWithoutEvents(() => draft('limits-deep').type('json').set('Idempotency-Key', `deep-${depth}`).send(deep));
  });
});
