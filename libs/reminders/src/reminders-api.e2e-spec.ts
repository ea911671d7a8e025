import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Module, type DynamicModule, type INestApplication } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import Database from 'better-sqlite3';
import { Redis } from 'ioredis';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';
import { createHttpAdapter, readyHttp } from '../../../apps/api/src/http-platform.js';
import { configureHttp } from '../../../apps/api/src/configure-http.js';
import { EVENT_STORE, type EventStore } from '@beslutskedjan/event-store';
import {
  mintToken,
  loadConfig,
  type AppConfig,
  WORKER_HEARTBEAT_FILE,
  WORKER_HEARTBEAT_KEY,
  PlatformModule,
  READ_DB,
} from '@beslutskedjan/platform';
import { CLOCK, ControllableClock, type Role } from '@beslutskedjan/shared';
import { reminderEventId } from './delivery/delivery-ledger.js';
import { NOTIFICATION_EVENT_SCHEMA_VERSIONS, notificationsStreamId } from './notifications/notification.events.js';
import { RemindersApiModule } from './reminders-api.module.js';
import { redisUnavailable, testRedisUrl } from './testing/redis-check.js';
import { reminderOverview } from './admin/reminder-overview.js';
import { appendFacts, fact, submitted, withdrawn } from './testing/reminder-fixtures.js';

/** The API side of reminders, mounted the way apps/api mounts it (see README "Reminders"). */
@Module({})
class ApiUnderTest {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ApiUnderTest,
      imports: [
        PlatformModule.forRoot({ config, processName: 'api', projections: RemindersApiModule.projections(config), upcasters: [] }),
        RemindersApiModule.forRoot(config),
      ],
    };
  }
}

interface Api {
  app: INestApplication;
  http: TestAgent;
  store: EventStore;
  config: AppConfig;
  token(userId: string, roles: Role[], tenant?: string): Promise<string>;
}

async function startApi(env: NodeJS.ProcessEnv = {}): Promise<Api> {
  const config = loadConfig({
    DATA_DIR: mkdtempSync(join(tmpdir(), 'beslutskedjan-reminders-api-')),
    TOKEN_SECRET: 'reminders-api-secret-long-enough-0123456789',
    ...env,
  });
  const moduleRef = await Test.createTestingModule({ imports: [ApiUnderTest.forRoot(config)] })
    .overrideProvider(CLOCK)
    .useValue(new ControllableClock(new Date('2027-01-10T09:00:00.000Z')))
    .compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(createHttpAdapter(), { logger: ['error', 'warn'] });
  configureHttp(app);
  await readyHttp(app);
  return {
    app,
    http: request(app.getHttpServer()),
    store: app.get<EventStore>(EVENT_STORE),
    config,
    token: (userId, roles, tenant = 't1') => mintToken({ secret: config.auth.secret, userId, roles, tenant, displayName: userId }),
  };
}

async function deliverNotification(store: EventStore, userId: string, notificationId: string): Promise<void> {
  const at = '2027-01-09T08:00:00.000Z';
  await store.append(
    notificationsStreamId('t1', userId),
    [
      {
        eventId: reminderEventId('t1', notificationId, `notification\u0000${userId}`),
        type: 'NotificationDelivered',
        data: {
          notificationId,
          userId,
          kind: 'case_to_prepare',
          title: { sv: 'Nytt ärende', en: 'New case' },
          body: { sv: 'Text', en: 'Text' },
          link: 'https://x/cases/a1',
          deliveredAt: at,
        },
        metadata: {
          tenant: 't1',
          actor: { userId: 'system', role: 'system' },
          correlationId: 'c',
          causationId: null,
          occurredAt: at,
          schemaVersion: NOTIFICATION_EVENT_SCHEMA_VERSIONS.NotificationDelivered,
        },
      },
    ],
    'any',
  );
}

