import { startTestApp, type TestApp } from './support/test-app.js';
import { boardWithMeeting, openingSteps } from './support/live-meeting-fixtures.js';
import { applicationContent } from './support/workflow-fixtures.js';

const TENANT = 'plan';
jest.setTimeout(120_000);

/**
 * Planning a meeting over HTTP: the cases waiting for the board, an item taken off the agenda
 * before the meeting (its number never given again), and the refusals: bad input names the field,
 * a board member may not plan, an opened meeting's agenda is the board's. A refusal appends nothing.
 */
describe('Planning a board meeting (e2e)', () => {
  let t: TestApp;
  let board: Awaited<ReturnType<typeof boardWithMeeting>>;
  const removal = (itemNo: string | number, meetingId = board.meetingId) => `/api/meetings/${meetingId}/agenda/${itemNo}/removal`;

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-11-25T09:00:00.000Z', env: { SEED_DEMO: 'false' } });
    board = await boardWithMeeting(t, TENANT, 3);
    await t.settle();
  });
  afterAll(() => t?.close());

  async function refusedWithoutEvents(send: () => Promise<{ status: number; body: Record<string, unknown> }>, status: number) {
    const before = await t.store.headPosition();
    const response = await send();
    expect(response.status).toBe(status);
    expect(await t.store.headPosition()).toBe(before);
    return response.body as { code?: string; detail?: string; errors?: Array<{ field: string }> };
  }

  it('a removed item leaves the agenda, its case waits for the board again, and a case put back gets a new number', async () => {
    const { api, tok } = board;
    expect((await api.get(tok.director!, '/api/agenda-candidates')).body).toEqual({ toDecide: [], toReport: [] });

    const removed = await api.post(tok.director!, removal(2));
    const agenda = await api.get(tok.director!, `/api/meetings/${board.meetingId}?minPosition=${removed.body.position as string}`);
    expect(agenda.body.items.map((i: { itemNo: number; applicationId: string }) => [i.itemNo, i.applicationId])).toEqual([
      [1, board.applicationIds[0]],
      [3, board.applicationIds[2]],
    ]);
    const candidates = await api.get(tok.chair!, `/api/agenda-candidates?minPosition=${removed.body.position as string}`);
    expect(candidates.body.toDecide).toEqual([
      expect.objectContaining({
        applicationId: board.applicationIds[1],
        title: 'Arbetsträning 2',
        recommendation: 'approve',
        amountSek: 100002,
      }),
    ]);
    const detail = await api.get(tok.director!, `/api/applications/${board.applicationIds[1]!}`);
    expect(detail.body).toMatchObject({ status: 'recommended' });

    const back = await api.post(tok.chair!, `/api/meetings/${board.meetingId}/agenda`, { applicationId: board.applicationIds[1] });
    const again = await api.get(tok.director!, `/api/meetings/${board.meetingId}?minPosition=${back.body.position as string}`);
    expect(again.body.items.map((i: { itemNo: number }) => i.itemNo)).toEqual([1, 3, 4]);
  });

  it('a delegated decision reported by itself and then taken off waits to be reported, and is reported again by hand', async () => {
    const { api, tok } = board;
    const dan = await t.token(['director'], { tenant: TENANT, userId: `${TENANT}-dan` });
    const content = applicationContent({ title: 'Studiebesök', budget: [{ year: 2027, amountSek: 40000 }] });
    const id = (await api.post(tok.applicant!, '/api/applications', content)).body.applicationId as string;
    await api.post(tok.director!, `/api/applications/${id}/preparation`);
    await api.post(dan, `/api/applications/${id}/delegated-decision`, {
      decision: 'approved',
      motivation: 'Litet belopp inom delegationen.',
      terms: { amountSek: 40000, period: { from: '2027-03-01', to: '2027-06-30' }, conditions: [], progressEveryMonths: 3 },
    });
    await t.settle();
    // Reported to the next scheduled meeting by itself, it waits for nothing.
    const reported = (await api.get(tok.director!, `/api/meetings/${board.meetingId}`)).body.items.find(
      (i: { applicationId: string }) => i.applicationId === id,
    ) as { itemNo: number; kind: string };
    expect(reported.kind).toBe('reported_delegated_decision');
    expect((await api.get(tok.director!, '/api/agenda-candidates')).body.toReport).toEqual([]);

    const removed = await api.post(tok.director!, removal(reported.itemNo));
    const waiting = await api.get(tok.director!, `/api/agenda-candidates?minPosition=${removed.body.position as string}`);
    expect(waiting.body.toReport).toEqual([
      expect.objectContaining({ applicationId: id, decision: 'approved', amountSek: 40000, decidedOn: '2026-11-25', recommendation: null }),
    ]);
    const again = await api.post(tok.director!, `/api/meetings/${board.meetingId}/agenda`, {
      applicationId: id,
      kind: 'reported_delegated_decision',
    });
    expect((await api.get(tok.director!, `/api/agenda-candidates?minPosition=${again.body.position as string}`)).body.toReport).toEqual([]);
  });

  it('bad input is a 400 naming the field, and nothing is appended', async () => {
    const { tok } = board;
    const post = (path: string, token = tok.director!) => t.http.post(path).auth(token, { type: 'bearer' }).send({});
    expect((await refusedWithoutEvents(() => post(removal('två')), 400)).errors?.map((e) => e.field)).toEqual(['itemNo']);
    expect((await refusedWithoutEvents(() => post(removal(0)), 400)).errors?.map((e) => e.field)).toEqual(['itemNo']);
    expect((await refusedWithoutEvents(() => post(removal(1, 'not-a-meeting')), 400)).errors?.map((e) => e.field)).toEqual(['meetingId']);
    const list = await t.http.get('/api/agenda-candidates?limit=many').auth(tok.director!, { type: 'bearer' });
    expect(list.status).toBe(400);
    expect(list.body.errors.map((e: { field: string }) => e.field)).toEqual(['limit']);
  });

  it('a board member may neither take an item off nor see the planning list: 403, nothing appended', async () => {
    const { tok } = board;
    await refusedWithoutEvents(() => t.http.post(removal(1)).auth(tok.kommun!, { type: 'bearer' }).send({}), 403);
    await refusedWithoutEvents(() => t.http.post(removal(1)).auth(tok.applicant!, { type: 'bearer' }).send({}), 403);
    const list = await t.http.get('/api/agenda-candidates').auth(tok.kommun!, { type: 'bearer' });
    expect(list.status).toBe(403);
  });

  it('an item the agenda does not have is a 404; once the meeting is opened removal is a 422 in Swedish', async () => {
    const { api, tok } = board;
    const missing = await refusedWithoutEvents(() => t.http.post(removal(99)).auth(tok.director!, { type: 'bearer' }).send({}), 404);
    expect(missing.code).toBe('ITEM_NOT_FOUND');

    t.clock.set('2026-12-10T13:00:00.000Z');
    for (const step of openingSteps(board.meetingId, board.person)) await api.post(tok[step.who]!, step.path, step.body);
    const refused = await refusedWithoutEvents(
      () => t.http.post(removal(1)).auth(tok.director!, { type: 'bearer' }).set('Accept-Language', 'sv').send({}),
      422,
    );
    expect(refused).toMatchObject({
      code: 'MEETING_ALREADY_OPENED',
      detail: 'Sammanträdet har redan öppnats; nu kan bara styrelsen själv bordlägga eller återremittera ärendet.',
    });
    const english = await t.http.post(removal(1)).auth(tok.director!, { type: 'bearer' }).set('Accept-Language', 'en').send({});
    expect(english.body.detail).toBe('The meeting has been opened; only the board may now dispose of an item');
  });
});
