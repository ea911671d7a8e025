import { seedPolicyOverHttp } from './support/seed-policy.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { applicationContent, client, member, orgNo } from './support/workflow-fixtures.js';

const TENANT = 'screening';
const ASF = orgNo('769600123');

jest.setTimeout(60_000);

/** A cash start grant passed on to the cooperative through the municipality: allowed in 2012, refused today. */
const startGrant = applicationContent({
  title: 'Startbidrag till Kooperativet Exempel',
  category: 'structural',
  kind: 'start_grant_asf',
  targetGroups: [],
  answers: { grantToBusiness: true, aimedAtAsfStaff: false, startsOrDevelopsAsf: true, paysMembershipFees: false },
});

describe('Screening on a date and the registers (e2e)', () => {
  let t: TestApp;
  let director: string;
  let applicant: string;
  let admin: string;
  const api = () => client(t.http);

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-11-23T09:00:00.000Z' });
    await seedPolicyOverHttp(t, TENANT);
    director = await t.token(['director'], { tenant: TENANT, userId: 'screening-director' });
    applicant = await t.token(['applicant'], { tenant: TENANT, userId: 'screening-applicant' });
    admin = await t.token(['admin'], { tenant: TENANT, userId: 'screening-admin' });
  });

  afterAll(() => t.close());

  it('screenApplication: the same body on 2012-03-01 and today gives different results, and appends nothing', async () => {
    const head = await t.store.headPosition();
    const screen = async (date: string) => (await api().post(applicant, '/api/screenings', { date, application: startGrant }, 200)).body;
    const in2012 = await screen('2012-03-01');
    const today = await screen('2026-11-23');
    expect(in2012.policies.map((p: { title: string }) => p.title)).toEqual(['Policy Startbidrag Sociala företag']);
    expect(in2012.blocking).toBe(false);
    expect(in2012.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['no-machine-readable-rules']);
    expect(in2012.findings[0].message.sv).toContain('Inga maskinläsbara regler för denna version');
    expect(today.blocking).toBe(true);
    expect(today.findings.filter((f: { severity: string }) => f.severity === 'blocking').map((f: { ruleId: string }) => f.ruleId)).toEqual([
      'no-cash-grant-to-business',
      'no-start-or-develop-asf',
    ]);
    expect(today.findings[0].inferred.quote).toBe('ge stöd till enskilda näringsidkare i form av kontantbidrag');
    expect(await t.store.headPosition()).toBe(head);
    expect(await t.store.readStream(`${TENANT}/case-register-2026`)).toHaveLength(0);
  });

  it('screenApplication refuses a made-up kind (400 naming kind) and an ASF as applicant (422)', async () => {
    const bad = await api().post(
      applicant,
      '/api/screenings',
      { date: '2026-11-23', application: applicationContent({ kind: 'eget_paket' }) },
      400,
    );
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'kind' })]);
    const asf = applicationContent({ applicant: { organisationNumber: ASF, unit: 'x' } });
    expect((await api().post(applicant, '/api/screenings', { date: '2026-11-23', application: asf }, 422)).body.code).toBe(
      'APPLICANT_NOT_A_MEMBER',
    );
  });

  it('registers: a bad check digit is a 400 naming the field; members and providers are listed', async () => {
    const bad = await api().post(
      admin,
      '/api/registers/members',
      { kind: 'kommun', name: 'X kommun', organisationNumber: '212000-0143', units: [{ code: 'a', name: 'A' }] },
      400,
    );
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'organisationNumber' })]);
    await api().post(
      applicant,
      '/api/registers/providers',
      { organisationNumber: orgNo('802500456'), name: 'Returen', presentsAsAsf: true },
      403,
    );
    const members = (await api().get(applicant, '/api/registers/members')).body.members as Array<{
      organisationNumber: string;
      units: unknown[];
    }>;
    expect(members.map((m) => m.organisationNumber)).toContain(member('kommun').organisationNumber);
    const providers = (await api().get(applicant, '/api/registers/providers')).body.providers;
    expect(providers).toEqual([expect.objectContaining({ organisationNumber: ASF, asfStatus: 'not_assessed' })]);
  });

  it('the director assesses the four ASF criteria with date and source; the case shows them as a checklist', async () => {
    const submitted = await api().post(
      applicant,
      '/api/applications',
      applicationContent({ kind: 'supervisor_at_asf', staffEmployer: { organisationNumber: member('kommun').organisationNumber } }),
    );
    const id = submitted.body.applicationId as string;
    const before = (await api().get(director, `/api/applications/${id}/provider-checklist`)).body;
    expect(before.checklist.items.map((i: { answer: unknown }) => i.answer)).toEqual([null, null, null, null]);
    const met = { met: true, note: 'Stadgar § 4' };
    await api().post(director, `/api/registers/providers/${ASF}/criteria-assessments`, {
      criteria: {
        business_activity: met,
        participation: met,
        profits_reinvested: met,
        independent_of_public_sector: { met: false, note: 'Kommunen äger 60 %' },
      },
      assessedOn: '2026-11-20',
      source: 'Bolagsverket och årsredovisning 2025',
      applicationId: id,
    });
    const after = (await api().get(director, `/api/applications/${id}/provider-checklist`)).body.checklist;
    expect(after).toMatchObject({ assessedOn: '2026-11-20', source: 'Bolagsverket och årsredovisning 2025' });
    expect(after.policies.map((p: { policyId: string; revision: number }) => [p.policyId, p.revision])).toEqual([
      ['asf', 4],
      ['samverkansinsatser', 1],
    ]);
    expect(after.items[3]).toMatchObject({ criterion: 'independent_of_public_sector', answer: { met: false } });
    const providers = (await api().get(director, '/api/registers/providers')).body.providers;
    expect(providers[0].asfStatus).toBe('assessed_not_asf');
    await api().post(
      applicant,
      `/api/registers/providers/${ASF}/criteria-assessments`,
      { criteria: {}, assessedOn: '2026-11-20', source: 'x' },
      403,
    );
  });

  it('one organisation-number check everywhere a number enters: application, register, board appointment (400 naming the field)', async () => {
    const BAD = '212000-0143';
    const fieldOf = async (token: string, path: string, body: unknown) =>
      (await api().post(token, path, body, 400)).body.errors.map((e: { field: string }) => e.field);
    expect(await fieldOf(applicant, '/api/applications', applicationContent({ procuringMember: { organisationNumber: BAD } }))).toEqual([
      'procuringMember.organisationNumber',
    ]);
    expect(await fieldOf(admin, '/api/registers/providers', { organisationNumber: BAD, name: 'X', presentsAsAsf: false })).toEqual([
      'organisationNumber',
    ]);
    const appointment = {
      personId: 'p-bad-number',
      position: 'member',
      memberOrganisation: { ...member('kommun'), organisationNumber: BAD },
      termFrom: '2027-01-01',
      termTo: '2030-12-31',
    };
    expect(await fieldOf(admin, '/api/board/appointments', appointment)).toEqual(['memberOrganisation.organisationNumber']);
    expect(await t.store.readStream(`${TENANT}/board`)).toHaveLength(0);
  });

  it('publishes the operations with these operationIds and a complete application schema', async () => {
    const doc = (await t.http.get('/openapi.json')).body as {
      paths: Record<
        string,
        Record<
          string,
          {
            operationId: string;
            requestBody?: { content: Record<string, { schema: { properties: Record<string, unknown>; required: string[] } }> };
          }
        >
      >;
    };
    const operations = Object.values(doc.paths).flatMap((p) => Object.values(p));
    const ids = operations.map((o) => o.operationId);
    for (const id of [
      'registerMember',
      'registerProvider',
      'assessProviderCriteria',
      'screenApplication',
      'getCaseRegister',
      'listMembers',
      'listProviders',
      'submitApplication',
    ]) {
      expect(ids).toContain(id);
    }
    const submit = operations.find((o) => o.operationId === 'submitApplication')!;
    const schema = submit.requestBody!.content['application/json']!.schema;
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining([
        'aims',
        'applicant',
        'cooperatingMembers',
        'procuringMember',
        'provider',
        'staffEmployer',
        'fundingRecipient',
        'answers',
        'budget',
        'targetGroups',
      ]),
    );
    expect(schema.required).toEqual(expect.arrayContaining(['description', 'aims', 'answers', 'fundingRecipient', 'staffEmployer']));
  });
});
