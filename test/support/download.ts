import type { Response } from 'supertest';
import type { TestApp } from './test-app.js';

/**
 * GET of a file the API streams (PDF, CSV) with the bearer token, its body kept as the raw bytes;
 * any other status than `status` fails with what the API said.
 */
export async function downloadBytes(t: TestApp, token: string, path: string, status = 200): Promise<Response> {
  const res = await t.http
    .get(path)
    .auth(token, { type: 'bearer' })
    .buffer(true)
    .parse((r, done) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => done(null, Buffer.concat(chunks)));
    });
  if (res.status !== status) throw new Error(`GET ${path}: expected ${status}, got ${res.status}: ${String(res.body)}`);
  return res;
}
