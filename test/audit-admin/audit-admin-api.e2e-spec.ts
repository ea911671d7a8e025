import type { Response } from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { downloadBytes } from '../support/download.js';
import { boardWithMeeting, closingSteps, itemSteps, openingSteps, type MeetingStep } from '../support/live-meeting-fixtures.js';
import { member } from '../support/workflow-fixtures.js';
import { MINUTES_CSV_HEADER } from '@beslutskedjan/audit';
import { pdfText, parseCsv } from '@beslutskedjan/audit/testing';

jest.setTimeout(90_000);

const TENANT = 'gr';

/** The endpoints the auditor's and the administrator's screens added: minutes CSV, audit log PDF, appointments, reminders. */
describe("The auditor's and the administrator's endpoints (e2e)", () => {
  let t: TestApp;
  let board: Awaited<ReturnType<typeof boardWithMeeting>>;
  let auditor = '';

  const download = (token: string, path: string, status = 200) => downloadBytes(t, token, path, status);
  const problemOf = (res: Response) =>
    JSON.parse((res.body as Buffer).toString('utf8')) as { code: string; errors?: Array<{ field: string }> };

  /** Nothing a refused or read-only request does may append to the log. */
  async function appendsNothing(action: () => Promise<unknown>): Promise<void> {
    await t.settle();
    const before = await t.store.headPosition();
    await action();
    await t.settle();
    expect(await t.store.headPosition()).toBe(before);
  }

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-11-25T09:00:00.000Z', env: { SEED_DEMO: 'false' } });
    board = await boardWithMeeting(t, TENANT, 1);
    auditor = await t.token(['auditor'], { tenant: TENANT, userId: `${TENANT}-rita`, name: 'Rita Revisor' });
    t.clock.set('2026-12-10T13:00:00.000Z');
    const steps: MeetingStep[] = [
      ...openingSteps(board.meetingId, board.person),
      ...itemSteps(board.meetingId, 1, board.person, 'kommun'),
      ...closingSteps(board.meetingId),
    ];
    for (const step of steps) await board.api.post(board.tok[step.who]!, step.path, step.body ?? {});
    await t.settle();
  });
  afterAll(() => t?.close());

  it('exports the minutes as CSV: BOM, `;`, one row per decision, recusal and vote, people by name', async () => {
    const res = await download(auditor, `/api/meetings/${board.meetingId}/minutes.csv`);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain('protokoll-2026-12-10.csv');
    const text = (res.body as Buffer).toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(text.slice(1), ';');
    expect(rows[0]).toEqual([...MINUTES_CSV_HEADER]);
    const kinds = rows.slice(1).map((r) => r[5]);
    expect(kinds).toContain('Beslut');
    expect(kinds).toContain('Jäv');
    expect(kinds.filter((k) => k === 'Röst')).toHaveLength(4);
    expect(rows.find((r) => r[5] === 'Jäv')?.[7]).toBe('Kim Kommunsson');
    const comma = (await download(auditor, `/api/meetings/${board.meetingId}/minutes.csv?delimiter=,`)).body as Buffer;
    expect(parseCsv(comma.toString('utf8').slice(1), ',')[0]).toEqual([...MINUTES_CSV_HEADER]);
  });

  it('refuses bad minutes CSV requests with the field named, and the applicant with 403, appending nothing', async () => {
    await appendsNothing(async () => {
      expect(problemOf(await download(auditor, `/api/meetings/${board.meetingId}/minutes.csv?delimiter=x`, 400)).errors?.[0]?.field).toBe(
        'delimiter',
      );
      expect(problemOf(await download(auditor, '/api/meetings/not-a-uuid/minutes.csv', 400)).errors?.[0]?.field).toBe('meetingId');
      await download(auditor, '/api/meetings/00000000-0000-4000-8000-000000000000/minutes.csv', 404);
      await download(board.tok.applicant!, `/api/meetings/${board.meetingId}/minutes.csv`, 403);
    });
  });

  it('exports the audit log as a streamed PDF, for the auditor and the admin only', async () => {
    const res = await download(auditor, '/api/audit/log.pdf');
    expect(res.headers['content-type']).toContain('application/pdf');
    const pdf = res.body as Buffer;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    if (text !== null) {
      expect(text).toContain('Granskningslogg');
      expect(text).toContain('VoteCast');
      expect(text).toContain('Kim Kommunsson');
    }
    const filtered = pdfText((await download(board.tok.admin!, '/api/audit/log.pdf?type=RecusalDeclared')).body as Buffer);
    if (filtered !== null) {
      expect(filtered).toContain('RecusalDeclared');
      expect(filtered).not.toContain('VoteCast');
    }
    await appendsNothing(async () => {
      expect(problemOf(await download(auditor, '/api/audit/log.pdf?from=igår', 400)).errors?.[0]?.field).toBe('from');
      await download(board.tok.chair!, '/api/audit/log.pdf', 403);
      await download(board.tok.director!, '/api/audit/log.pdf', 403);
    });
  });

  it("lists the board's appointments over time, an ended membership included", async () => {
    const { body } = await board.api.get(board.tok.admin!, '/api/board/appointments');
    const appointments = body.appointments as Array<{ appointmentId: string; personId: string; position: string; ended: unknown }>;
    expect(appointments.map((a) => a.position)).toEqual(['chair', 'member', 'member', 'member', 'member', 'substitute']);
    const viceChair = await board.api.post(board.tok.admin!, '/api/board/appointments', {
      personId: `${TENANT}-vera`,
      position: 'vice_chair',
      memberOrganisation: member('region'),
      substituteFor: null,
      termFrom: '2027-01-01',
      termTo: '2027-12-31',
    });
    await board.api.post(board.tok.admin!, `/api/board/appointments/${viceChair.body.appointmentId as string}/end`, {
      endedOn: '2027-06-30',
      reason: 'Avsägelse',
    });
    const after = (await board.api.get(auditor, '/api/board/appointments')).body.appointments as typeof appointments;
    expect(after.find((a) => a.personId === `${TENANT}-vera`)).toMatchObject({
      position: 'vice_chair',
      ended: { endedOn: '2027-06-30', reason: 'Avsägelse' },
    });
    await appendsNothing(async () => {
      await board.api.get(board.tok.applicant!, '/api/board/appointments', 403);
      const bad = await t.http
        .post('/api/board/appointments')
        .auth(board.tok.admin!, { type: 'bearer' })
        .send({
          personId: `${TENANT}-x`,
          position: 'member',
          memberOrganisation: member('kommun'),
          substituteFor: null,
          termFrom: 'snart',
          termTo: '2027-12-31',
        });
      expect(bad.status).toBe(400);
      expect((bad.body as { errors: Array<{ field: string }> }).errors.map((e) => e.field)).toContain('termFrom');
    });
  });

  it("shows the admin their förbund's reminders, scheduled and sent, and refuses others", async () => {
    const { body } = await board.api.get(board.tok.admin!, '/api/admin/reminders');
    expect(body.mode).toMatch(/^(bullmq|embedded)$/);
    expect(Array.isArray(body.scheduled)).toBe(true);
    expect(Array.isArray(body.sent)).toBe(true);
    const kinds = (body.scheduled as Array<{ kind: string; dueAt: string }>).map((r) => r.kind);
    // The minutes were attested; the policy's yearly review is what remains scheduled at least.
    expect(kinds.length).toBeGreaterThan(0);
    const dues = (body.scheduled as Array<{ dueAt: string }>).map((r) => r.dueAt);
    expect([...dues].sort()).toEqual(dues);
    await appendsNothing(async () => {
      await board.api.get(auditor, '/api/admin/reminders', 403);
      await board.api.get(board.tok.director!, '/api/admin/reminders', 403);
    });
  });
  it('lets the administrator draft a revision and record its adoption, refusing bad input with the field named and other roles with 403', async () => {
    const { body: inForce } = await board.api.get(board.tok.admin!, '/api/policies/asf/in-force');
    const draft = {
      title: `${inForce.title as string} (reviderad)`,
      text: `${inForce.text as string}\n\nNytt stycke.`,
      rules: inForce.rules,
      basedOnRevision: inForce.revision,
    };
    await appendsNothing(async () => {
      const badRules = await t.http
        .post('/api/policies/asf/revisions')
        .auth(board.tok.admin!, { type: 'bearer' })
        .send({ ...draft, rules: { ...(inForce.rules as object), schema: 2 } });
      expect(badRules.status).toBe(400);
      expect((badRules.body as { errors: Array<{ field: string }> }).errors.map((e) => e.field)).toContain('rules.schema');
      await t.http.post('/api/policies/asf/revisions').auth(board.tok.kommun!, { type: 'bearer' }).send(draft).expect(403);
      await t.http.post('/api/policies/asf/revisions').auth(auditor, { type: 'bearer' }).send(draft).expect(403);
    });
    await board.api.post(board.tok.admin!, '/api/policies/asf/revisions', draft);
    const versions = (await board.api.get(board.tok.admin!, '/api/policies/asf/versions')).body.versions as Array<{
      revision: number;
      status: string;
      draftedBy: string;
      title: string;
    }>;
    const revision = versions.at(-1)!.revision;
    expect(versions.at(-1)).toMatchObject({ status: 'draft', title: draft.title, draftedBy: `${TENANT}-adam` });
    await appendsNothing(async () => {
      const bad = await t.http
        .post(`/api/policies/asf/revisions/${revision}/adoption`)
        .auth(board.tok.admin!, { type: 'bearer' })
        .send({ adoptedOn: 'i dag', meeting: { label: 'Styrelsemöte 2026-12-10' }, effectiveFrom: '2027-01-01' });
      expect(bad.status).toBe(400);
      expect((bad.body as { errors: Array<{ field: string }> }).errors.map((e) => e.field)).toContain('adoptedOn');
      await t.http
        .post(`/api/policies/asf/revisions/${revision}/adoption`)
        .auth(auditor, { type: 'bearer' })
        .send({ adoptedOn: '2026-12-10', meeting: { label: 'Styrelsemöte 2026-12-10' }, effectiveFrom: '2027-01-01' })
        .expect(403);
    });
    await board.api.post(board.tok.admin!, `/api/policies/asf/revisions/${revision}/adoption`, {
      adoptedOn: '2026-12-10',
      meeting: { label: 'Styrelsemöte 2026-12-10' },
      effectiveFrom: '2027-01-01',
    });
    const after = (await board.api.get(board.tok.admin!, '/api/policies/asf/versions')).body.versions as Array<{
      revision: number;
      status: string;
    }>;
    expect(after.find((v) => v.revision === revision)?.status).toBe('adopted');
  });
});
