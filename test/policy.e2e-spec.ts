import type { TestApp } from './support/test-app.js';
import { startTestApp } from './support/test-app.js';

const rules = (over: Record<string, unknown> = {}) => ({
  schema: 1,
  rules: [
    {
      id: 'no-cash-grants',
      severity: 'blocking',
      violatedWhen: { fact: 'initiative.kind', equals: 'cash_grant_to_business' },
      message: { sv: 'Kontantbidrag till enskilda näringsidkare finansieras inte', en: 'No cash grants to individual businesses' },
    },
  ],
  fundableKinds: [{ kind: 'seminar_inspiration', category: 'structural', label: { sv: 'Seminarier', en: 'Seminars' } }],
  targetGroups: [],
  delegationThresholdSek: 50000,
  ...over,
});

describe('Policy over HTTP (e2e)', () => {
  let t: TestApp;
  let director: string;
  let chair: string;

  beforeAll(async () => {
    t = await startTestApp();
    await t.settle();
    director = await t.token(['director'], { userId: 'anna' });
    chair = await t.token(['chair'], { userId: 'bertil' });
  });
  afterAll(() => t.close());

  describe('the seeded demo history (seed 000)', () => {
    it('lists four adopted versions with their adoption data', async () => {
      const res = await t.http.get('/api/policies/asf/versions').auth(director, { type: 'bearer' }).expect(200);
      const versions = res.body.versions as Array<{ title: string; adoption: { adoptedOn: string } | null }>;
      expect(versions.map((v) => [v.title, v.adoption?.adoptedOn])).toEqual([
        ['Policy Sociala företag', '2009-06-11'],
        ['Policy Startbidrag Sociala företag', '2011-11-28'],
        ['Policy för främjande av arbetsintegrerande sociala företag', '2013-11-28'],
        ['Riktlinjer för stöd till medlemmarna i arbetet med arbetsintegrerande sociala företag', expect.any(String)],
      ]);
    });

    it('answers that the 2011 start-grant policy was in force on 2012-01-01', async () => {
      const res = await t.http.get('/api/policies/asf/in-force?date=2012-01-01').auth(director, { type: 'bearer' }).expect(200);
      expect(res.body.title).toBe('Policy Startbidrag Sociala företag');
      expect(res.body.adoption.adoptedOn).toBe('2011-11-28');
    });

    it('answers 404 with a stable code before the first adoption', async () => {
      const res = await t.http.get('/api/policies/asf/in-force?date=2009-01-01').auth(director, { type: 'bearer' }).expect(404);
      expect(res.body.code).toBe('NO_POLICY_IN_FORCE');
    });

    it('diffs the 2011 and current versions, rules and text', async () => {
      const res = await t.http.get('/api/policies/asf/diff?from=2&to=4').auth(director, { type: 'bearer' }).expect(200);
      expect(JSON.stringify(res.body)).toContain('start_grant_asf');
      expect(JSON.stringify(res.body.text ?? res.body)).toContain('Riktlinjer');
    });
  });

  describe('draft, adopt, read your write', () => {
    it('drafts with the director, adopts with the chair and then serves it as in force', async () => {
      const drafted = await t.http
        .post('/api/policies/e2e/revisions')
        .auth(director, { type: 'bearer' })
        .send({ title: 'Riktlinjer E2E', text: '# Riktlinjer\n\nFörsta versionen.', rules: rules() })
        .expect(201);
      expect(drafted.body.events).toEqual([{ eventId: expect.any(String), type: 'PolicyRevisionDrafted' }]);

      const adopted = await t.http
        .post('/api/policies/e2e/revisions/1/adoption')
        .auth(chair, { type: 'bearer' })
        .set('If-Match', `"${drafted.body.revision}"`)
        .send({ adoptedOn: '2026-11-20', meeting: { label: 'Styrelsemöte 2026-11-20, § 4' }, effectiveFrom: '2026-12-01' })
        .expect(201);

      const inForce = await t.http
        .get(`/api/policies/e2e/in-force?date=2026-12-01&minPosition=${adopted.body.position}`)
        .auth(director, { type: 'bearer' })
        .expect(200);
      expect(inForce.body).toMatchObject({
        title: 'Riktlinjer E2E',
        revision: 1,
        adoption: { effectiveFrom: '2026-12-01', adoptedBy: 'bertil' },
      });

      const stored = await t.store.readStream('demo/policy-e2e');
      expect(stored.map((e) => [e.type, e.metadata.actor])).toEqual([
        ['PolicyRevisionDrafted', { userId: 'anna', role: 'director' }],
        ['PolicyRevisionAdopted', { userId: 'bertil', role: 'chair' }],
      ]);
      expect(stored[0]!.metadata.occurredAt).toBe('2026-11-23T09:00:00.000Z');
    });
  });

  describe('errors are problem details and change nothing', () => {
    const unchanged = async (act: () => Promise<unknown>) => {
      const before = await t.store.headPosition();
      await act();
      expect(await t.store.headPosition()).toBe(before);
    };

    it('400 names the invalid field', () =>
      unchanged(async () => {
        const res = await t.http
          .post('/api/policies/e2e/revisions')
          .auth(director, { type: 'bearer' })
          .send({ title: '', text: 'x', rules: rules({ delegationThresholdSek: -5 }) })
          .expect(400)
          .expect('Content-Type', /application\/problem\+json/);
        expect(res.body.code).toBe('INVALID_INPUT');
        expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(
          expect.arrayContaining(['title', 'rules.delegationThresholdSek']),
        );
      }));

    it('400 for a body that is not JSON', () =>
      unchanged(async () => {
        const res = await t.http
          .post('/api/policies/e2e/revisions')
          .auth(director, { type: 'bearer' })
          .set('Content-Type', 'application/json')
          .send('{"title": ')
          .expect(400);
        expect(res.body.code).toBe('MALFORMED_BODY');
      }));

    it('400 for an invalid path parameter or date', async () => {
      const bad = await t.http.get('/api/policies/NOT%20OK/versions').auth(director, { type: 'bearer' }).expect(400);
      expect(bad.body.errors[0].field).toBe('policyId');
      const date = await t.http.get('/api/policies/asf/in-force?date=2012-13-01').auth(director, { type: 'bearer' }).expect(400);
      expect(date.body.errors[0].field).toBe('date');
    });

    it('401 without a token or with a forged one', () =>
      unchanged(async () => {
        const none = await t.http.post('/api/policies/e2e/revisions').send({}).expect(401);
        expect(none.body.code).toBe('UNAUTHENTICATED');
        await t.http
          .get('/api/policies/asf/versions')
          .auth(`${director.slice(0, -3)}abc`, { type: 'bearer' })
          .expect(401);
      }));

    it('403 when the role may not issue the command', () =>
      unchanged(async () => {
        const applicant = await t.token(['applicant']);
        const res = await t.http
          .post('/api/policies/e2e/revisions')
          .auth(applicant, { type: 'bearer' })
          .send({ title: 'X', text: 'x', rules: rules() })
          .expect(403);
        expect(res.body.code).toBe('FORBIDDEN');
        const auditor = await t.token(['auditor']);
        await t.http
          .post('/api/policies/asf/revisions/1/adoption')
          .auth(auditor, { type: 'bearer' })
          .send({ adoptedOn: '2026-11-20', meeting: { label: 'x' }, effectiveFrom: '2026-12-01' })
          .expect(403);
      }));

    it('404 for an unknown policy or revision', () =>
      unchanged(async () => {
        await t.http.get('/api/policies/unknown/versions').auth(director, { type: 'bearer' }).expect(404);
        const res = await t.http
          .post('/api/policies/asf/revisions/99/adoption')
          .auth(chair, { type: 'bearer' })
          .send({ adoptedOn: '2026-11-20', meeting: { label: 'x' }, effectiveFrom: '2026-12-01' })
          .expect(404);
        expect(res.body.code).toBe('POLICY_REVISION_NOT_FOUND');
      }));

    it('409 when If-Match no longer matches the stream', () =>
      unchanged(async () => {
        const res = await t.http
          .post('/api/policies/asf/revisions')
          .auth(director, { type: 'bearer' })
          .set('If-Match', '"0"')
          .send({ title: 'Stale', text: 'x', rules: rules() })
          .expect(409);
        expect(res.body.code).toBe('WRONG_EXPECTED_REVISION');
      }));

    it('422 with a stable code when a rule is broken', () =>
      unchanged(async () => {
        const res = await t.http
          .post('/api/policies/asf/revisions/2/adoption')
          .auth(chair, { type: 'bearer' })
          .send({ adoptedOn: '2026-11-20', meeting: { label: 'x' }, effectiveFrom: '2026-12-01' })
          .expect(422);
        expect(res.body.code).toBe('REVISION_ALREADY_ADOPTED');
      }));
  });

  describe('Idempotency-Key', () => {
    it('applies a retried command once and replays its response', async () => {
      const send = () =>
        t.http
          .post('/api/policies/idem/revisions')
          .auth(director, { type: 'bearer' })
          .set('Idempotency-Key', 'draft-idem-1')
          .send({ title: 'Idempotent', text: 'x', rules: rules() });
      const first = await send().expect(201);
      const again = await send().expect(201);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(again.body).toEqual(first.body);
      expect(await t.store.readStream('demo/policy-idem')).toHaveLength(1);
    });

    it('refuses the same key for a different request', async () => {
      const res = await t.http
        .post('/api/policies/idem/revisions')
        .auth(director, { type: 'bearer' })
        .set('Idempotency-Key', 'draft-idem-1')
        .send({ title: 'Something else', text: 'x', rules: rules() })
        .expect(422);
      expect(res.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    });
  });

  describe('tenancy', () => {
    it('never reads across tenants', async () => {
      const other = await t.token(['director'], { tenant: 'other' });
      await t.http.get('/api/policies/asf/versions').auth(other, { type: 'bearer' }).expect(404);
      await t.http
        .post('/api/policies/asf/revisions')
        .auth(other, { type: 'bearer' })
        .send({ title: 'Annan förbund', text: 'x', rules: rules() })
        .expect(201);
      expect(await t.store.readStream('other/policy-asf')).toHaveLength(1);
      const demo = await t.http.get('/api/policies/asf/versions').auth(director, { type: 'bearer' }).expect(200);
      expect(demo.body.versions.map((v: { title: string }) => v.title)).not.toContain('Annan förbund');
    });
  });

  describe('operations', () => {
    it('reports health of the event store and read models', async () => {
      const res = await t.http.get('/health').expect(200);
      expect(res.body).toMatchObject({
        status: 'up',
        checks: { eventStore: { status: 'up', kind: 'sqlite' }, readModels: { status: 'up' } },
      });
    });

    it('publishes OpenAPI with the policy operation ids, and Swagger UI', async () => {
      const res = await t.http.get('/openapi.json').expect(200);
      const ids = Object.values(res.body.paths as Record<string, Record<string, { operationId?: string }>>).flatMap((ops) =>
        Object.values(ops).map((o) => o.operationId),
      );
      expect(ids).toEqual(
        expect.arrayContaining([
          'draftPolicyRevision',
          'adoptPolicyRevision',
          'retirePolicy',
          'getPolicyVersions',
          'getPolicyInForce',
          'diffPolicyVersions',
        ]),
      );
      const docs = await t.http.get('/docs/').expect(200);
      expect(docs.text).toContain('swagger');
    });
  });
});
