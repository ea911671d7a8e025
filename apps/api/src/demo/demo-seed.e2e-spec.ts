import { PEOPLE, type PeopleDirectory } from '@beslutskedjan/people';
import { startTestApp, type TestApp } from '../../../../test/support/test-app.js';
import * as content from './demo-content-2026.js';
import { START_GRANT_2012 } from './demo-cases-2012.js';
import { chairId, DEMO_PEOPLE, DEMO_STAFF, demoPerson, memberId, substituteId } from './demo-people.js';

interface Summary {
  applicationId: string;
  title: string;
  status: string;
}

/** The demo tenant as a fresh data directory gets it: policy history, board over time, past and current cases. */
describe('Demo seeding (e2e)', () => {
  let t: TestApp;
  let director: string;
  const get = async (path: string) => {
    const res = await t.http.get(path).auth(director, { type: 'bearer' });
    if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-11-23T09:00:00.000Z' });
    await t.settle();
    director = await t.token(['director'], { userId: DEMO_STAFF.director, name: demoPerson(DEMO_STAFF.director).displayName });
    // Seeding the whole demo takes seconds; on a loaded machine more than jest's default 5 s.
  }, 60_000);
  afterAll(() => t.close());

  it('decided the 2012 start grant under the start-grant policy (asf revision 2), and funded it', async () => {
    const list = await get('/api/applications?year=2012');
    expect(list.items).toEqual([expect.objectContaining({ title: START_GRANT_2012.title, status: 'approved', decidedByKind: 'board' })]);
    const id = list.items[0].applicationId as string;
    const detail = await get(`/api/applications/${id}`);
    expect(detail.caseNumber).toBe('2012/0001');
    expect(detail.screenings).toHaveLength(1);
    expect(detail.screenings[0]).toMatchObject({ screenedOn: '2012-01-16', blocking: false, policies: [{ policyId: 'asf', revision: 2 }] });
    expect(detail.screenings[0].findings.filter((f: { severity: string }) => f.severity === 'blocking')).toEqual([]);
    expect(detail.decisionDetail).toMatchObject({ outcome: 'approved', decidedOn: '2012-02-20', amountSek: 150000 });

    const [meeting] = (await get('/api/meetings?from=2012-02-20&to=2012-02-20')).meetings;
    const held = await get(`/api/meetings/${meeting.meetingId}`);
    expect(held.meeting).toMatchObject({ status: 'attested', date: '2012-02-20' });
    expect(held.items[0]).toMatchObject({
      applicationId: id,
      recusals: [{ personId: memberId(2011, 'kommun') }],
      outcome: { outcome: 'approved', tally: { yes: 0, no: 0, abstain: 0 }, policy: { policyId: 'asf', revision: 2 } },
    });
    // The kommun member was jävig and the kommun's personal substitute served; the board decided by acclamation.
    const minutes = await get(`/api/meetings/${meeting.meetingId}/minutes`);
    expect(minutes.minutes.paragraphs[0]).toMatchObject({ decision: { method: 'acclamation' }, voting: null });
    expect(minutes.minutes.paragraphs[0].serving).toContainEqual({
      seat: memberId(2011, 'kommun'),
      personId: substituteId(2011, 'kommun'),
      substitute: true,
    });

    const initiative = await t.store.readStream(`demo/initiative-${id}`);
    expect(initiative.map((e) => e.type)).toEqual(['InitiativeFunded']);
    expect(initiative[0]!.data).toMatchObject({ fundedOn: '2012-02-27', decidedBy: { kind: 'board', meetingId: meeting.meetingId } });
  });

  it('shows the procedure in law: a meeting led by the vice chair, a votering decided by the casting vote, a reservation, and minutes on the notice board with their laga-kraft date', async () => {
    const [september] = (await get('/api/meetings?from=2026-09-24&to=2026-09-24')).meetings;
    const minutes = await get(`/api/meetings/${september.meetingId}/minutes`);
    expect(minutes.minutes.chair.personId).toBe(memberId(2023, 'region'));
    const p = minutes.minutes.paragraphs[0];
    expect(p.voting).toMatchObject({ tally: { yes: 2, no: 2, abstain: 1 }, castingVote: 'yes' });
    expect(p.reservations.entries).toEqual([expect.objectContaining({ personId: memberId(2023, 'kommun') })]);
    expect(minutes.text).toContain('Ordföranden använder sin utslagsröst (ja).');
    const board = (await t.http.get('/api/public/demo/notice-board')).body;
    const posted = board.notices.find((n: { meetingId: string }) => n.meetingId === september.meetingId);
    expect(posted).toMatchObject({ postedOn: '2026-10-02', appealEndsOn: '2026-10-23' });
    expect(posted.decisions[0].legalForce).toEqual({ status: 'legal_force', legalForceOn: '2026-10-24' });
  });

  it('holds the 2026 cases in their different states', async () => {
    const list = await get('/api/applications?year=2026');
    const statusOf = (title: string) => (list.items as Summary[]).find((c) => c.title === title)?.status;
    expect(list.total).toBe(5);
    expect(statusOf(content.SUPERVISOR_FK.title)).toBe('submitted');
    expect(statusOf(content.WORK_TRAINING_REGION.title)).toBe('awaiting_supplement');
    expect(statusOf(content.WORK_TRAINING_KOMMUN.title)).toBe('on_agenda');
    expect(statusOf(content.CASH_GRANT_AF.title)).toBe('rejected');
    expect(statusOf(content.INSPIRATION_DAY_KOMMUN.title)).toBe('approved');

    const rejected = (list.items as Summary[]).find((c) => c.title === content.CASH_GRANT_AF.title)!;
    const detail = await get(`/api/applications/${rejected.applicationId}`);
    expect(detail.screenings[0]).toMatchObject({
      blocking: true,
      policies: [
        { policyId: 'asf', revision: 4 },
        { policyId: 'samverkansinsatser', revision: 1 },
      ],
    });
    expect(detail.screenings[0].findings).toEqual(
      expect.arrayContaining([expect.objectContaining({ ruleId: 'no-cash-grant-to-business' })]),
    );
    expect(detail.decisionDetail).toMatchObject({ outcome: 'rejected', by: { kind: 'board' } });

    const delegated = (list.items as Summary[]).find((c) => c.title === content.INSPIRATION_DAY_KOMMUN.title)!;
    const decided = await get(`/api/applications/${delegated.applicationId}`);
    expect(decided.preparer).toBe(DEMO_STAFF.caseOfficer);
    expect(decided.decisionDetail).toMatchObject({
      outcome: 'approved',
      by: { kind: 'delegation', userId: DEMO_STAFF.director },
      amountSek: 45000,
    });
  });

  it('shows the board as composed on a date: the 2011 term in 2012, the current term today', async () => {
    const then = await get('/api/board?date=2012-02-20');
    expect(then.seats).toHaveLength(10);
    expect(then.seats[0]).toMatchObject({
      personId: chairId(2011),
      position: 'chair',
      memberOrganisation: { name: 'Exempelstads kommun' },
    });
    expect(then.seats.every((s: { personId: string }) => s.personId.includes('2011'))).toBe(true);
    const now = await get('/api/board?date=2026-11-23');
    expect(now.seats).toHaveLength(10);
    expect(now.seats[0]).toMatchObject({ personId: chairId(2023), position: 'chair' });
    expect(now.seats.every((s: { personId: string }) => s.personId.includes('2023'))).toBe(true);
    expect(new Set(now.seats.map((s: { memberOrganisation: { kind: string } }) => s.memberOrganisation.kind))).toEqual(
      new Set(['kommun', 'region', 'arbetsformedlingen', 'forsakringskassan']),
    );
  });

  it('lists the recommended case and the reported delegated decision on the agenda of 2026-12-10', async () => {
    const list = (await get('/api/applications?year=2026')).items as Summary[];
    const idOf = (title: string) => list.find((c) => c.title === title)!.applicationId;
    const [meeting] = (await get('/api/meetings?from=2026-12-10&to=2026-12-10')).meetings;
    expect(meeting).toMatchObject({ status: 'scheduled', itemCount: 2 });
    const agenda = await get(`/api/meetings/${meeting.meetingId}`);
    expect(agenda.items).toEqual([
      expect.objectContaining({
        itemNo: 1,
        kind: 'decision',
        applicationId: idOf(content.WORK_TRAINING_KOMMUN.title),
        recommendation: 'approve',
      }),
      expect.objectContaining({
        itemNo: 2,
        kind: 'reported_delegated_decision',
        applicationId: idOf(content.INSPIRATION_DAY_KOMMUN.title),
      }),
    ]);
  });

  it('keeps names in the people directory, not in the events', async () => {
    const people = t.app.get<PeopleDirectory>(PEOPLE);
    for (const p of DEMO_PEOPLE) expect(people.get('demo', p.userId)).toMatchObject({ displayName: p.displayName, email: p.email });
    const board = await t.store.readStream('demo/board');
    expect(board).toHaveLength(20);
    const recorded = JSON.stringify(board.map((e) => [e.data, e.metadata]));
    for (const p of DEMO_PEOPLE) expect(recorded).not.toContain(p.displayName);
  });

  it('seeds nothing new when a second app starts on the same data directory', async () => {
    const head = await t.store.headPosition();
    const dataDir = t.config.dataDir;
    await t.close();
    t = await startTestApp({ now: '2026-11-23T09:00:00.000Z', env: { DATA_DIR: dataDir } });
    await t.settle();
    expect(await t.store.headPosition()).toBe(head);
  });
});
