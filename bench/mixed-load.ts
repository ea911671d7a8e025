import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { chainEvents, SqliteEventStore } from '@beslutskedjan/event-store';
import { mintToken } from '@beslutskedjan/platform';
import { startServer } from './http.js';
import { draftBody, policyStreamEvent } from './support/fixtures.js';
import { latencySummary, round } from './support/stats.js';
import type { BenchContext, Measurement, MeasurementOutcome } from './support/types.js';
import { atMost, check } from './support/types.js';

/**
 * The load the API met in the field: 200 clients, each at a bounded rate, mixing commands, queries,
 * exports and audit verification for 60 s on loopback, while a probe asks /health/ready ten times a second.
 * Figures: throughput, p50/p99, 5xx, connection resets, the server's worst event-loop delay, readiness latency.
 */
const CLIENTS = 200;
const SECONDS = 60;
/**
 * Each client waits this long between its requests: 200 clients → about 100 requests/s offered. A person at
 * work in the web app opens a page every few seconds at most, and a page makes one to three API calls, so
 * one request every 2 s per client is a busy user, not an idle one: 200 of them are a busy förbund's office
 * plus its board and auditors at once.
 */
const PAUSE_MS = 2000;
/** After the bounded run, the same clients without pauses: what the API can do at most (saturation). */
const SATURATION_SECONDS = 15;
const SEED_STREAMS = 440;
const SEED_PER_STREAM = 50;
const TENANT = 'demo';

type Kind = 'command' | 'query' | 'export' | 'verification';
interface Op {
  kind: Kind;
  weight: number;
  send(client: number): { method: 'GET' | 'POST'; path: string; body?: unknown; token: 'director' | 'auditor' };
}

const OPS: Op[] = [
  {
    kind: 'command',
    weight: 35,
    send: (c) => ({ method: 'POST', path: `/api/policies/mixed-${c}/revisions`, body: draftBody(), token: 'director' }),
  },
  { kind: 'query', weight: 24, send: () => ({ method: 'GET', path: '/api/applications?year=2026', token: 'director' }) },
  { kind: 'query', weight: 24, send: () => ({ method: 'GET', path: '/api/audit/log?limit=50', token: 'auditor' }) },
  // A whole-log export (22,000 rows) is rare: about two a second across all clients.
  { kind: 'export', weight: 2, send: () => ({ method: 'GET', path: '/api/audit/log.csv', token: 'auditor' }) },
  { kind: 'verification', weight: 15, send: () => ({ method: 'GET', path: '/api/audit/verification', token: 'auditor' }) },
];
const TOTAL_WEIGHT = OPS.reduce((a, o) => a + o.weight, 0);

function pick(n: number): Op {
  let x = n % TOTAL_WEIGHT;
  for (const op of OPS) {
    if (x < op.weight) return op;
    x -= op.weight;
  }
  return OPS[0]!;
}

interface Outcome {
  status: number;
  ms: number;
  /** The connection was reset or refused by the server. */
  reset: boolean;
  /** No answer within the client's 30 s. */
  timeout: boolean;
}

function call(agent: Agent, port: number, method: string, path: string, token: string | null, body?: unknown): Promise<Outcome> {
  const t0 = performance.now();
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        agent,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}),
        },
      },
      (res) => {
        res.on('data', () => undefined);
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - t0, reset: false, timeout: false }));
        res.on('error', () => resolve({ status: 0, ms: performance.now() - t0, reset: true, timeout: false }));
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) => {
      const timeout = error.code === 'ETIMEDOUT';
      resolve({ status: 0, ms: performance.now() - t0, reset: !timeout, timeout });
    });
    req.setTimeout(30_000, () => req.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })));
    if (payload) req.write(payload);
    req.end();
  });
}

/** A log of realistic size for verification and exports: ~22,000 hash-chained events in the demo tenant. */
async function seed(dataDir: string): Promise<number> {
  const store = SqliteEventStore.open(join(dataDir, 'events.sqlite'));
  const appends: Array<Promise<unknown>> = [];
  for (let s = 0; s < SEED_STREAMS; s++) {
    const streamId = `${TENANT}/policy-seed-${s}`;
    const events = Array.from({ length: SEED_PER_STREAM }, (_, i) => {
      const event = policyStreamEvent(`seed-${s}`, i);
      return { ...event, metadata: { ...event.metadata, tenant: TENANT } };
    });
    appends.push(store.append(streamId, chainEvents(streamId, { revision: -1, hash: '' }, events), 'no_stream'));
  }
  await Promise.all(appends);
  const head = Number(await store.headPosition());
  await store.close();
  return head;
}

