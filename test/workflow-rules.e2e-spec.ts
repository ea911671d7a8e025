import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { ROLES_KEY } from '@beslutskedjan/platform';
import { ROLES, type Role } from '@beslutskedjan/shared';
import { seedPolicyOverHttp } from './support/seed-policy.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { applicationContent, client, member } from './support/workflow-fixtures.js';

const TENANT = 'rules';

interface CommandRoute {
  path: string;
  allowed: Role[];
}

/** Every POST route of the running API with the roles it allows, read from the same metadata the guard reads. */
function commandRoutes(t: TestApp): CommandRoute[] {
  const reflector = t.app.get(Reflector);
  return t.app
    .get(DiscoveryService)
    .getControllers()
    .flatMap(({ metatype, instance }) => {
      if (!metatype || !instance) return [];
      const base = String(Reflect.getMetadata(PATH_METADATA, metatype) ?? '');
      const proto = Object.getPrototypeOf(instance) as Record<string, unknown>;
      return Object.getOwnPropertyNames(proto).flatMap((name) => {
        const handler = proto[name];
        if (typeof handler !== 'function' || Reflect.getMetadata(METHOD_METADATA, handler) !== RequestMethod.POST) return [];
        const allowed = reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [handler, metatype]) ?? ['admin'];
        const sub = String(Reflect.getMetadata(PATH_METADATA, handler) ?? '');
        const path = `/api/${[base, sub].filter((p) => p && p !== '/').join('/')}`
          .replace(/\/+/g, '/')
          .replace(/:[A-Za-z]*Id\b/g, '00000000-0000-4000-8000-000000000000')
          .replace(/:[A-Za-z]+/g, '1');
        return [{ path, allowed }];
      });
    });
}

