import { startTestApp, type TestApp } from './support/test-app.js';
import { seedPolicyOverHttp } from './support/seed-policy.js';
import { applicationContent, client, member } from './support/workflow-fixtures.js';

/** Its own tenant, so the demo data never shares a board or a case register with this test. */
const TENANT = 'wf';

/**
 * The approval workflow over HTTP with real tokens: submission, supplement, revision,
 * recommendation, a meeting with a recusal and votes, attestation, and a funded initiative.
 */
describe('Approval workflow (e2e)', () => {
  let t: TestApp;
  let api: ReturnType<typeof client>;
  const tok: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-11-23T09:00:00.000Z', env: { SEED_DEMO: 'false' } });
    await seedPolicyOverHttp(t, TENANT);
    await t.settle();
    api = client(t.http);
    tok.applicant = await t.token(['applicant'], { tenant: TENANT, userId: 'ann' });
    tok.dora = await t.token(['director'], { tenant: TENANT, userId: 'dora' });
    tok.dan = await t.token(['director'], { tenant: TENANT, userId: 'dan' });
    tok.admin = await t.token(['admin'], { tenant: TENANT, userId: 'adam' });
    tok.carl = await t.token(['chair', 'board_member'], { tenant: TENANT, userId: 'wf-carl' });
    tok['wf-carl'] = tok.carl;
    for (const id of ['wf-kommun', 'wf-region', 'wf-af', 'wf-fk', 'wf-sub-af'])
      tok[id] = await t.token(['board_member'], { tenant: TENANT, userId: id });

    const appoint = (personId: string, position: string, kind: Parameters<typeof member>[0], substituteFor: string | null = null) =>
      api.post(tok.admin!, '/api/board/appointments', {
        personId,
        position,
        memberOrganisation: member(kind),
        substituteFor,
        termFrom: '2026-11-01',
        termTo: '2027-12-31',
      });
    await appoint('wf-carl', 'chair', 'kommun');
    await appoint('wf-kommun', 'member', 'kommun');
    await appoint('wf-region', 'member', 'region');
    await appoint('wf-af', 'member', 'arbetsformedlingen');
    await appoint('wf-fk', 'member', 'forsakringskassan');
    const substitute = await appoint('wf-sub-af', 'substitute', 'arbetsformedlingen', 'wf-af');
    expect(substitute.body.appointmentId).toEqual(expect.any(String));
  });
  afterAll(() => t.close());

  const submitAndRecommend = async (title: string, amountSek = 250000) => {
    const submitted = await api.post(tok.applicant!, '/api/applications', applicationContent({ title }));
    const id = submitted.body.applicationId as string;
    await api.post(tok.dora!, `/api/applications/${id}/preparation`);
    await api.post(tok.dora!, `/api/applications/${id}/recommendation`, {
      recommendation: 'approve',
      motivation: 'Insatsen följer riktlinjerna.',
      terms: { amountSek, period: { from: '2027-01-01', to: '2027-12-31' }, conditions: ['Slutrapport'], progressEveryMonths: 6 },
    });
    return { id, caseNumber: submitted.body.caseNumber as string };
  };

  const holdMeeting = async (date: string, applicationId: string, outcome: string) => {
    t.clock.set(`${date}T08:00:00.000Z`);
    const scheduled = await api.post(tok.dora!, '/api/meetings', { date, label: `Styrelsemöte ${date}` });
    // Create operations return the new id: the caller never parses it out of the stream name.
    const meetingId = scheduled.body.meetingId as string;
    expect(scheduled.body.streamId).toBe(`${TENANT}/meeting-${meetingId}`);
    const item = await api.post(tok.dora!, `/api/meetings/${meetingId}/agenda`, { applicationId });
    expect(item.body.events[0].type).toBe('AgendaItemAdded');
    await api.post(tok.carl!, `/api/meetings/${meetingId}/opening`, {
      present: ['wf-carl', 'wf-kommun', 'wf-region', 'wf-af', 'wf-fk'],
      adjusterId: 'wf-region',
    });
    await api.post(tok.carl!, `/api/meetings/${meetingId}/items/1/opening`);
    await api.post(tok.carl!, `/api/meetings/${meetingId}/items/1/outcome`, {
      outcome,
      motivation: outcome === 'referred_back' ? 'Budgeten behöver förtydligas.' : undefined,
    });
    await api.post(tok.carl!, `/api/meetings/${meetingId}/items/1/closing`);
    await api.post(tok.carl!, `/api/meetings/${meetingId}/closing`);
    await api.post(tok.carl!, `/api/meetings/${meetingId}/attestations`);
    await api.post(tok['wf-region']!, `/api/meetings/${meetingId}/attestations`);
    await t.settle();
    return meetingId;
  };

  it('takes one case from submission through supplement, revision, recommendation, a meeting with a recusal and votes, and attestation, to a funded initiative', async () => {
    t.clock.set('2026-11-23T09:00:00.000Z');
    const submitted = await api.post(tok.applicant!, '/api/applications', applicationContent());
    expect(submitted.body.caseNumber).toMatch(/^2026\/\d{4}$/);
    const id = submitted.body.applicationId as string;
    await t.settle();
    const doraInbox = await api.get(tok.dora!, '/api/inbox');
    expect(doraInbox.body.items).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'case_to_prepare', applicationId: id })]));

    await api.post(tok.dora!, `/api/applications/${id}/preparation`);
    await api.post(tok.dora!, `/api/applications/${id}/supplement-requests`, {
      question: 'Hur många deltagare avses?',
      dueDate: '2026-12-01',
    });
    t.clock.set('2026-11-25T10:00:00.000Z');
    const revised = await api.post(
      tok.applicant!,
      `/api/applications/${id}/revisions`,
      applicationContent({ description: 'Tolv deltagare per år får arbetsträning på ASF.' }),
    );
    expect(revised.body.events.map((e: { type: string }) => e.type)).toEqual(['ApplicationRevised', 'ApplicationScreened']);
    await api.post(tok.dora!, `/api/applications/${id}/recommendation`, {
      recommendation: 'approve',
      motivation: 'Insatsen är individinriktad och går via kommunen som upphandlat.',
      terms: {
        amountSek: 250000,
        period: { from: '2027-01-01', to: '2027-12-31' },
        conditions: ['Rapport var sjätte månad'],
        progressEveryMonths: 6,
      },
    });

    const meeting = await api.post(tok.dora!, '/api/meetings', { date: '2026-12-10', label: 'Styrelsemöte 2026-12-10' });
    const meetingId = meeting.body.streamId.split('meeting-')[1] as string;
    await api.post(tok.dora!, `/api/meetings/${meetingId}/agenda`, { applicationId: id });

    t.clock.set('2026-12-10T13:00:00.000Z');
    await api.post(tok.carl!, `/api/meetings/${meetingId}/opening`, {
      present: ['wf-carl', 'wf-kommun', 'wf-region', 'wf-fk', 'wf-sub-af'],
      adjusterId: 'wf-region',
    });
    await api.post(tok.carl!, `/api/meetings/${meetingId}/items/1/opening`);
    await api.post(tok['wf-kommun']!, `/api/meetings/${meetingId}/items/1/recusals`, { reason: 'Anställd hos sökande förvaltning' });
    await api.post(tok.carl!, `/api/meetings/${meetingId}/items/1/question`, { motionNo: 0 });
    const acclamationOnly = await api.post(tok.carl!, `/api/meetings/${meetingId}/items/1/votes`, { vote: 'yes' }, 422);
    expect(acclamationOnly.body.code).toBe('NO_VOTERING');
    await api.post(tok['wf-fk']!, `/api/meetings/${meetingId}/items/1/votering`, {});
    await t.settle();
    const regionInbox = await api.get(tok['wf-region']!, '/api/inbox');
    expect(regionInbox.body.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'vote_pending', meetingId, itemNo: 1 })]),
    );
    await api.post(tok.carl!, `/api/meetings/${meetingId}/items/1/votes`, { vote: 'yes' });
    await api.post(tok['wf-region']!, `/api/meetings/${meetingId}/items/1/votes`, { vote: 'yes' });
    await api.post(tok['wf-fk']!, `/api/meetings/${meetingId}/items/1/votes`, { vote: 'no' });
    await api.post(tok['wf-sub-af']!, `/api/meetings/${meetingId}/items/1/votes`, { vote: 'yes' });

    const recused = await api.post(tok['wf-kommun']!, `/api/meetings/${meetingId}/items/1/votes`, { vote: 'yes' }, 422);
    expect(recused.body.code).toBe('RECUSED');
    const twice = await api.post(tok['wf-region']!, `/api/meetings/${meetingId}/items/1/votes`, { vote: 'no' }, 422);
    expect(twice.body.code).toBe('ALREADY_VOTED');

    const outcome = await api.post(tok.carl!, `/api/meetings/${meetingId}/items/1/outcome`, {});
    const recorded = (await t.store.readStream(outcome.body.streamId)).find((e) => e.type === 'OutcomeRecorded')!.data as Record<
      string,
      unknown
    >;
    expect(recorded).toMatchObject({
      outcome: 'approved',
      method: 'votering',
      tally: { yes: 3, no: 1, abstain: 0 },
      recusals: [{ personId: 'wf-kommun', reason: 'Anställd hos sökande förvaltning' }],
      quorum: { members: 5, participating: 4, required: 3 },
      policy: { policyId: 'asf', revision: 4 },
    });
    const late = await api.post(tok['wf-fk']!, `/api/meetings/${meetingId}/items/1/votes`, { vote: 'yes' }, 422);
    expect(late.body.code).toBe('OUTCOME_ALREADY_RECORDED');

    await api.post(tok.carl!, `/api/meetings/${meetingId}/items/1/closing`);
    const closed = await api.post(tok['wf-af']!, `/api/meetings/${meetingId}/items/1/votes`, { vote: 'yes' }, 422);
    expect(closed.body.code).toBe('ITEM_ALREADY_CLOSED');
    await api.post(tok.carl!, `/api/meetings/${meetingId}/closing`);
    const minutes = await api.get(tok.carl!, `/api/meetings/${meetingId}/minutes`);
    expect(minutes.body.text).toContain('§ 1');
    expect(minutes.body.text).toContain('Jäv');
    await t.settle();
    const carlInbox = await api.get(tok.carl!, '/api/inbox');
    expect(carlInbox.body.items).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'minutes_to_attest', meetingId })]));

    let detail = await api.get(tok.dora!, `/api/applications/${id}`);
    expect(detail.body.status).toBe('decided_pending_attestation');

    t.clock.set('2026-12-14T09:00:00.000Z');
    await api.post(tok.carl!, `/api/meetings/${meetingId}/attestations`);
    const completed = await api.post(tok['wf-region']!, `/api/meetings/${meetingId}/attestations`);
    expect(completed.body.events.map((e: { type: string }) => e.type)).toEqual(['MinutesAttested', 'MinutesAttestationCompleted']);
    await t.settle();

    detail = await api.get(tok.dora!, `/api/applications/${id}`);
    expect(detail.body).toMatchObject({ status: 'approved' });
    const before = await api.get(tok.dora!, `/api/applications/${id}?asOf=2026-11-24`);
    expect(before.body.revisions).toHaveLength(1);
    expect(before.body.content.description).toBe(applicationContent().description);
    expect(before.body.status).toBe('awaiting_supplement');
    await api.get(tok.dora!, `/api/initiatives/${id}?asOf=2026-12-13`, 404);
    expect((await api.get(tok.dora!, `/api/initiatives/${id}?asOf=2026-12-15`)).body).toMatchObject({
      caseNumber: submitted.body.caseNumber,
    });
    await api.get(tok.dora!, `/api/applications/${id}?asOf=not-a-date`, 400);
    expect(detail.body.revisions).toHaveLength(2);
    expect(detail.body.screenings).toHaveLength(2);
    const initiative = await t.store.readStream(`${TENANT}/initiative-${id}`);
    expect(initiative.map((e) => e.type)).toEqual(['InitiativeFunded']);
    expect(initiative[0]!.data).toMatchObject({
      caseNumber: submitted.body.caseNumber,
      terms: { amountSek: 250000, followUpPlan: { items: expect.arrayContaining([expect.objectContaining({ kind: 'final_report' })]) } },
      decidedBy: { kind: 'board', meetingId, itemNo: 1 },
      fundedOn: '2026-12-14',
      contactUserId: 'ann',
    });
  });

  it('refers a case back (återremiss) and approves it at the next meeting', async () => {
    t.clock.set('2027-01-05T09:00:00.000Z');
    const { id } = await submitAndRecommend('Handledare på ASF', 200000);
    await holdMeeting('2027-01-14', id, 'referred_back');
    expect((await api.get(tok.dora!, `/api/applications/${id}`)).body.status).toBe('in_preparation');

    await api.post(tok.dora!, `/api/applications/${id}/recommendation`, {
      recommendation: 'approve',
      motivation: 'Budgeten är förtydligad.',
      terms: { amountSek: 180000, period: { from: '2027-02-01', to: '2027-12-31' }, conditions: [], progressEveryMonths: 6 },
    });
    await holdMeeting('2027-02-11', id, 'approved');
    const detail = await api.get(tok.dora!, `/api/applications/${id}`);
    expect(detail.body.status).toBe('approved');
    const funded = await t.store.readStream(`${TENANT}/initiative-${id}`);
    expect(funded[0]!.data).toMatchObject({ terms: { amountSek: 180000 } });
  });

  it('decides a small case under delegation; it stands at once and is reported to the next meeting', async () => {
    t.clock.set('2027-02-15T09:00:00.000Z');
    const submitted = await api.post(
      tok.applicant!,
      '/api/applications',
      applicationContent({ title: 'Studiebesök på ASF', budget: [{ year: 2027, amountSek: 40000 }] }),
    );
    const id = submitted.body.applicationId as string;
    await api.post(tok.dora!, `/api/applications/${id}/preparation`);
    const terms = { amountSek: 40000, period: { from: '2027-03-01', to: '2027-06-30' }, conditions: [], progressEveryMonths: 3 };

    const byPreparer = await api.post(
      tok.dora!,
      `/api/applications/${id}/delegated-decision`,
      { decision: 'approved', motivation: 'Litet belopp.', terms },
      422,
    );
    expect(byPreparer.body.code).toBe('PREPARER_CANNOT_DECIDE');
    const tooMuch = await api.post(
      tok.dan!,
      `/api/applications/${id}/delegated-decision`,
      { decision: 'approved', motivation: 'x', terms: { ...terms, amountSek: 150000 } },
      422,
    );
    expect(['ABOVE_DELEGATION_THRESHOLD', 'AMOUNT_EXCEEDS_APPLICATION']).toContain(tooMuch.body.code);

    await api.post(tok.dan!, `/api/applications/${id}/delegated-decision`, {
      decision: 'approved',
      motivation: 'Litet belopp inom delegationen.',
      terms,
    });
    await t.settle();
    expect((await api.get(tok.dora!, `/api/applications/${id}`)).body).toMatchObject({ status: 'approved' });
    expect((await t.store.readStream(`${TENANT}/initiative-${id}`))[0]!.data).toMatchObject({
      decidedBy: { kind: 'delegation', userId: 'dan' },
    });

    const next = await api.post(tok.dora!, '/api/meetings', { date: '2027-03-11', label: 'Styrelsemöte 2027-03-11' });
    await t.settle();
    const meetingId = next.body.streamId.split('meeting-')[1] as string;
    const agenda = await api.get(tok.carl!, `/api/meetings/${meetingId}`);
    expect(agenda.body.items).toEqual([expect.objectContaining({ kind: 'reported_delegated_decision', applicationId: id })]);
  });
});
