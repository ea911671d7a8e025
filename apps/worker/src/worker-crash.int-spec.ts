import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Redis } from 'ioredis';
import { SqliteEventStore } from '@beslutskedjan/event-store';
import { PeopleDirectory } from '@beslutskedjan/people';
import {
  redisUnavailable,
  testRedisUrl,
  appendFacts,
  fact,
  submitted,
  startSmtpSink,
  type SmtpSink,
} from '@beslutskedjan/reminders/testing';

/**
 * A worker process is killed (SIGKILL) in the middle of sending: the SMTP server has the message's
 * DATA but has not answered 250. A new worker takes the job up again once its lock lapses, and the
 * mail arrives exactly once. Runs the compiled worker (`dist/`), built here when the sources are newer.
 */
const REDIS_URL = testRedisUrl(1);
const redisMissing = redisUnavailable(REDIS_URL);
if (redisMissing) console.warn(`Skipping the worker-crash test: ${redisMissing}`);

const ROOT = resolve(__dirname, '../../..');
const MAIN = join(ROOT, 'dist/apps/worker/src/main.js');
const T = 't1';

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts') && !/\.(spec|int-spec|e2e-spec)\.ts$/.test(entry.name))
      newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function ensureBuilt(): void {
  const built = existsSync(MAIN) ? statSync(MAIN).mtimeMs : 0;
  if (built <= Math.max(newestSource(join(ROOT, 'libs')), newestSource(join(ROOT, 'apps')))) {
    // tsc emits even when someone else's file has a type error; only a missing worker is fatal here.
    const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.build.json')], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    if (!existsSync(MAIN)) throw new Error(`build failed: ${result.stdout}${result.stderr}`);
  }
  // Libs import each other by name: the compiled output finds them through dist/node_modules (as `npm run build`).
  spawnSync(process.execPath, [join(ROOT, 'tools/dev/link-dist-libs.mjs')], { cwd: ROOT, encoding: 'utf8' });
}

(redisMissing ? describe.skip : describe)('A worker killed mid-send (SIGKILL)', () => {
  let smtp: SmtpSink;
  let redis: Redis;
  let store: SqliteEventStore;
  let dataDir: string;
  const children: ChildProcess[] = [];
  const output: string[] = [];

  const startWorker = (): ChildProcess => {
    const child = spawn(process.execPath, [MAIN], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        DATA_DIR: dataDir,
        REDIS_URL,
        SMTP_URL: smtp.url,
        PUBLIC_URL: 'https://beslut.example.se',
        TOKEN_SECRET: 'crash-test-secret-that-is-long-enough-0123456',
        DIRECTOR_USER_IDS: `${T}:dora`,
        REMINDER_JOB_LOCK_MS: '1500',
        NO_COLOR: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (c: Buffer) => output.push(c.toString()));
    child.stderr?.on('data', (c: Buffer) => output.push(c.toString()));
    children.push(child);
    return child;
  };
  const exited = (child: ChildProcess, timeoutMs: number) =>
    new Promise<number | string>((resolveExit, reject) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolveExit(child.exitCode ?? child.signalCode ?? '');
      const timer = setTimeout(() => reject(new Error('worker did not exit')), timeoutMs);
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        resolveExit(code ?? signal ?? '');
      });
    });
  const ledger = async () =>
    (await store.readStream(`${T}/reminder-deliveries-${new Date().toISOString().slice(0, 7)}`)).map((e) => e.type);

  beforeAll(async () => {
    ensureBuilt();
    redis = new Redis(REDIS_URL);
    await redis.flushdb();
    smtp = await startSmtpSink({ stallFirst: 1 });
    dataDir = mkdtempSync(join(tmpdir(), 'beslutskedjan-crash-'));
    const people = PeopleDirectory.open(dataDir);
    people.upsert(T, 'dora', { displayName: 'Dora Förbundschef', email: 'dora@example.se' }, new Date().toISOString());
    people.close();
    store = SqliteEventStore.open(join(dataDir, 'events.sqlite'));
    // A case submitted a minute ago: "new case to prepare" is due at once, with the real clock of the child process.
    const at = new Date(Date.now() - 60_000).toISOString();
    await appendFacts(store, T, [fact(submitted('a1', '2026/0042', at), at, { userId: 'ann', role: 'applicant' })]);
  }, 60_000);

  afterAll(async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await store?.close();
    await smtp?.close();
    redis?.disconnect();
  });

  it('restarts, and the mail arrives exactly once', async () => {
    try {
      const first = startWorker();
      await smtp.waitForStall(30_000);
      first.kill('SIGKILL');
      expect(await exited(first, 5000)).toBe('SIGKILL');
      expect(smtp.received).toHaveLength(0);
      expect(await ledger()).toEqual([]);

      const second = startWorker();
      await smtp.waitFor(1, 30_000);
      // Long enough for a wrongly repeated delivery to show: a few lock periods.
      await new Promise((r) => setTimeout(r, 4000));
      expect(smtp.received).toHaveLength(1);
      expect(smtp.received[0]).toMatchObject({
        to: ['dora@example.se'],
        subject: 'Nytt ärende att bereda: 2026/0042 Arbetsträning på Kooperativet Exempel',
      });
      expect(await ledger()).toEqual(['ReminderMailSent', 'ReminderDelivered']);

      // Graceful: Nest runs the shutdown hooks (BullMQ worker closed after its job) and re-raises the signal.
      second.kill('SIGTERM');
      expect([0, 'SIGTERM']).toContain(await exited(second, 15_000));
      expect(output.join('')).toContain('Reminders stopped');
    } catch (error) {
      process.stderr.write(`worker output:\n${output.join('')}\n`);
      throw error;
    }
  }, 90_000);
});
