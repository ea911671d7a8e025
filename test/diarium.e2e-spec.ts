import { CASE_REGISTER_EVENT_SCHEMA_VERSIONS, caseRegisterDecider } from '@beslutskedjan/application';
import { CommandExecutor } from '@beslutskedjan/platform';
import { seedPolicyOverHttp } from './support/seed-policy.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { applicationContent, client, orgNo } from './support/workflow-fixtures.js';

const TENANT = 'diarium';

jest.setTimeout(60_000);

/** Ways a submission is refused: an ASF as applicant, an unknown kind, a bad check digit, a broken budget. */
const refused = (i: number) =>
  [
    { body: applicationContent({ applicant: { organisationNumber: orgNo('769600123'), unit: 'x' } }), status: 422 },
    { body: applicationContent({ kind: `egen_insats_${i}` }), status: 400 },
    { body: applicationContent({ fundingRecipient: { organisationNumber: '212000-0143' } }), status: 400 },
    { body: applicationContent({ budget: [{ year: 2031, amountSek: 1000 }] }), status: 422 },
  ][i % 4]!;

describe('The diarium (e2e): refused submissions take no number; a number taken but unused is void', () => {
  let t: TestApp;
  let applicant: string;
  let director: string;
  const api = () => client(t.http);

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-11-23T09:00:00.000Z' });
    await seedPolicyOverHttp(t, TENANT);
    applicant = await t.token(['applicant'], { tenant: TENANT, userId: 'diarium-applicant' });
    director = await t.token(['director'], { tenant: TENANT, userId: 'diarium-director' });
  });

  afterAll(() => t.close());

  it('sends 200 refused submissions in a row, then a valid one takes the next number and the year has no gap', async () => {
    for (let i = 0; i < 200; i++) {
      const { body, status } = refused(i);
      const res = await api().post(applicant, '/api/applications', body, status);
      expect(res.body.code).toEqual(status === 400 ? 'INVALID_INPUT' : expect.any(String));
    }
    expect(await t.store.readStream(`${TENANT}/case-register-2026`)).toHaveLength(0);
    const valid = await api().post(applicant, '/api/applications', applicationContent());
    expect(valid.body.caseNumber).toBe('2026/0001');
    const register = (await api().get(director, `/api/case-register/2026?minPosition=${valid.body.position as string}`)).body;
    expect(register.missing).toEqual([]);
    expect(register.entries.map((e: { caseNumber: string; status: string }) => [e.caseNumber, e.status])).toEqual([
      ['2026/0001', 'registered'],
    ]);
  }, 60_000);

  it('voids a number when the second write fails (a crash injected between taking the number and registering the case)', async () => {
    const append = t.store.append.bind(t.store);
    let failed = false;
    t.store.append = (streamId, events, expected) => {
      if (!failed && streamId.startsWith(`${TENANT}/application-`)) {
        failed = true;
        return Promise.reject(new Error('injected crash between the two writes'));
      }
      return append(streamId, events, expected);
    };
    try {
      const crashed = await t.http
        .post('/api/applications')
        .auth(applicant, { type: 'bearer' })
        .send(applicationContent({ title: 'Kraschar' }));
      expect(crashed.status).toBeGreaterThanOrEqual(500);
    } finally {
      t.store.append = append;
    }
    const next = await api().post(applicant, '/api/applications', applicationContent({ title: 'Efter kraschen' }));
    expect(next.body.caseNumber).toBe('2026/0003');
    await t.settle();
    const register = (await api().get(director, '/api/case-register/2026')).body;
    expect(register.missing).toEqual([]);
    expect(register.entries.map((e: { caseNumber: string; status: string }) => [e.caseNumber, e.status])).toEqual([
      ['2026/0001', 'registered'],
      ['2026/0002', 'void'],
      ['2026/0003', 'registered'],
    ]);
    expect(register.entries[1].voidReason).toMatch(/^Numret togs men ansökan kunde inte registreras \(injected crash/);
  });

  it('registers incoming documents under their case: the application, a revision, a supplement', async () => {
    const submitted = await api().post(applicant, '/api/applications', applicationContent({ title: 'Dokumentnummer' }));
    const id = submitted.body.applicationId as string;
    const caseNumber = submitted.body.caseNumber as string;
    await api().post(
      applicant,
      `/api/applications/${id}/revisions`,
      applicationContent({ title: 'Dokumentnummer', aims: 'Skarpare mål.' }),
    );
    await api().post(director, `/api/applications/${id}/preparation`);
    await api().post(director, `/api/applications/${id}/supplement-requests`, { question: 'Hur många platser?', dueDate: '2026-12-15' });
    await api().post(
      applicant,
      `/api/applications/${id}/revisions`,
      applicationContent({ title: 'Dokumentnummer', description: 'Tio platser.' }),
    );
    await t.settle();
    const entry = (await api().get(director, '/api/case-register/2026')).body.entries.find(
      (e: { caseNumber: string }) => e.caseNumber === caseNumber,
    );
    expect(entry.documents.map((d: { documentNumber: string; kind: string }) => [d.documentNumber, d.kind])).toEqual([
      [`${caseNumber}-1`, 'application'],
      [`${caseNumber}-2`, 'revision'],
      [`${caseNumber}-3`, 'supplement'],
    ]);
  });

  it('voids a number left by a process killed between the two writes, once it is older than 15 minutes', async () => {
    // What a killed process leaves: the number taken in the register, no application under it.
    const executor = t.app.get(CommandExecutor);
    const now = t.clock.now().toISOString();
    const context = {
      tenant: TENANT,
      actor: { userId: 'killed-process', role: 'applicant' as const },
      now,
      correlationId: 'killed',
      causationId: null,
    };
    await executor.execute({
      streamId: `${TENANT}/case-register-2026`,
      decider: caseRegisterDecider,
      command: { type: 'AssignCaseNumber', data: { applicationId: 'never-registered', year: 2026 }, metadata: context },
      context,
      schemaVersions: CASE_REGISTER_EVENT_SCHEMA_VERSIONS,
    });
    await t.settle();
    const taken = (await api().get(director, '/api/case-register/2026')).body.entries.at(-1);
    expect(taken).toMatchObject({ status: 'taken', applicationId: 'never-registered' });
    expect((await api().post(director, '/api/case-register/void-unused', {}, 200)).body.voided).toEqual([]);
    t.clock.advance(16 * 60 * 1000);
    expect((await api().post(director, '/api/case-register/void-unused', {}, 200)).body.voided).toEqual([
      `${TENANT}:${taken.caseNumber as string}`,
    ]);
    await t.settle();
    const register = (await api().get(director, '/api/case-register/2026')).body;
    expect(register.entries.at(-1)).toMatchObject({
      caseNumber: taken.caseNumber,
      status: 'void',
      voidReason: expect.stringContaining('ingen ansökan registrerades'),
    });
    expect(register.missing).toEqual([]);
  });

  it('is read by staff, not by an applicant', async () => {
    await api().get(applicant, '/api/case-register/2026', 403);
    await api().get(director, '/api/case-register/19', 400);
  });
});
