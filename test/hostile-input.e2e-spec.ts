import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * A small deterministic fuzz of the HTTP edge: random hostile bodies, headers and path segments against
 * commands and queries. Whatever arrives, the answer is never a 5xx, and a refused request appends nothing.
 */
describe('hostile input (fuzz)', () => {
  let t: TestApp;
  let tokens: Record<string, string>;
  beforeAll(async () => {
    t = await startTestApp({ env: { SEED_DEMO: 'false', RATE_LIMIT_PER_USER: '100000', RATE_LIMIT_PER_IP: '100000' } });
    tokens = {
      director: await t.token(['director'], { userId: 'fuzz-director' }),
      admin: await t.token(['admin'], { userId: 'fuzz-admin' }),
      auditor: await t.token(['auditor'], { userId: 'fuzz-auditor' }),
    };
  }, 60_000);
  afterAll(() => t.close());

  /** mulberry32: the same sequence on every run, so a failure can be replayed. */
  const random = (seed: number) => () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  const next = random(20261202);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const strings = [
    '',
    ' ',
    'a'.repeat(5000),
    '\u0000',
    '..',
    '%00',
    '../../etc/passwd',
    '<script>',
    "'; DROP TABLE events;--",
    'åäö',
    '\ud800',
    '=HYPERLINK()',
    '1e309',
    '-1',
    '9'.repeat(40),
  ];
  const value = (depth: number): unknown => {
    const kind = Math.floor(next() * (depth > 3 ? 5 : 8));
    switch (kind) {
      case 0:
        return pick(strings);
      case 1:
        return pick([0, -1, 1.5, 1e308, Number.MAX_SAFE_INTEGER]);
      case 2:
        return pick([true, false, null]);
      case 3:
        return pick(strings).slice(0, 20);
      case 4:
        return [];
      case 5:
        return Array.from({ length: 3 }, () => value(depth + 1));
      case 6:
        return { __proto__: { admin: true }, constructor: { prototype: {} }, [pick(strings).slice(0, 10)]: value(depth + 1) };
      default:
        return {
          title: value(depth + 1),
          text: value(depth + 1),
          rules: value(depth + 1),
          reason: value(depth + 1),
          vote: value(depth + 1),
        };
    }
  };
  const paths: Array<(id: string) => readonly ['GET' | 'POST', string, string]> = [
    (id: string) => ['POST', `/api/policies/${id}/revisions`, 'director'],
    (id: string) => ['POST', `/api/policies/${id}/revisions/1/adoption`, 'director'],
    (id: string) => ['POST', `/api/applications/${id}/preparation`, 'director'],
    (id: string) => ['POST', `/api/meetings/${id}/agenda`, 'director'],
    (id: string) => ['POST', `/api/people/${id}/erasure`, 'admin'],
    (id: string) => ['GET', `/api/applications/${id}/timeline`, 'auditor'],
    (id: string) => ['GET', `/api/audit/log?type=${id}&from=${id}`, 'auditor'],
    (id: string) => ['GET', `/api/policies/${id}/in-force?date=${id}`, 'director'],
  ];
  const segments = ['x', '%2E%2E', '%00', '%ZZ', 'a'.repeat(300), '%F0%9F%98%80', 'asf', '1', '-', '%2F'];

  it('answers 300 hostile requests without a single 5xx, and refused ones leave the log as it was', async () => {
    const seen: Record<string, number> = {};
    for (let i = 0; i < 300; i++) {
      const [method, path, role] = pick(paths)(pick(segments));
      const before = await t.store.headPosition();
      let req = method === 'GET' ? t.http.get(path) : t.http.post(path);
      req = req.auth(tokens[role]!, { type: 'bearer' });
      if (next() < 0.3)
        req = req.set(
          'X-Correlation-Id',
          pick(strings)
            .slice(0, 300)
            .replace(/[^\x20-\x7e]/g, '?') || 'x',
        );
      if (next() < 0.2) req = req.set('If-Match', pick(['"x"', '-1', '"99999999999999999999"', '']));
      const body = next() < 0.15 ? '{"a":' : JSON.stringify(value(0));
      const res = method === 'GET' ? await req : await req.type('json').send(body);
      seen[String(res.status)] = (seen[String(res.status)] ?? 0) + 1;
      expect([path, res.status < 500]).toEqual([path, true]);
      if (res.status >= 400) expect([path, await t.store.headPosition()]).toEqual([path, before]);
    }
    console.warn(`hostile input: statuses ${JSON.stringify(seen)}`);
  }, 120_000);
});
