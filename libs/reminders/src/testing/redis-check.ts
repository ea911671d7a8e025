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
