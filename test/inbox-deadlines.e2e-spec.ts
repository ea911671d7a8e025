import { startTestApp, type TestApp } from './support/test-app.js';
import { applicationContent, client } from './support/workflow-fixtures.js';

interface Row {
  kind: string;
  title: { sv: string; en: string };
  applicationId?: string;
  caseNumber?: string;
  initiativeId?: string;
  followUpNo?: number;
  dueDate?: string;
  step?: string;
  since: string;
}

/**
 * The inbox over HTTP as time passes on a controllable clock: a case in preparation becomes late
 * when the reminders say so (taken + 14 days, 08:00 Swedish time), and a funded initiative's
 * follow-up report becomes due soon, due today, and leaves the inbox when it is submitted. Each row
 * names its case, so the web app links it.
 */
describe('The inbox: cases running late and follow-ups due (e2e)', () => {
  let t: TestApp;
  let api: ReturnType<typeof client>;
  const tok: Record<string, string> = {};
  let funded = '';
  let slow = '';
  let slowCase = '';

  const inbox = async (who: string): Promise<Row[]> => (await api.get(tok[who]!, '/api/inbox')).body.items as Row[];
  const about = async (who: string, id: string) => (await inbox(who)).filter((r) => r.applicationId === id);

  beforeAll(async () => {
    t = await startTestApp({ now: '2027-02-15T09:00:00.000Z' });
    await t.settle();
    api = client(t.http);
    tok.ann = await t.token(['applicant'], { userId: 'ann' });
    tok.dora = await t.token(['director'], { userId: 'dora' });
    tok.dan = await t.token(['director'], { userId: 'dan' });

    // A small case decided under delegation becomes a funded initiative with a follow-up plan.
    const small = await api.post(
      tok.ann!,
      '/api/applications',
      applicationContent({ title: 'Studiebesök på ASF', budget: [{ year: 2027, amountSek: 40000 }] }),
    );
    funded = small.body.applicationId as string;
    await api.post(tok.dora!, `/api/applications/${funded}/preparation`);
    await api.post(tok.dan!, `/api/applications/${funded}/delegated-decision`, {
      decision: 'approved',
      motivation: 'Litet belopp inom delegationen.',
      terms: { amountSek: 40000, period: { from: '2027-03-01', to: '2027-06-30' }, conditions: [], progressEveryMonths: 3 },
    });
    // A case the director takes on the same day and then leaves without a recommendation.
    const other = await api.post(tok.ann!, '/api/applications', applicationContent({ title: 'Arbetsträning som drar ut på tiden' }));
    slow = other.body.applicationId as string;
    slowCase = other.body.caseNumber as string;
    await api.post(tok.dora!, `/api/applications/${slow}/preparation`);
    await t.settle();
  });
  afterAll(() => t.close());

  it('a case taken on 15 February is in preparation, not late, until 1 March 08:00 Swedish time', async () => {
    t.clock.set('2027-03-01T06:59:00.000Z');
    expect((await about('dora', slow)).map((r) => r.kind)).toEqual(['case_in_preparation']);
  });

  it('becomes late for its preparer when the 14 days have passed, with a row that names the case', async () => {
    t.clock.set('2027-03-01T07:00:00.000Z');
    const late = (await about('dora', slow)).find((r) => r.kind === 'case_running_late');
    expect(late).toEqual({
      kind: 'case_running_late',
      title: {
        sv: `Beredningen drar ut på tiden: ${slowCase} Arbetsträning som drar ut på tiden (påbörjad 2027-02-15)`,
        en: `Preparation running late: ${slowCase} Arbetsträning som drar ut på tiden (started 2027-02-15)`,
      },
      applicationId: slow,
      caseNumber: slowCase,
      since: '2027-03-01T07:00:00.000Z',
    });
    // Another director did not take it: the reminder's recipient is the preparer, and so is the row's.
    expect(await about('dan', slow)).toEqual([]);
    expect(await about('ann', slow)).toEqual([]);
  });

  it('shows a follow-up report as due 14 days before its date, to the contact and the preparer', async () => {
    t.clock.set('2027-03-18T06:59:00.000Z');
    expect((await about('dora', funded)).filter((r) => r.kind === 'follow_up_due')).toEqual([]);
    t.clock.set('2027-03-18T07:00:00.000Z');
    const [due] = await about('dora', funded);
    expect(due).toMatchObject({
      kind: 'follow_up_due',
      applicationId: funded,
      initiativeId: funded,
      followUpNo: 1,
      dueDate: '2027-04-01',
      step: 'due_soon',
      since: '2027-03-18T07:00:00.000Z',
    });
    expect(due?.title.sv).toMatch(/^Registrering i Uppföljning Finsam ska lämnas senast 2027-04-01: 2027\/\d{4} Studiebesök på ASF$/);
    expect((await about('ann', funded)).map((r) => r.kind)).toEqual(['follow_up_due']);
    expect(await about('dan', funded)).toEqual([]);
  });

  it('is due today on the day (summer time: 06:00 UTC), once, and leaves the inbox when the report is in', async () => {
    t.clock.set('2027-04-01T06:00:00.000Z');
    const rows = await about('dora', funded);
    expect(rows.map((r) => [r.kind, r.step])).toEqual([['follow_up_due', 'due_today']]);
    expect(rows[0]?.title.sv).toMatch(/^Registrering i Uppföljning Finsam ska lämnas i dag: /);

    const report = await api.post(tok.ann!, `/api/initiatives/${funded}/follow-ups/1/reports`, {
      text: 'Registrerad i Uppföljning Finsam.',
    });
    const after = await api.get(tok.dora!, `/api/inbox?minPosition=${report.body.position as string}`);
    expect((after.body.items as Row[]).filter((r) => r.applicationId === funded)).toEqual([]);
  });

  it('the late case leaves the inbox with the recommendation', async () => {
    const made = await api.post(tok.dora!, `/api/applications/${slow}/recommendation`, {
      recommendation: 'reject',
      motivation: 'Insatsen ryms inte i årets budget.',
    });
    const after = await api.get(tok.dora!, `/api/inbox?minPosition=${made.body.position as string}`);
    expect((after.body.items as Row[]).filter((r) => r.applicationId === slow).map((r) => r.kind)).toEqual(['case_ready_for_agenda']);
  });
});
