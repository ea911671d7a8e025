import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from '../../../test/support/test-app.js';
import { applicationContent, client } from '../../../test/support/workflow-fixtures.js';

/**
 * Follow-up of a funded initiative over HTTP: a delegated decision funds it, then the contact
 * reports, the director returns, accepts, reschedules and waives, and finally closes it.
 */
describe('Follow-up of a funded initiative (e2e)', () => {
  let t: TestApp;
  let api: ReturnType<typeof client>;
  let id = '';
  const tok: Record<string, string> = {};
  const path = (rest = '') => `/api/initiatives/${id}${rest}`;
  const item = (n: number | string, action: string) => path(`/follow-ups/${n}/${action}`);
  const codeOf = async (token: string, url: string, body: unknown, status: number) =>
    (await api.post(token, url, body, status)).body.code as string;

  beforeAll(async () => {
    t = await startTestApp({ now: '2027-02-15T09:00:00.000Z' });
    await t.settle();
    api = client(t.http);
    tok.ann = await t.token(['applicant'], { userId: 'ann' });
    tok.bea = await t.token(['applicant'], { userId: 'bea' });
    tok.dora = await t.token(['director'], { userId: 'dora' });
    tok.dan = await t.token(['director'], { userId: 'dan' });
    tok.carl = await t.token(['board_member', 'chair'], { userId: 'carl' });
    tok.audrey = await t.token(['auditor'], { userId: 'audrey' });
    tok.otherDirector = await t.token(['director'], { userId: 'dora', tenant: 'annat' });

    const submitted = await api.post(
      tok.ann!,
      '/api/applications',
      applicationContent({ title: 'Studiebesök på ASF', budget: [{ year: 2027, amountSek: 40000 }] }),
    );
    id = submitted.body.applicationId as string;
    await api.post(tok.dora!, `/api/applications/${id}/preparation`);
    await api.post(tok.dan!, `/api/applications/${id}/delegated-decision`, {
      decision: 'approved',
      motivation: 'Litet belopp inom delegationen.',
      terms: { amountSek: 40000, period: { from: '2027-03-01', to: '2027-06-30' }, conditions: [], progressEveryMonths: 3 },
    });
    await t.settle();
  });
  afterAll(() => t.close());

  it('lists and shows the funded initiative with its plan; an applicant sees only their own', async () => {
    const list = await api.get(tok.dora!, '/api/initiatives?status=funded&contactUserId=ann');
    expect(list.body.items).toEqual([
      expect.objectContaining({
        initiativeId: id,
        applicationId: id,
        status: 'funded',
        amountSek: 40000,
        decidedByKind: 'delegation',
        contactUserId: 'ann',
        nextDueDate: '2027-04-01',
      }),
    ]);
    const detail = await api.get(tok.ann!, path());
    expect(
      detail.body.items.map((i: { n: number; kind: string; dueDate: string; status: string }) => [i.n, i.kind, i.dueDate, i.status]),
    ).toEqual([
      [1, 'finsam_registration', '2027-04-01', 'due'],
      [2, 'progress_report', '2027-06-01', 'due'],
      [3, 'final_report', '2027-08-30', 'due'],
    ]);
    expect(detail.body.history.map((h: { type: string }) => h.type)).toEqual(['InitiativeFunded']);
    expect((await api.get(tok.audrey!, path())).body.fundedOn).toBe('2027-02-15');
    expect((await api.get(tok.carl!, '/api/initiatives?contactUserId=ann&dueBefore=2027-04-02')).body.total).toBe(1);
    expect((await api.get(tok.carl!, '/api/initiatives?contactUserId=ann&dueBefore=2027-04-01')).body.total).toBe(0);

    expect((await api.get(tok.bea!, '/api/initiatives')).body).toEqual({ total: 0, items: [] });
    expect((await api.get(tok.ann!, '/api/initiatives')).body.items.map((i: { initiativeId: string }) => i.initiativeId)).toEqual([id]);
    expect((await api.get(tok.bea!, '/api/initiatives?contactUserId=ann')).body.total).toBe(0);
    expect((await api.get(tok.bea!, path(), 404)).body.code).toBe('INITIATIVE_NOT_FOUND');
    expect((await api.get(tok.otherDirector!, path(), 404)).body.code).toBe('INITIATIVE_NOT_FOUND');
    expect((await api.get(tok.otherDirector!, '/api/initiatives')).body.items).not.toContainEqual(
      expect.objectContaining({ initiativeId: id }),
    );
    expect((await api.get(tok.dora!, '/api/initiatives/ini-1', 400)).body.errors).toEqual([
      expect.objectContaining({ field: 'initiativeId' }),
    ]);
    expect((await api.get(tok.dora!, '/api/initiatives?dueBefore=snart', 400)).body.errors).toEqual([
      expect.objectContaining({ field: 'dueBefore' }),
    ]);
  });

  it('reschedules the first progress report with a reason', async () => {
    t.clock.set('2027-03-10T09:00:00.000Z');
    expect(await codeOf(tok.dora!, item(2, 'reschedule'), { to: '2027-06-01', reason: 'Ingen ändring' }, 422)).toBe('DUE_DATE_UNCHANGED');
    expect(await codeOf(tok.dora!, item(2, 'reschedule'), { to: '2027-03-10', reason: 'Idag' }, 422)).toBe('DUE_DATE_NOT_IN_FUTURE');
    expect(await codeOf(tok.dora!, item(2, 'reschedule'), { to: '2027-06-15', reason: ' ' }, 422)).toBe('REASON_REQUIRED');
    expect(await codeOf(tok.dora!, item(9, 'reschedule'), { to: '2027-06-15', reason: 'Sen start' }, 404)).toBe('FOLLOW_UP_ITEM_NOT_FOUND');
    expect(
      await codeOf(tok.dora!, `/api/initiatives/${randomUUID()}/follow-ups/2/reschedule`, { to: '2027-06-15', reason: 'Sen start' }, 404),
    ).toBe('INITIATIVE_NOT_FOUND');
    const bad = await api.post(tok.dora!, item('två', 'reschedule'), { to: '15 juni', reason: 'Sen start' }, 400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'n' })]);
    expect((await api.post(tok.dora!, item(2, 'reschedule'), { to: '15 juni', reason: 'Sen start' }, 400)).body.errors).toEqual([
      expect.objectContaining({ field: 'to' }),
    ]);
    await api.post(tok.carl!, item(2, 'reschedule'), { to: '2027-06-15', reason: 'Sen start' }, 403);
    await api.post(tok.ann!, item(2, 'reschedule'), { to: '2027-06-15', reason: 'Sen start' }, 403);

    const moved = await api.post(tok.dora!, item(2, 'reschedule'), { to: '2027-06-15', reason: 'Insatsen startade två veckor sent.' });
    expect(moved.body.events).toEqual([expect.objectContaining({ type: 'FollowUpRescheduled' })]);
    const detail = await api.get(tok.dora!, `${path()}?minPosition=${moved.body.position as string}`);
    expect(detail.body.items[1]).toMatchObject({ n: 2, originalDueDate: '2027-06-01', dueDate: '2027-06-15', status: 'due' });
  });

  it('takes a report from the contact, returns it for completion, and accepts the resubmission', async () => {
    t.clock.set('2027-06-10T09:00:00.000Z');
    expect(await codeOf(tok.dora!, item(2, 'review'), { verdict: 'accepted' }, 422)).toBe('NOTHING_TO_REVIEW');
    await api.post(tok.dora!, item(2, 'reports'), { text: 'Rapport' }, 403);
    expect(await codeOf(tok.bea!, item(2, 'reports'), { text: 'Rapport' }, 422)).toBe('NOT_CONTACT');
    expect(await codeOf(tok.ann!, item(2, 'reports'), { text: '  ' }, 422)).toBe('TEXT_REQUIRED');
    expect((await api.post(tok.ann!, item(2, 'reports'), { text: 'x', figures: { participants: 'sex' } }, 400)).body.errors).toEqual([
      expect.objectContaining({ field: 'figures.participants' }),
    ]);

    const first = await api.post(tok.ann!, item(2, 'reports'), {
      text: 'Sex deltagare har börjat arbetsträning.',
      figures: { participants: 6 },
    });
    expect(first.body.events).toEqual([expect.objectContaining({ type: 'FollowUpReportSubmitted' })]);
    expect(await codeOf(tok.ann!, item(2, 'reports'), { text: 'Igen' }, 422)).toBe('REPORT_NOT_EXPECTED');

    t.clock.set('2027-06-12T09:00:00.000Z');
    await api.post(tok.ann!, item(2, 'review'), { verdict: 'accepted' }, 403);
    expect(await codeOf(tok.dora!, item(2, 'review'), { verdict: 'returned', comment: '', newDueDate: '2027-06-30' }, 422)).toBe(
      'COMMENT_REQUIRED',
    );
    expect(
      await codeOf(tok.dora!, item(2, 'review'), { verdict: 'returned', comment: 'Kostnaderna saknas.', newDueDate: '2027-06-12' }, 422),
    ).toBe('DUE_DATE_NOT_IN_FUTURE');
    await api.post(tok.dora!, item(2, 'review'), { verdict: 'returned', comment: 'Kostnaderna saknas.', newDueDate: '2027-06-30' });
    await t.settle();
    expect((await api.get(tok.ann!, path())).body).toMatchObject({
      nextDueDate: '2027-04-01',
      items: [{ n: 1 }, { n: 2, status: 'returned', dueDate: '2027-06-30', verdict: 'returned' }, { n: 3 }],
    });

    t.clock.set('2027-06-20T09:00:00.000Z');
    await api.post(tok.ann!, item(2, 'reports'), {
      text: 'Sex deltagare; kostnader hittills 18 000 kr.',
      figures: { participants: 6, costSek: 18000 },
    });
    t.clock.set('2027-06-21T09:00:00.000Z');
    await api.post(tok.dora!, item(2, 'review'), { verdict: 'accepted', comment: 'Tack.' });
    await t.settle();
    expect((await api.get(tok.dora!, path())).body.items[1]).toMatchObject({
      n: 2,
      status: 'accepted',
      submissions: 2,
      lastSubmittedOn: '2027-06-20',
      reviewedOn: '2027-06-21',
    });
    expect(await codeOf(tok.dora!, item(2, 'reschedule'), { to: '2027-07-01', reason: 'För sent' }, 422)).toBe('FOLLOW_UP_ITEM_DONE');
  });

  it('waives the registration in Uppföljning Finsam with a reason', async () => {
    expect(await codeOf(tok.dora!, item(1, 'waiver'), { reason: '' }, 422)).toBe('REASON_REQUIRED');
    await api.post(tok.audrey!, item(1, 'waiver'), { reason: 'Registrerad' }, 403);
    await api.post(tok.dora!, item(1, 'waiver'), { reason: 'Kommunen har registrerat insatsen själv.' });
    expect(await codeOf(tok.dora!, item(1, 'waiver'), { reason: 'Igen' }, 422)).toBe('FOLLOW_UP_ITEM_DONE');
    await t.settle();
    expect((await api.get(tok.dora!, path())).body).toMatchObject({
      nextDueDate: '2027-08-30',
      items: [{ n: 1, status: 'waived', waivedReason: 'Kommunen har registrerat insatsen själv.' }, { n: 2 }, { n: 3, status: 'due' }],
    });
  });

  it('closes the initiative only after the final report is accepted', async () => {
    t.clock.set('2027-08-20T09:00:00.000Z');
    expect(await codeOf(tok.dora!, path('/closing'), { summary: 'Klar.' }, 422)).toBe('FINAL_REPORT_NOT_ACCEPTED');
    await api.post(tok.ann!, item(3, 'reports'), {
      text: 'Slutrapport: fyra av sex deltagare gick vidare till arbete.',
      figures: { participants: 6, toWork: 4 },
    });
    t.clock.set('2027-08-25T09:00:00.000Z');
    expect(await codeOf(tok.dora!, path('/closing'), { summary: 'Klar.' }, 422)).toBe('FINAL_REPORT_NOT_ACCEPTED');
    await api.post(tok.dora!, item(3, 'review'), { verdict: 'accepted' });

    t.clock.set('2027-08-26T09:00:00.000Z');
    await api.post(tok.ann!, path('/closing'), { summary: 'Klar.' }, 403);
    expect((await api.post(tok.dora!, path('/closing'), {}, 400)).body.errors).toEqual([expect.objectContaining({ field: 'summary' })]);
    const closed = await api.post(tok.dora!, path('/closing'), { summary: 'Insatsen genomförd enligt plan.' });
    expect(closed.body.events).toEqual([expect.objectContaining({ type: 'InitiativeClosed' })]);
    expect(await codeOf(tok.dora!, path('/closing'), { summary: 'Igen.' }, 422)).toBe('INITIATIVE_CLOSED');
    expect(await codeOf(tok.ann!, item(3, 'reports'), { text: 'Tillägg' }, 422)).toBe('INITIATIVE_CLOSED');
    await t.settle();

    const detail = await api.get(tok.ann!, path());
    expect(detail.body).toMatchObject({ status: 'closed', closedOn: '2027-08-26', nextDueDate: null });
    expect(detail.body.items.map((i: { status: string }) => i.status)).toEqual(['waived', 'accepted', 'accepted']);
    expect(detail.body.history.map((h: { type: string }) => h.type)).toEqual([
      'InitiativeFunded',
      'FollowUpRescheduled',
      'FollowUpReportSubmitted',
      'FollowUpReportReviewed',
      'FollowUpReportSubmitted',
      'FollowUpReportReviewed',
      'FollowUpWaived',
      'FollowUpReportSubmitted',
      'FollowUpReportReviewed',
      'InitiativeClosed',
    ]);
    expect((await api.get(tok.dora!, '/api/initiatives?status=closed&contactUserId=ann')).body.items).toEqual([
      expect.objectContaining({ initiativeId: id }),
    ]);
    expect((await api.get(tok.dora!, '/api/initiatives?status=funded&contactUserId=ann')).body.total).toBe(0);
    const stream = await t.store.readStream(`demo/initiative-${id}`);
    expect(stream.at(-1)).toMatchObject({
      type: 'InitiativeClosed',
      data: { closedBy: 'dora', closedOn: '2027-08-26' },
      metadata: { occurredAt: '2027-08-26T09:00:00.000Z' },
    });
  });
});