async function run(ctx: BenchContext): Promise<MeasurementOutcome> {
  const seconds = ctx.quick ? 15 : SECONDS;
  const dataDir = ctx.tempDir('mixed');
  const secret = 'mixed-load-secret-that-is-long-enough-0123456789';
  ctx.log(`seeding ${SEED_STREAMS * SEED_PER_STREAM} events`);
  const seeded = await seed(dataDir);
  // 200 clients share one loopback address here; in the field they come from many. The per-user limit stays on.
  process.env.BENCH_SERVER_ENV = JSON.stringify({ RATE_LIMIT_PER_IP: '1000000', SEAL_KEY: 'mixed-load-seal-key-that-is-long-enough-0123' });
  const server = startServer(dataDir, secret);
  try {
    const { port } = await server.ready;
    const tokens = await Promise.all(
      Array.from({ length: CLIENTS }, async (_, c) => ({
        director: await mintToken({
          secret,
          userId: `mixed-director-${c}`,
          displayName: `Direktör ${c}`,
          tenant: TENANT,
          roles: ['director'],
        }),
        auditor: await mintToken({ secret, userId: `mixed-auditor-${c}`, displayName: `Revisor ${c}`, tenant: TENANT, roles: ['auditor'] }),
      })),
    );
    const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS + 10 });
    ctx.log(`${CLIENTS} clients, one request every ${PAUSE_MS} ms each, for ${seconds} s (log of ${seeded} events)`);
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    /** Every client sends the mix for `forSeconds`, pausing `pauseMs` between the starts of its requests; a probe asks for readiness 10×/s. */
    const drive = async (forSeconds: number, pauseMs: number) => {
      await server.reset();
      const results: Array<Outcome & { kind: Kind }> = [];
      const ready: Outcome[] = [];
      const end = performance.now() + forSeconds * 1000;
      const clients = Array.from({ length: CLIENTS }, async (_, c) => {
        await sleep((c * pauseMs) / CLIENTS);
        for (let n = c; performance.now() < end; n += 7) {
          const op = pick(n);
          const { method, path, body, token } = op.send(c);
          const started = performance.now();
          results.push({ ...(await call(agent, port, method, path, tokens[c]![token], body)), kind: op.kind });
          if (pauseMs > 0) await sleep(Math.max(0, pauseMs - (performance.now() - started)));
        }
      });
      const probe = (async () => {
        const probeAgent = new Agent({ keepAlive: true, maxSockets: 1 });
        while (performance.now() < end) {
          ready.push(await call(probeAgent, port, 'GET', '/health/ready', null));
          await sleep(100);
        }
        probeAgent.destroy();
      })();
      await Promise.all([...clients, probe]);
      return { results, ready, serverStats: await server.stats() };
    };
    const { results, ready, serverStats } = await drive(seconds, PAUSE_MS);
    const saturationSeconds = ctx.quick ? 5 : SATURATION_SECONDS;
    ctx.log(`saturation: the same ${CLIENTS} clients without pauses for ${saturationSeconds} s`);
    const saturated = await drive(saturationSeconds, 0);
    agent.destroy();
    const saturatedLatency = latencySummary(saturated.results.map((r) => r.ms));
    const saturatedReady = latencySummary(saturated.ready.map((r) => r.ms));
    const saturation = {
      seconds: saturationSeconds,
      requests: saturated.results.length,
      throughputPerSecond: round(saturated.results.length / saturationSeconds, 1),
      p50Ms: round(saturatedLatency.p50, 1),
      p99Ms: round(saturatedLatency.p99, 1),
      status5xx: saturated.results.filter((r) => r.status >= 500).length,
      resets: saturated.results.filter((r) => r.reset).length,
      timeouts: saturated.results.filter((r) => r.timeout).length,
      statuses: tally(saturated.results.map((r) => r.status)),
      loopDelayP99Ms: saturated.serverStats.loopDelayP99Ms,
      loopDelayMaxMs: saturated.serverStats.loopDelayMaxMs,
      readyP99Ms: round(saturatedReady.p99, 1),
    };

    const all = latencySummary(results.map((r) => r.ms));
    const readyLatency = latencySummary(ready.map((r) => r.ms));
    const count = (test: (r: Outcome) => boolean) => results.filter(test).length;
    const byKind = Object.fromEntries(
      (['command', 'query', 'export', 'verification'] as Kind[]).map((kind) => {
        const mine = results.filter((r) => r.kind === kind);
        const l = latencySummary(mine.map((r) => r.ms));
        return [kind, { n: mine.length, p50: round(l.p50, 1), p99: round(l.p99, 1), statuses: tally(mine.map((r) => r.status)) }];
      }),
    );
    const figures = {
      clients: CLIENTS,
      seconds,
      seededEvents: seeded,
      requests: results.length,
      throughputPerSecond: round(results.length / seconds, 1),
      p50Ms: round(all.p50, 1),
      p99Ms: round(all.p99, 1),
      status5xx: count((r) => r.status >= 500),
      status429: count((r) => r.status === 429),
      resets: count((r) => r.reset),
      timeouts: count((r) => r.timeout),
      statuses: tally(results.map((r) => r.status)),
      byKind,
      loopDelayP99Ms: serverStats.loopDelayP99Ms,
      loopDelayMaxMs: serverStats.loopDelayMaxMs,
      readyP50Ms: round(readyLatency.p50, 1),
      readyP99Ms: round(readyLatency.p99, 1),
      readyMaxMs: round(readyLatency.max, 1),
      readyNon200: ready.filter((r) => r.status !== 200).length,
      /** Offered rate: requests per client per second in the bounded run. */
      perClientRatePerSecond: round(1000 / PAUSE_MS, 2),
      saturation,
    };
    ctx.log(JSON.stringify(figures));
    const ms = (value: number, label: string) => ({ value, unit: 'ms', label });
    const n = (value: number, label: string) => ({ value, unit: 'count', label });
    return {
      status: 'measured',
      figures,
      checks: [
        check('mixed load: connection resets', n(figures.resets, 'resets'), n(1, 'allowed + 1'), atMost(0, 'none'), figures.resets),
        check('mixed load: 5xx answers', n(figures.status5xx, '5xx'), n(1, 'allowed + 1'), atMost(0, 'none'), figures.status5xx),
        check('mixed load: /health/ready p99', ms(figures.readyP99Ms, 'p99'), ms(100, 'target'), atMost(1, '100 ms')),
        check('mixed load: event-loop delay p99', ms(figures.loopDelayP99Ms, 'p99'), ms(50, 'target'), atMost(1, '50 ms')),
      ],
      notes: [
        `${CLIENTS} clients × one request per ${PAUSE_MS / 1000} s for ${seconds} s on loopback: ${figures.throughputPerSecond} requests/s, p50 ${figures.p50Ms} ms, p99 ${figures.p99Ms} ms; ` +
          `worst event-loop delay ${figures.loopDelayMaxMs} ms (p99 ${figures.loopDelayP99Ms} ms); /health/ready p99 ${figures.readyP99Ms} ms.`,
        `Saturation (the same clients without pauses, ${saturation.seconds} s): ${saturation.throughputPerSecond} requests/s, p50 ${saturation.p50Ms} ms, ` +
          `p99 ${saturation.p99Ms} ms, ${saturation.status5xx} × 5xx, ${saturation.resets} resets; event-loop delay p99 ${saturation.loopDelayP99Ms} ms; ` +
          `/health/ready p99 ${saturation.readyP99Ms} ms.`,
      ],
    };
  } finally {
    await server.stop().catch(() => server.kill());
  }
}

function tally(statuses: number[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of statuses) out[String(s)] = (out[String(s)] ?? 0) + 1;
  return out;
}

export const mixedLoadMeasurement: Measurement = {
  id: 'mixed-load',
  title: 'Mixed load: 200 clients, commands, queries, exports and verification, with readiness probed',
  run,
};
