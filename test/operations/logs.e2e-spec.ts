import { PARAMS_PROVIDER_TOKEN } from 'nestjs-pino';
import { draftBody } from '../../bench/support/fixtures.js';
import { loggableUrl, loggingParams } from '@beslutskedjan/platform';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Every line the API's logger wrote, parsed: a line that is not JSON fails the parse. */
class LogLines {
  readonly raw: string[] = [];
  write(line: string): void {
    this.raw.push(line);
  }
  get json(): Array<Record<string, unknown>> {
    return this.raw.flatMap((chunk) => chunk.split('\n').filter(Boolean)).map((line) => JSON.parse(line) as Record<string, unknown>);
  }
}

jest.setTimeout(30_000);

describe('logs: JSON lines with a request id that is also the correlation id', () => {
  const lines = new LogLines();
  let t: TestApp;
  let director: string;
  beforeAll(async () => {
    t = await startTestApp({
      overrides: [{ provide: PARAMS_PROVIDER_TOKEN, useValue: loggingParams({ level: 'info', processName: 'api', destination: lines }) }],
    });
    director = await t.token(['director'], { name: 'Anna Andersson' });
  });
  afterAll(() => t.close());

  it('logs each request as one JSON object carrying the caller’s correlation id, and the command’s events carry it too', async () => {
    const res = await t.http
      .post('/api/policies/logged/revisions')
      .auth(director, { type: 'bearer' })
      .set('X-Correlation-Id', 'corr-4711')
      .send(draftBody())
      .expect(201);
    expect(res.headers['x-correlation-id']).toBe('corr-4711');

    const line = lines.json.find((l) => (l.req as { url?: string } | undefined)?.url === '/api/policies/logged/revisions');
    expect(line).toMatchObject({
      process: 'api',
      correlationId: 'corr-4711',
      req: { id: 'corr-4711', method: 'POST' },
      res: { statusCode: 201 },
    });
    expect(typeof line?.responseTime).toBe('number');

    const events = await t.store.readAll();
    const drafted = events.filter((e) => e.streamId.endsWith('logged'));
    expect(drafted.length).toBeGreaterThan(0);
    expect(drafted.every((e) => e.metadata.correlationId === 'corr-4711')).toBe(true);
  });

  it('gives a request without one a fresh UUID as both ids', async () => {
    const res = await t.http.get('/api/policies/asf/versions').auth(director, { type: 'bearer' }).expect(200);
    const id = res.headers['x-correlation-id'];
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines.json.some((l) => (l.req as { id?: string } | undefined)?.id === id && l.correlationId === id)).toBe(true);
  });

  it('never writes the bearer token, cookies or the caller’s name', async () => {
    await t.http
      .get('/api/policies/asf/versions')
      .auth(director, { type: 'bearer' })
      .set('Cookie', 'bk_queues_token=secret-cookie')
      .expect(200);
    const all = lines.raw.join('');
    expect(all).not.toContain(director);
    expect(all).not.toContain('secret-cookie');
    expect(all).not.toContain('Anna Andersson');
  });

  it('masks a token in a logged URL (the queue dashboard’s browser login)', () => {
    expect(loggableUrl('/admin/queues?token=eyJ.abc.def&x=1')).toBe('/admin/queues?token=[redacted]&x=1');
  });
});