describe('Workflow rules over HTTP (e2e)', () => {
  let t: TestApp;
  let api: ReturnType<typeof client>;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-11-23T09:00:00.000Z', env: { SEED_DEMO: 'false' } });
    await seedPolicyOverHttp(t, TENANT);
    api = client(t.http);
  });
  afterAll(() => t.close());

  it('tries every role against every command: the roles it may not issue get 403 and nothing is appended', async () => {
    const routes = commandRoutes(t);
    // 22 when this was written: 3 policy, 7 application, 12 board commands. New commands join automatically.
    if (routes.length < 22) throw new Error(`found ${routes.length} command routes: ${JSON.stringify(routes)}`);
    const tokens = Object.fromEntries(await Promise.all(ROLES.map(async (r) => [r, await t.token([r], { tenant: TENANT })] as const)));
    const before = await t.store.headPosition();
    let refused = 0;
    for (const route of routes) {
      for (const role of ROLES.filter((r) => !route.allowed.includes(r))) {
        const res = await t.http.post(route.path).auth(tokens[role]!, { type: 'bearer' }).send({});
        if (res.status !== 403) throw new Error(`${role} on POST ${route.path}: expected 403, got ${res.status}`);
        expect(res.body.code).toBe('FORBIDDEN');
        refused++;
      }
    }
    expect(refused).toBeGreaterThan(routes.length);
    expect(await t.store.headPosition()).toBe(before);
  });

  it('counts every one of many simultaneous votes: conflicts are retried against the fresh state', async () => {
    const admin = await t.token(['admin'], { tenant: TENANT });
    const director = await t.token(['director'], { tenant: TENANT, userId: 'rules-director' });
    const applicant = await t.token(['applicant'], { tenant: TENANT, userId: 'rules-applicant' });
    const kinds = ['kommun', 'region', 'arbetsformedlingen', 'forsakringskassan'] as const;
    const people = Array.from({ length: 15 }, (_, i) => `voter-${i}`);
    for (const [i, personId] of people.entries()) {
      await api.post(admin, '/api/board/appointments', {
        personId,
        position: i === 0 ? 'chair' : 'member',
        memberOrganisation: member(kinds[i % 4]!),
        termFrom: '2026-01-01',
        termTo: '2027-12-31',
      });
    }
    const submitted = await api.post(applicant, '/api/applications', applicationContent());
    const id = submitted.body.applicationId as string;
    await api.post(director, `/api/applications/${id}/preparation`);
    await api.post(director, `/api/applications/${id}/recommendation`, {
      recommendation: 'approve',
      motivation: 'Följer riktlinjerna.',
      terms: { amountSek: 100000, period: { from: '2027-01-01', to: '2027-12-31' }, progressEveryMonths: 6 },
    });
    const meeting = await api.post(director, '/api/meetings', { date: '2026-11-23', label: 'Extra styrelsemöte' });
    const meetingId = meeting.body.streamId.split('meeting-')[1] as string;
    await api.post(director, `/api/meetings/${meetingId}/agenda`, { applicationId: id });
    const chair = await t.token(['chair'], { tenant: TENANT, userId: people[0]! });
    await api.post(chair, `/api/meetings/${meetingId}/opening`, { present: people, adjusterId: people[1]! });
    await api.post(chair, `/api/meetings/${meetingId}/items/1/opening`);
    await api.post(chair, `/api/meetings/${meetingId}/items/1/question`, { motionNo: 0 });
    await api.post(chair, `/api/meetings/${meetingId}/items/1/votering`, {});

    const tokens = await Promise.all(people.map((p) => t.token(['board_member'], { tenant: TENANT, userId: p })));
    const results = await Promise.all(
      tokens.map((tok, i) =>
        t.http
          .post(`/api/meetings/${meetingId}/items/1/votes`)
          .auth(tok, { type: 'bearer' })
          .send({ vote: i % 3 === 0 ? 'no' : 'yes' }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(people.map(() => 201));
    const votes = (await t.store.readStream(`${TENANT}/meeting-${meetingId}`)).filter((e) => e.type === 'VoteCast');
    expect(new Set(votes.map((v) => (v.data as { personId: string }).personId))).toEqual(new Set(people));
  });

  it('applies a retried submission once: same case number, one application', async () => {
    const applicant = await t.token(['applicant'], { tenant: TENANT, userId: 'retrying-applicant' });
    const send = () =>
      t.http
        .post('/api/applications')
        .auth(applicant, { type: 'bearer' })
        .set('Idempotency-Key', 'submit-once-1')
        .send(applicationContent({ title: 'Seminarium om ASF' }));
    const [first, second] = await Promise.all([send(), send()]);
    expect(first!.status).toBe(201);
    expect(second!.status).toBe(201);
    expect(second!.body.caseNumber).toBe(first!.body.caseNumber);
    expect(await t.store.readStream(`${TENANT}/application-${first!.body.applicationId}`)).toHaveLength(2);
    const register = await t.store.readStream(`${TENANT}/case-register-2026`);
    expect(register.filter((e) => (e.data as { applicationId: string }).applicationId === first!.body.applicationId)).toHaveLength(1);
  });

  it('gives gapless case numbers per tenant and year', async () => {
    const applicant = await t.token(['applicant'], { tenant: TENANT, userId: 'numbers' });
    const numbers = await Promise.all(
      [1, 2, 3, 4, 5].map(() => api.post(applicant, '/api/applications', applicationContent()).then((r) => r.body.caseNumber as string)),
    );
    const register = await t.store.readStream(`${TENANT}/case-register-2026`);
    const all = register.map((e) => (e.data as { caseNumber: string }).caseNumber);
    expect(all).toEqual(all.map((_, i) => `2026/${String(i + 1).padStart(4, '0')}`));
    expect(all).toEqual(expect.arrayContaining(numbers));
  });

  it('publishes the workflow operations under their command and query names', async () => {
    const res = await t.http.get('/openapi.json').expect(200);
    const ids = Object.values(res.body.paths as Record<string, Record<string, { operationId?: string }>>).flatMap((ops) =>
      Object.values(ops).map((o) => o.operationId),
    );
    expect(ids).toEqual(
      expect.arrayContaining([
        'submitApplication',
        'reviseApplication',
        'withdrawApplication',
        'takeCase',
        'requestSupplement',
        'recommend',
        'decideUnderDelegation',
        'appointBoardMember',
        'endBoardMembership',
        'scheduleBoardMeeting',
        'addAgendaItem',
        'declareRecusal',
        'castVote',
        'recordOutcome',
        'attestMinutes',
        'listApplications',
        'getApplication',
        'getInbox',
        'getBoardMeeting',
        'getMinutes',
      ]),
    );
  });

  it('shows an applicant only their own applications', async () => {
    const mine = await t.token(['applicant'], { tenant: TENANT, userId: 'own-1' });
    const other = await t.token(['applicant'], { tenant: TENANT, userId: 'own-2' });
    const submitted = await api.post(mine, '/api/applications', applicationContent({ title: 'Min egen ansökan' }));
    await t.settle();
    const list = await api.get(other, '/api/applications?limit=500');
    expect(list.body.items.map((c: { applicationId: string }) => c.applicationId)).not.toContain(submitted.body.applicationId);
    await api.get(other, `/api/applications/${submitted.body.applicationId}`, 404);
    await api.get(mine, `/api/applications/${submitted.body.applicationId}`, 200);
  });
});
