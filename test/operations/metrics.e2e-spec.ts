import { draftBody } from '../../bench/support/fixtures.js';
import { ProcessMetrics } from '@beslutskedjan/platform';
import { redisUnavailable, testRedisUrl } from '@beslutskedjan/reminders/testing';
import { startTestApp, type TestApp } from '../support/test-app.js';

jest.setTimeout(30_000);

const value = (text: string, line: RegExp): number => {
  const match = text.split('\n').find((l) => line.test(l));
  return match ? Number(match.split(' ').at(-1)) : Number.NaN;
};

describe('/metrics: Prometheus families, for the operator only', () => {
  let t: TestApp;
  let operator: string;
  beforeAll(async () => {
    t = await startTestApp({ env: { METRICS_PORT: '0', HOST: '127.0.0.1', SEED_DEMO: 'false' } });
    operator = await t.token(['operator']);
    const director = await t.token(['director']);
    await t.http.post('/api/policies/metered/revisions').auth(director, { type: 'bearer' }).send(draftBody()).expect(201);
    await t.http.post('/api/policies/metered/revisions').auth(director, { type: 'bearer' }).send({ title: '' }).expect(400);
    await t.settle();
  });
  afterAll(() => t.close());

  it('refuses a caller without the operator role', async () => {
    await t.http.get('/metrics').expect(401);
    await t.http
      .get('/metrics')
      .auth(await t.token(['admin']), { type: 'bearer' })
      .expect(403);
    await t.http
      .get('/metrics')
      .auth(await t.token(['director']), { type: 'bearer' })
      .expect(403);
  });

  it('serves HTTP per operation, commands, appends, group commits, projection lag and event-loop delay', async () => {
    const res = await t.http.get('/metrics').auth(operator, { type: 'bearer' }).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    const text = res.text;
    expect(
      value(
        text,
        /^beslutskedjan_http_request_duration_seconds_count\{method="POST",route="\/api\/policies\/:policyId\/revisions",status="201"\}/,
      ),
    ).toBe(1);
    expect(
      value(text, /^beslutskedjan_http_request_duration_seconds_count\{.*route="\/api\/policies\/:policyId\/revisions",status="400"\}/),
    ).toBe(1);
    expect(value(text, /^beslutskedjan_command_duration_seconds_count\{command="DraftPolicyRevision",outcome="ok"\}/)).toBe(1);
    expect(value(text, /^beslutskedjan_event_store_appends_total /)).toBeGreaterThan(0);
    expect(value(text, /^beslutskedjan_event_store_group_commit_appends_count /)).toBeGreaterThan(0);
    expect(text).toMatch(/^beslutskedjan_projection_lag_events\{projection="[^"]+"\} 0$/m);
    expect(text).toMatch(/^beslutskedjan_projection_batch_seconds_count \d+/m);
    expect(text).toMatch(/^beslutskedjan_nodejs_eventloop_lag_p99_seconds /m);
  });

  it('also serves them without a token on METRICS_PORT, a listener of its own', async () => {
    const port = t.app.get(ProcessMetrics).port;
    const res = await fetch(`http://127.0.0.1:${port}/metrics`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('beslutskedjan_command_duration_seconds');
    expect((await fetch(`http://127.0.0.1:${port}/other`)).status).toBe(404);
  });
});

const redisMissing = redisUnavailable(testRedisUrl(0));
if (redisMissing) console.warn(`SKIPPED reminder queue metrics: ${redisMissing}`);

(redisMissing ? describe.skip : describe)('/metrics with Redis: reminder queue depth and failures', () => {
  it('reports the BullMQ queue by state', async () => {
    const t = await startTestApp({ env: { REDIS_URL: testRedisUrl(0) } });
    try {
      const res = await t.http
        .get('/metrics')
        .auth(await t.token(['operator']), { type: 'bearer' })
        .expect(200);
      for (const state of ['waiting', 'delayed', 'active', 'failed']) {
        expect(res.text).toMatch(new RegExp(`^beslutskedjan_reminder_queue_jobs\\{state="${state}"\\} \\d+$`, 'm'));
      }
    } finally {
      await t.close();
    }
  });
});