describe('Reminders API: the in-app inbox, reconcile and health (embedded, no Redis)', () => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi();
    await deliverNotification(api.store, 'ann', 'case-a1-to-prepare');
    await deliverNotification(api.store, 'bo', 'case-b1-to-prepare');
  });
  afterAll(() => api.app.close());

  it('shows me my own notifications only, and marks one read (idempotently)', async () => {
    const ann = await api.token('ann', ['applicant']);
    const list = await api.http
      .get('/api/notifications')
      .query({ minPosition: String(await api.store.headPosition()) })
      .auth(ann, { type: 'bearer' })
      .expect(200);
    expect(list.body).toMatchObject({
      unread: 1,
      items: [{ notificationId: 'case-a1-to-prepare', title: { sv: 'Nytt ärende' }, readAt: null }],
    });

    const read = await api.http.post('/api/notifications/case-a1-to-prepare/read').auth(ann, { type: 'bearer' }).send({}).expect(201);
    expect(read.body.events).toEqual([expect.objectContaining({ type: 'NotificationRead' })]);
    const again = await api.http.post('/api/notifications/case-a1-to-prepare/read').auth(ann, { type: 'bearer' }).send({}).expect(201);
    expect(again.body.events).toEqual([]);
    const after = await api.http
      .get('/api/notifications')
      .query({ minPosition: read.body.position })
      .auth(ann, { type: 'bearer' })
      .expect(200);
    expect(after.body).toMatchObject({ unread: 0, items: [{ notificationId: 'case-a1-to-prepare', readAt: '2027-01-10T09:00:00.000Z' }] });

    const notMine = await api.http.post('/api/notifications/case-b1-to-prepare/read').auth(ann, { type: 'bearer' }).send({}).expect(404);
    expect(notMine.body.code).toBe('NOTIFICATION_NOT_FOUND');
  });

  it('lets only an admin reconcile; without Redis it reports the pending set of the embedded due-list', async () => {
    await appendFacts(api.store, 't1', [
      fact(submitted('a1', '2027/0001', '2027-01-10T08:00:00.000Z'), '2027-01-10T08:00:00.000Z', { userId: 'ann', role: 'applicant' }),
    ]);
    // Another förbund's reminders, which t1's admin must neither see nor count.
    await appendFacts(api.store, 't2', [
      fact(submitted('b9', '2027/0009', '2027-01-10T08:00:00.000Z'), '2027-01-10T08:00:00.000Z', { userId: 'bo', role: 'applicant' }),
    ]);
    await api.http
      .post('/api/admin/reminders/reconcile')
      .auth(await api.token('dora', ['director']), { type: 'bearer' })
      .expect(403);
    const res = await api.http
      .post('/api/admin/reminders/reconcile')
      .auth(await api.token('adam', ['admin']), { type: 'bearer' })
      .expect(200);
    // The new case to prepare, and the policy reviews of 2027 and 2028 (the tenant's notifications were in 2027).
    expect(res.body).toEqual({ mode: 'embedded', pending: 3, added: 0, removed: 0, kept: 3 });
    // Asking for another förbund changes nothing for an admin: reconcile is per förbund.
    const sneaky = await api.http
      .post('/api/admin/reminders/reconcile?tenant=t2')
      .auth(await api.token('adam', ['admin']), { type: 'bearer' })
      .expect(200);
    expect(sneaky.body.pending).toBe(3);
    const operator = await api.token('olle', ['operator'], 'ops');
    const all = await api.http.post('/api/admin/reminders/reconcile').auth(operator, { type: 'bearer' }).expect(200);
    expect(all.body.pending).toBeGreaterThan(3);
    const one = await api.http.post('/api/admin/reminders/reconcile?tenant=t2').auth(operator, { type: 'bearer' }).expect(200);
    expect(one.body.pending).toBe(all.body.pending - 3);
  });

  it("answers the admin's overview and reconcile from the API's live schedule, caught up with the log, for their förbund only", async () => {
    const admin = await api.token('adam', ['admin']);
    const overview = async (token: string) =>
      (await api.http.get('/api/admin/reminders').auth(token, { type: 'bearer' }).expect(200)).body as {
        mode: string;
        scheduled: Array<{ intentId: string }>;
        sent: unknown[];
      };
    const ids = (o: { scheduled: Array<{ intentId: string }> }) => o.scheduled.map((r) => r.intentId);
    const before = await overview(admin);
    expect(before.mode).toBe('embedded');
    expect(ids(before)).toContain('case-a1-to-prepare');
    expect(ids(before).some((id) => id.includes('b9'))).toBe(false);

    // New events, and at once (no minPosition) the answer follows them: a1 withdrawn, a2 to prepare.
    await appendFacts(api.store, 't1', [
      fact(withdrawn('a1'), '2027-01-10T08:30:00.000Z', { userId: 'ann', role: 'applicant' }),
      fact(submitted('a2', '2027/0002', '2027-01-10T08:40:00.000Z'), '2027-01-10T08:40:00.000Z', { userId: 'ann', role: 'applicant' }),
    ]);
    const after = await overview(admin);
    expect(ids(after)).not.toContain('case-a1-to-prepare');
    expect(ids(after)).toContain('case-a2-to-prepare');
    // It is the API's own read model of the schedule, the one the inbox reads, not a fold of the log.
    const { mode: _mode, ...rest } = after;
    expect(rest).toEqual(JSON.parse(JSON.stringify(reminderOverview(api.app.get(READ_DB), 't1', '2027-01-10T09:00:00.000Z'))));

    // Another förbund's admin sees theirs, not t1's; reconcile counts the same pending set as the overview.
    const t2 = await overview(await api.token('bea', ['admin'], 't2'));
    expect(ids(t2)).toContain('case-b9-to-prepare');
    expect(ids(t2).some((id) => id.includes('a2'))).toBe(false);
    const reconciled = await api.http.post('/api/admin/reminders/reconcile').auth(admin, { type: 'bearer' }).expect(200);
    expect(reconciled.body.pending).toBe(after.scheduled.length);
  });

  it('publishes the operation ids', async () => {
    const doc = await api.http.get('/openapi.json').expect(200);
    const ids = Object.values(doc.body.paths as Record<string, Record<string, { operationId?: string }>>).flatMap((ops) =>
      Object.values(ops).map((o) => o.operationId),
    );
    expect(ids).toEqual(expect.arrayContaining(['getNotifications', 'markNotificationRead', 'reconcileReminders']));
  });

  it('reports the worker heartbeat and its age in /health (from the shared SQLite file when embedded)', async () => {
    expect((await api.http.get('/health').expect(200)).body.checks.worker).toEqual({
      status: 'unknown',
      detail: 'no worker heartbeat yet',
    });
    const db = new Database(join(api.config.dataDir, WORKER_HEARTBEAT_FILE));
    db.exec(
      'CREATE TABLE heartbeats (worker_id TEXT PRIMARY KEY, at TEXT NOT NULL, pid INTEGER NOT NULL, host TEXT NOT NULL, mode TEXT NOT NULL)',
    );
    db.prepare('INSERT INTO heartbeats VALUES (?, ?, ?, ?, ?)').run('h:1', new Date(Date.now() - 5000).toISOString(), 1, 'h', 'embedded');
    const fresh = await api.http.get('/health').expect(200);
    expect(fresh.body).toMatchObject({ status: 'up', checks: { worker: { status: 'up', mode: 'embedded', workers: 1 } } });
    expect(fresh.body.checks.worker.ageSeconds).toBeGreaterThanOrEqual(4);
    db.prepare('UPDATE heartbeats SET at = ?').run(new Date(Date.now() - 120_000).toISOString());
    db.close();
    const stale = await api.http.get('/health').expect(200);
    expect(stale.body).toMatchObject({ status: 'degraded', checks: { worker: { status: 'stale' } } });
  });
});

