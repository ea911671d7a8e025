import { spawnSync } from 'node:child_process';

/**
 * Synchronously, at test-file load: is Redis answering? Suites that need it are skipped with the
 * reason printed (CI and `.ci/run` start a Redis; a laptop without one still runs everything else).
 */
export function redisUnavailable(url: string): string | null {
  const { hostname, port } = new URL(url);
  const script =
    `const s = require('node:net').connect(${Number(port || 6379)}, ${JSON.stringify(hostname)}, () => s.write('PING\\r\\n'));` +
    `s.setTimeout(1000, () => process.exit(2)); s.on('error', () => process.exit(1));` +
    `s.on('data', (d) => process.exit(String(d).startsWith('+PONG') ? 0 : 3));`;
  const result = spawnSync(process.execPath, ['-e', script], { timeout: 3000 });
  return result.status === 0 ? null : `Redis is not answering at ${url} (start one: redis-server --daemonize yes --port 6379)`;
}

/**
 * The Redis a test suite may flush. `TEST_REDIS_URL` names the server and the first of the
 * three databases the suites use (default `redis://127.0.0.1:6379/7`, so databases 7, 8 and 9);
 * `offset` picks one of them, so suites running side by side never flush each other's queues.
 */
export function testRedisUrl(offset: 0 | 1 | 2): string {
  const url = new URL(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/7');
  const base = Number(url.pathname.replace('/', '') || '7');
  if (!Number.isInteger(base) || base < 0 || base + offset > 15) {
    throw new Error(`TEST_REDIS_URL must name a database from 0 to 13 (it names ${url.pathname})`);
  }
  url.pathname = `/${base + offset}`;
  return url.toString();
}
