import { performance } from 'node:perf_hooks';
import { startTestApp, type TestApp } from './support/test-app.js';
import {
  boardWithMeeting,
  closingSteps,
  itemSteps,
  openingSteps,
  SEAT_NAMES,
  type Api,
  type MeetingStep,
} from './support/live-meeting-fixtures.js';
import { quantile, SseClient } from './support/sse-client.js';

// Setting up a policy, a board and three cases over HTTP takes longer than jest's default on a shared machine.
jest.setTimeout(60_000);

const TENANT = 'live';

interface Data {
  kind: 'change' | 'ready';
  type?: string;
  position: string;
  minPosition: string;
  itemNo?: number | null;
  [key: string]: unknown;
}

/**
 * The meeting room's live stream over real HTTP: two participants follow a meeting while it is
 * run through the API; one drops out and resumes with Last-Event-ID.
 */
describe('Meeting live stream (e2e)', () => {
  let t: TestApp;
  let api: Api;
  let tok: Record<string, string>;
  let meetingId: string;
  let person: (seat: string) => string;
  let applicationIds: string[];
  let base: string;
  const open: SseClient[] = [];
  /** Milliseconds from a command's response to its SSE message, per client (negative: the message came first). */
  const delays: number[] = [];

  const follow = async (token: string, lastEventId?: string) => {
    const client = await SseClient.open(`${base}/api/meetings/${meetingId}/live`, token, lastEventId);
    open.push(client);
    return client;
  };
  const meetingEventsAfter = async (position: string) =>
    (await t.store.readStream(`${TENANT}/meeting-${meetingId}`)).filter((e) => e.position > BigInt(position));
  const changes = (client: SseClient) => client.data<Data>().filter((d) => d.kind === 'change');

  /** Runs each step through the API and waits until every follower has its message, timing the wait. */
  const run = async (steps: MeetingStep[], followers: SseClient[]) => {
    for (const step of steps) {
      const res = await api.post(tok[step.who]!, step.path, step.body ?? {});
      const answered = performance.now();
      const position = res.body.position as string;
      for (const client of followers) {
        const message = await client.waitFor((m) => m.id === position, 5000);
        delays.push(message.receivedAt - answered);
      }
    }
  };

  beforeAll(async () => {
    // The cases are prepared in November; the meeting is held on 10 December.
    t = await startTestApp({ now: '2026-11-25T09:00:00.000Z', env: { SEED_DEMO: 'false', LIVE_HEARTBEAT_MS: '250' } });
    await t.app.listen(0, '127.0.0.1');
    base = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
    ({ api, tok, meetingId, person, applicationIds } = await boardWithMeeting(t, TENANT, 3));
    t.clock.set('2026-12-10T13:00:00.000Z');
    await t.settle();
  });
  afterAll(async () => {
    for (const client of open) client.close();
    if (delays.length > 0) {
      console.log(
        `Meeting live stream: delay from a command's response to its SSE message, n=${delays.length}: ` +
          `p50 ${quantile(delays, 0.5).toFixed(1)} ms, p99 ${quantile(delays, 0.99).toFixed(1)} ms, max ${Math.max(...delays).toFixed(1)} ms ` +
          `(${delays.filter((d) => d <= 0).length} arrived before the response itself)`,
      );
    }
    await t.close();
  });

  let a: SseClient;
  let b: SseClient;
  let readyAt: string;

  it('opens with a ready message whose id is the newest event of the meeting, to read it with minPosition', async () => {
    [a, b] = [await follow(tok.chair!), await follow(tok.kommun!)];
    const [readyA, readyB] = [await a.waitFor(() => true), await b.waitFor(() => true)];
    const newest = (await t.store.readStream(`${TENANT}/meeting-${meetingId}`)).at(-1)!.position.toString();
    expect(readyA.id).toBe(newest);
    expect(JSON.parse(readyA.data)).toEqual({ kind: 'ready', position: newest, minPosition: newest });
    expect(readyA.retry).toBe(1000);
    expect(readyB.id).toBe(newest);
    expect(a.response.headers['content-type']).toMatch(/^text\/event-stream/);
    readyAt = newest;
  });

  it('sends each change to both participants, in the order of the log, as the meeting is run through the API', async () => {
    await run([...openingSteps(meetingId, person), ...itemSteps(meetingId, 1, person, 'kommun')], [a, b]);
    const expected = (await meetingEventsAfter(readyAt)).map((e) => ({ id: e.position.toString(), type: e.type }));
    for (const client of [a, b]) {
      expect(changes(client).map((d) => ({ id: d.position, type: d.type }))).toEqual(expected);
      expect(client.messages.slice(1).map((m) => m.id)).toEqual(expected.map((e) => e.id));
    }
    expect(expected.map((e) => e.type)).toEqual(
      expect.arrayContaining(['BoardMeetingOpened', 'AgendaItemOpened', 'RecusalDeclared', 'VoteCast', 'OutcomeRecorded']),
    );
  });

  it('names what changed and where, but not how anyone voted', async () => {
    const vote = changes(a).find((d) => d.type === 'VoteCast')!;
    expect(Object.keys(vote).sort()).toEqual(['itemNo', 'kind', 'minPosition', 'occurredAt', 'position', 'revision', 'type']);
    expect(vote.itemNo).toBe(1);
    const outcome = changes(a).find((d) => d.type === 'OutcomeRecorded')!;
    const meeting = await api.get(tok.chair!, `/api/meetings/${meetingId}?minPosition=${outcome.minPosition}`);
    expect(meeting.body.items[0].outcome.outcome).toBe('approved');
  });

  it('gives a participant who reconnects with Last-Event-ID exactly the changes they missed, then follows live', async () => {
    const lastSeen = b.messages.at(-1)!.id!;
    b.close();
    await run(itemSteps(meetingId, 2, person), [a]);
    const missed = (await meetingEventsAfter(lastSeen)).map((e) => e.position.toString());
    expect(missed.length).toBeGreaterThan(5);

    const resumed = await follow(tok.kommun!, lastSeen);
    await resumed.waitFor((m) => JSON.parse(m.data).kind === 'ready');
    expect(resumed.messages.map((m) => m.id)).toEqual([...missed, missed.at(-1)]);
    expect(resumed.data<Data>().at(-1)).toMatchObject({ kind: 'ready', position: missed.at(-1) });

    const before = resumed.messages.length;
    await run([...itemSteps(meetingId, 3, person), ...closingSteps(meetingId)], [a, resumed]);
    const live = (await meetingEventsAfter(missed.at(-1)!)).map((e) => e.position.toString());
    expect(resumed.messages.slice(before).map((m) => m.id)).toEqual(live);
    expect(changes(a).map((d) => d.position)).toEqual((await meetingEventsAfter(readyAt)).map((e) => e.position.toString()));
  });

  it("shows the auditor a case's timeline as it stood the day before the meeting, without the decision today's has", async () => {
    const auditor = await t.token(['auditor'], { tenant: TENANT, userId: `${TENANT}-revisor` });
    const path = `/api/applications/${applicationIds[0]}/timeline`;
    type Entry = { type: string; date: string; decision?: Record<string, unknown> };
    const decisions = (body: { entries: Entry[] }) => body.entries.filter((e) => e.decision !== undefined);
    const before = (await api.get(auditor, `${path}?asOf=2026-12-09`)).body;
    const today = (await api.get(auditor, path)).body;
    expect(decisions(before)).toEqual([]);
    expect(before.entries.length).toBeGreaterThan(3);
    expect(before.entries.every((e: Entry) => e.date <= '2026-12-09')).toBe(true);
    expect(decisions(today).map((e) => [e.type, e.date])).toEqual([
      ['OutcomeRecorded', '2026-12-10'],
      ['BoardDecisionTookEffect', '2026-12-10'],
    ]);
    expect(decisions(today)[0]!.decision).toMatchObject({
      by: 'board',
      outcome: 'approved',
      recusals: [expect.objectContaining({ personId: person('kommun') })],
    });
    expect((await api.get(auditor, `${path}?asOf=2026-11-01`, 404)).body.code).toBe('APPLICATION_NOT_FOUND');
    expect((await api.get(auditor, `${path}?asOf=someday`, 400)).body.errors).toEqual([expect.objectContaining({ field: 'asOf' })]);
  });

  it('keeps an idle stream open with comments that carry no id, so a resume point never moves', async () => {
    const idle = await follow(await t.token(['auditor'], { tenant: TENANT, userId: `${TENANT}-revisor` }));
    await idle.waitFor(() => true);
    expect(await idle.waitForComment(3000)).toBe('keep-alive');
    expect(idle.messages).toHaveLength(1);
  });

  it('answers a caller it cannot serve with problem details, never a stream', async () => {
    const path = `/api/meetings/${meetingId}/live`;
    const other = await t.token(['chair', 'board_member'], { tenant: 'annat', userId: 'annat-carl' });
    const applicant = tok.applicant!;
    expect((await t.http.get(path)).status).toBe(401);
    const forbidden = await t.http.get(path).auth(applicant, { type: 'bearer' });
    expect(forbidden.status).toBe(403);
    const foreign = await t.http.get(path).auth(other, { type: 'bearer' });
    expect(foreign.status).toBe(404);
    expect(foreign.body.code).toBe('MEETING_NOT_FOUND');
    expect(foreign.headers['content-type']).toMatch(/problem\+json/);
    const unknown = await t.http.get('/api/meetings/00000000-0000-4000-8000-000000000000/live').auth(tok.chair!, { type: 'bearer' });
    expect(unknown.status).toBe(404);
    const badId = await t.http.get(path).auth(tok.chair!, { type: 'bearer' }).set('Last-Event-ID', 'yesterday');
    expect(badId.status).toBe(400);
    expect(badId.body.errors).toEqual([expect.objectContaining({ field: 'Last-Event-ID' })]);
    const notUuid = await t.http.get('/api/meetings/nope/live').auth(tok.chair!, { type: 'bearer' });
    expect(notUuid.status).toBe(400);
  });

  it("gives the meeting room who serves, who presides and the quorum by the board's own rules, and who voted but not how until the outcome", async () => {
    const fresh = await boardWithMeeting(t, 'rum2', 1);
    const room = async () => (await api.get(fresh.tok.chair!, `/api/meetings/${fresh.meetingId}/room`)).body;
    expect((await room()).seats).toBeNull();
    const [opening, ...rest] = [...openingSteps(fresh.meetingId, fresh.person), ...itemSteps(fresh.meetingId, 1, fresh.person, 'kommun')];
    const outcomeAt = rest.findIndex((s) => s.path.endsWith('/outcome'));
    for (const step of [opening!, ...rest.slice(0, outcomeAt)]) await api.post(fresh.tok[step.who]!, step.path, step.body ?? {});
    const voting = await room();
    expect(voting.openItem.presiding).toEqual({ personId: fresh.person('carl'), name: SEAT_NAMES.chair });
    expect(voting.openItem.serving).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          seat: fresh.person('af'),
          personId: fresh.person('sub-af'),
          name: SEAT_NAMES['sub-af'],
          substitute: true,
        }),
      ]),
    );
    expect(voting.openItem.serving.map((s: { personId: string }) => s.personId)).not.toContain(fresh.person('kommun'));
    expect(voting.openItem.quorum).toEqual({ members: 5, participating: 4, required: 3 });
    expect(voting.openItem.votering).toEqual({ personId: fresh.person('region'), name: SEAT_NAMES.region });
    expect(voting.openItem.voted).toHaveLength(4);
    expect(voting.openItem.votes).toBeNull();
    expect(JSON.stringify(voting)).not.toMatch(/"vote":/);
    // The meeting's read model says the same: who has voted, each vote's value null until the outcome.
    const agenda = async () => (await api.get(fresh.tok.fk!, `/api/meetings/${fresh.meetingId}`)).body.items[0].votes;
    await t.settle();
    const open = await agenda();
    expect(open).toHaveLength(4);
    expect(open.map((v: { vote: unknown }) => v.vote)).toEqual([null, null, null, null]);
    await api.post(fresh.tok.chair!, rest[outcomeAt]!.path, rest[outcomeAt]!.body);
    await t.settle();
    expect((await agenda()).map((v: { vote: unknown }) => v.vote)).toEqual(['yes', 'yes', 'yes', 'yes']);
    const decided = await room();
    expect(decided.openItem.outcome).toMatchObject({ outcome: 'approved', method: 'votering', tally: { yes: 4, no: 0, abstain: 0 } });
    expect(decided.openItem.votes).toEqual(expect.arrayContaining([{ personId: fresh.person('fk'), name: SEAT_NAMES.fk, vote: 'yes' }]));
    await api.get(fresh.tok.applicant!, `/api/meetings/${fresh.meetingId}/room`, 403);
    await api.get(tok.chair!, `/api/meetings/${fresh.meetingId}/room`, 404);
  });

  it('names the board and others at the meeting for the meeting room, from the people directory', async () => {
    const body = (await api.get(tok.chair!, `/api/meetings/${meetingId}/participants`)).body;
    expect(body.date).toBe('2026-12-10');
    expect(body.people).toEqual(
      expect.arrayContaining([
        {
          personId: person('carl'),
          name: 'Carl Ordförande',
          position: 'chair',
          memberOrganisation: 'Exempelstads kommun',
          substituteFor: null,
        },
        expect.objectContaining({ personId: person('sub-af'), position: 'substitute', substituteFor: person('af') }),
      ]),
    );
    expect(body.people).toHaveLength(6);
    const other = await t.token(['chair'], { tenant: 'annat', userId: 'annat-carl' });
    expect((await api.get(other, `/api/meetings/${meetingId}/participants`, 404)).body.code).toBe('MEETING_NOT_FOUND');
    await api.get(tok.applicant!, `/api/meetings/${meetingId}/participants`, 403);
  });

  it('is in the OpenAPI document as streamMeeting, so the generated client knows it', async () => {
    const doc = await t.http.get('/openapi.json');
    const operation = doc.body.paths['/api/meetings/{meetingId}/live']?.get;
    expect(operation?.operationId).toBe('streamMeeting');
    expect(Object.keys(operation?.responses?.['200']?.content ?? {})).toEqual(['text/event-stream']);
  });
});