describe('Reminders API when Redis is down', () => {
  let api: Api;
  beforeAll(async () => {
    // Nothing listens on port 1: Redis is configured but gone.
    api = await startApi({ REDIS_URL: 'redis://127.0.0.1:1' });
  });
  afterAll(() => api.app.close());

  it('reports the API degraded, not down: commands and queries still work, only reminders wait', async () => {
    const res = await api.http.get('/health').expect(200);
    expect(res.body).toMatchObject({ status: 'degraded', checks: { redis: { status: 'down' }, eventStore: { status: 'up' } } });
    const ready = await api.http.get('/health/ready').expect(200);
    expect(ready.body).toMatchObject({ status: 'degraded', details: { redis: { status: 'degraded' }, eventStore: { status: 'up' } } });
    await api.http.get('/health/live').expect(200);
  });
});

const REDIS_URL = testRedisUrl(2);
const redisMissing = redisUnavailable(REDIS_URL);
if (redisMissing) console.warn(`Skipping the BullMQ part of the reminders API spec: ${redisMissing}`);

(redisMissing ? describe.skip : describe)('Reminders API with Redis: bull-board, reconcile into BullMQ, health', () => {
  let api: Api;
  let redis: Redis;
  beforeAll(async () => {
    redis = new Redis(REDIS_URL);
    await redis.flushdb();
    api = await startApi({ REDIS_URL });
  });
  afterAll(async () => {
    await api.app.close();
    redis.disconnect();
  });

  it('serves bull-board at /admin/queues to the platform operator only, read-only unless write mode is opened', async () => {
    await api.http.get('/admin/queues').expect(401);
    await api.http
      .get('/admin/queues')
      .auth(await api.token('dora', ['director']), { type: 'bearer' })
      .expect(403);
    // A förbund's admin must not see every förbund's jobs, nor pause the shared queue.
    const tenantAdmin = await api.token('adam', ['admin']);
    await api.http.get('/admin/queues').auth(tenantAdmin, { type: 'bearer' }).expect(403);
    await api.http.put('/admin/queues-write/api/queues/reminders/pause').auth(tenantAdmin, { type: 'bearer' }).expect(403);
    const admin = await api.token('olle', ['operator'], 'ops');
    await api.http.put('/admin/queues/api/queues/reminders/pause').auth(admin, { type: 'bearer' }).expect(403);
    await api.http.put('/admin/queues/api/queues/reminders/clean/completed').auth(admin, { type: 'bearer' }).expect(403);
    expect(await redis.exists('beslutskedjan:reminders:meta-paused')).toBe(0);
    await api.http.put('/admin/queues-write/api/queues/reminders/pause').auth(admin, { type: 'bearer' }).expect(200);
    await api.http.put('/admin/queues-write/api/queues/reminders/resume').auth(admin, { type: 'bearer' }).expect(200);
    const page = await api.http.get('/admin/queues').auth(admin, { type: 'bearer' }).expect(200);
    expect(page.text).toContain('<html');
    const queues = await api.http.get('/admin/queues/api/queues').auth(admin, { type: 'bearer' }).expect(200);
    expect(JSON.stringify(queues.body)).toContain('reminders');

    const browser = await api.http.get(`/admin/queues?token=${admin}`).expect(303);
    expect(browser.headers.location).toBe('/admin/queues');
    const cookie = String(browser.headers['set-cookie']).split(';')[0]!;
    await api.http.get('/admin/queues/api/queues').set('Cookie', cookie).expect(200);
  });

  it("reconcile adds a job for every pending reminder, keyed by tenant and intent id; an admin's only for their förbund", async () => {
    await appendFacts(api.store, 't1', [
      fact(submitted('a1', '2027/0001', '2027-01-10T08:00:00.000Z'), '2027-01-10T08:00:00.000Z', { userId: 'ann', role: 'applicant' }),
    ]);
    await appendFacts(api.store, 't2', [
      fact(submitted('b9', '2027/0009', '2027-01-10T08:00:00.000Z'), '2027-01-10T08:00:00.000Z', { userId: 'bo', role: 'applicant' }),
    ]);
    const admin = await api.token('adam', ['admin']);
    const res = await api.http.post('/api/admin/reminders/reconcile').auth(admin, { type: 'bearer' }).expect(200);
    expect(res.body).toMatchObject({ mode: 'bullmq', added: 3, removed: 0 });
    expect(await redis.exists('beslutskedjan:reminders:t1/case-a1-to-prepare')).toBe(1);
    expect(await redis.exists('beslutskedjan:reminders:t2/case-b9-to-prepare')).toBe(0);
    const again = await api.http.post('/api/admin/reminders/reconcile').auth(admin, { type: 'bearer' }).expect(200);
    expect(again.body).toMatchObject({ added: 0, kept: 3 });
    const operator = await api.token('olle', ['operator'], 'ops');
    const all = await api.http.post('/api/admin/reminders/reconcile').auth(operator, { type: 'bearer' }).expect(200);
    expect(all.body).toMatchObject({ kept: 3, removed: 0 });
    expect(await redis.exists('beslutskedjan:reminders:t2/case-b9-to-prepare')).toBe(1);
  });

  it("reconciles from the API's live schedule: events just appended count at once, and only the admin's förbund", async () => {
    await appendFacts(api.store, 't1', [
      fact(submitted('a3', '2027/0003', '2027-01-10T08:50:00.000Z'), '2027-01-10T08:50:00.000Z', { userId: 'ann', role: 'applicant' }),
    ]);
    await appendFacts(api.store, 't2', [
      fact(submitted('b8', '2027/0008', '2027-01-10T08:50:00.000Z'), '2027-01-10T08:50:00.000Z', { userId: 'bo', role: 'applicant' }),
    ]);
    const res = await api.http
      .post('/api/admin/reminders/reconcile')
      .auth(await api.token('adam', ['admin']), { type: 'bearer' })
      .expect(200);
    expect(res.body).toMatchObject({ mode: 'bullmq', added: 1, kept: 3, removed: 0 });
    expect(await redis.exists('beslutskedjan:reminders:t1/case-a3-to-prepare')).toBe(1);
    expect(await redis.exists('beslutskedjan:reminders:t2/case-b8-to-prepare')).toBe(0);
    const overview = await api.http
      .get('/api/admin/reminders')
      .auth(await api.token('adam', ['admin']), { type: 'bearer' })
      .expect(200);
    expect(overview.body.mode).toBe('bullmq');
    expect((overview.body.scheduled as Array<{ intentId: string }>).map((r) => r.intentId)).toContain('case-a3-to-prepare');
    expect(overview.body.scheduled).toHaveLength(res.body.pending);
  });

  it('reports Redis and the worker heartbeat from Redis in /health', async () => {
    await redis.hset(WORKER_HEARTBEAT_KEY, 'h:2', JSON.stringify({ at: new Date().toISOString(), pid: 2, host: 'h', mode: 'bullmq' }));
    const res = await api.http.get('/health').expect(200);
    expect(res.body).toMatchObject({
      status: 'up',
      checks: { redis: { status: 'up' }, worker: { status: 'up', mode: 'bullmq', workers: 1 } },
    });
  });
});
