/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { boardWithMeeting, openingSteps } from '../../support/live-meeting-fixtures.js';
import { applicationContent } from '../../support/workflow-fixtures.js';
import { browserSuite, closeAll, launchBrowser, listenLocally, newContext, WEB_DIST } from '../browser.js';
import { activate, axe, reportAxe, tabTo, typeInto } from '../helpers.js';
import { signInWithToken } from '../meeting-room/meeting-room-helpers.js';

const suite = browserSuite('the meeting-planning browser tests');
jest.setTimeout(180_000);

const TENANT = 'planweb';
const JANUARY = 'Styrelsemöte 2027-01-14';
const FEBRUARY = 'Styrelsemöte 2027-02-11';

suite('The office plans a board meeting, in the browser', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let board: Awaited<ReturnType<typeof boardWithMeeting>>;
  /** Recommended cases waiting for the board, by title: id and diarienummer. */
  const cases: Record<string, { id: string; caseNumber: string }> = {};
  let januaryId = '';
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-11-25T09:00:00.000Z', env: { SEED_DEMO: 'false', WEB_DIST } });
    base = await listenLocally(t);
    board = await boardWithMeeting(t, TENANT, 0);
    for (const title of ['Planering A', 'Planering B', 'Planering C', 'Planering D']) {
      const { api, tok } = board;
      const id = (await api.post(tok.applicant!, '/api/applications', applicationContent({ title }))).body.applicationId as string;
      await api.post(tok.director!, `/api/applications/${id}/preparation`);
      await api.post(tok.director!, `/api/applications/${id}/recommendation`, {
        recommendation: 'approve',
        motivation: 'Insatsen följer riktlinjerna.',
        terms: { amountSek: 120000, period: { from: '2027-01-01', to: '2027-12-31' }, conditions: [], progressEveryMonths: 6 },
      });
      await t.settle();
      cases[title] = { id, caseNumber: (await api.get(tok.director!, `/api/applications/${id}`)).body.caseNumber as string };
    }
    await t.settle();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await closeAll(contexts, browser, t);
    reportAxe();
  });

  async function pageAs(who: string, options: { width?: number; language?: 'sv' | 'en' } = {}): Promise<Page> {
    const context = await newContext(browser, contexts, { width: options.width, acceptDownloads: true });
    await signInWithToken(context, board.tok[who]!, options.language ?? 'sv');
    return context.newPage();
  }

  const add = (title: string) => `Sätt upp ${cases[title]!.caseNumber} på föredragningslistan`;

  it('the director calls a meeting, puts two cases on its agenda and takes one off again, with the mouse; the members see the agenda', async () => {
    const page = await pageAs('director');
    await page.goto(`${base}/`);
    await page.getByRole('link', { name: 'Planera sammanträden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Planera sammanträden' }).waitFor();
    await page.getByLabel('Benämning').fill(JANUARY);
    await page.getByLabel('Datum').fill('2027-01-14');
    await page.getByLabel('Klockslag').fill('13:00');
    await page.getByLabel('Plats').fill('Förbundets kansli, Göteborg');
    await page.getByRole('button', { name: 'Utlys sammanträdet' }).click();
    await page.getByRole('heading', { level: 1, name: `Föredragningslista: ${JANUARY}` }).waitFor();
    januaryId = page.url().split('/planning/')[1]!;
    await page.getByText('Inga ärenden på föredragningslistan än.').waitFor();

    await page.getByRole('button', { name: add('Planering A') }).click();
    await page.getByTestId('agenda').getByRole('heading', { name: '§ 1 Planering A' }).waitFor();
    await page.getByRole('button', { name: add('Planering B') }).click();
    await page.getByTestId('agenda').getByRole('heading', { name: '§ 2 Planering B' }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: `${cases['Planering B']!.caseNumber} är uppsatt på föredragningslistan.` })
      .waitFor();
    await expect(page.getByRole('button', { name: add('Planering B') }).count()).resolves.toBe(0);

    await page.getByRole('button', { name: 'Ta bort § 1 från föredragningslistan' }).click();
    await page.getByRole('status').filter({ hasText: '§ 1 är borttagen från föredragningslistan.' }).waitFor();
    await page
      .getByTestId('to-decide')
      .getByRole('button', { name: add('Planering A') })
      .waitFor();
    await expect(page.getByTestId('agenda').getByRole('listitem').allTextContents()).resolves.toEqual([
      expect.stringContaining('§ 2 Planering B'),
    ]);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: `Kallelse till ${JANUARY} (PDF)` }).click();
    expect(
      readFileSync(await (await download).path())
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');

    const member = await pageAs('kommun');
    await member.goto(`${base}/meetings`);
    const card = member.getByTestId(`meeting-${januaryId}`);
    await card.getByText('§ 2 Planering B').waitFor();
    await expect(card.getByText('Planering A').count()).resolves.toBe(0);
    await expect(member.getByRole('link', { name: 'Planera sammanträden' }).count()).resolves.toBe(0);
  });

  it('the chair does the same with the keyboard alone', async () => {
    const page = await pageAs('chair');
    await page.goto(`${base}/`);
    await activate(page, page.getByRole('link', { name: 'Planera sammanträden' }));
    await page.getByRole('heading', { level: 1, name: 'Planera sammanträden' }).waitFor();
    await typeInto(page, page.getByLabel('Benämning'), FEBRUARY);
    await typeInto(page, page.getByLabel('Datum'), '2027-02-11');
    await activate(page, page.getByRole('button', { name: 'Utlys sammanträdet' }));
    await page.getByRole('heading', { level: 1, name: `Föredragningslista: ${FEBRUARY}` }).waitFor();

    await activate(page, page.getByRole('button', { name: add('Planering C') }));
    await page.getByTestId('agenda').getByRole('heading', { name: '§ 1 Planering C' }).waitFor();
    await activate(page, page.getByRole('button', { name: add('Planering D') }));
    await page.getByTestId('agenda').getByRole('heading', { name: '§ 2 Planering D' }).waitFor();
    await activate(page, page.getByRole('button', { name: 'Ta bort § 2 från föredragningslistan' }));
    await page.getByRole('status').filter({ hasText: '§ 2 är borttagen från föredragningslistan.' }).waitFor();
    // The pressed button left with its item: focus is on the agenda's heading, not lost to the page.
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('agenda-items');
    await page
      .getByTestId('to-decide')
      .getByRole('button', { name: add('Planering D') })
      .waitFor();
  });

  it('both pages pass axe in Swedish and English at 1280 and 320 px', async () => {
    for (const language of ['sv', 'en'] as const) {
      for (const width of [1280, 320]) {
        const page = await pageAs('director', { width, language });
        await page.goto(`${base}/planning`);
        await page.getByRole('heading', { level: 1, name: language === 'sv' ? 'Planera sammanträden' : 'Plan board meetings' }).waitFor();
        await page.getByRole('link', { name: language === 'sv' ? `Föredragningslistan för ${JANUARY}` : `Agenda of ${JANUARY}` }).waitFor();
        expect(await axe(page, { route: '/planning', role: 'director', language })).toEqual([]);
        await page.goto(`${base}/planning/${januaryId}`);
        await page
          .getByRole('heading', { level: 1, name: language === 'sv' ? `Föredragningslista: ${JANUARY}` : `Agenda: ${JANUARY}` })
          .waitFor();
        await page.getByTestId('agenda').getByRole('heading', { name: '§ 2 Planering B' }).waitFor();
        expect(await axe(page, { route: '/planning/:meetingId', role: 'director', language })).toEqual([]);
      }
    }
  });

  it("a delegated decision is taken off and reported again; the API's refusals are shown as it gives them: a 400 names the field, a 422 says in Swedish why", async () => {
    const page = await pageAs('director');
    await page.goto(`${base}/planning`);
    await page.getByLabel('Benämning').fill('Extra styrelsemöte');
    await page.getByLabel('Datum').fill('2027-02-30');
    await page.getByRole('button', { name: 'Utlys sammanträdet' }).click();
    const summary = page.getByRole('link', { name: /^Datum: / });
    await summary.waitFor();
    expect(await axe(page, { route: '/planning (400 error summary)', role: 'director', language: 'sv' })).toEqual([]);
    await summary.click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('schedule-date');

    // The fixture's December meeting gets a case, and a delegated decision reports itself to it as § 2.
    const { api, tok } = board;
    await api.post(tok.director!, `/api/meetings/${board.meetingId}/agenda`, { applicationId: cases['Planering A']!.id });
    const content = applicationContent({ title: 'Studiebesök', budget: [{ year: 2027, amountSek: 40000 }] });
    const delegated = (await api.post(tok.applicant!, '/api/applications', content)).body.applicationId as string;
    await api.post(tok.director!, `/api/applications/${delegated}/preparation`);
    await api.post(
      await t.token(['director'], { tenant: TENANT, userId: `${TENANT}-dan` }),
      `/api/applications/${delegated}/delegated-decision`,
      {
        decision: 'approved',
        motivation: 'Litet belopp inom delegationen.',
        terms: { amountSek: 40000, period: { from: '2027-03-01', to: '2027-06-30' }, conditions: [], progressEveryMonths: 3 },
      },
    );
    await t.settle();
    const delegatedNo = (await api.get(tok.director!, `/api/applications/${delegated}`)).body.caseNumber as string;
    await page.goto(`${base}/planning/${board.meetingId}`);
    await page
      .getByTestId('agenda')
      .getByRole('listitem')
      .filter({ hasText: 'Anmälan av delegationsbeslut' })
      .getByRole('heading', { name: '§ 2 Studiebesök' })
      .waitFor();
    await page.getByRole('button', { name: 'Ta bort § 2 från föredragningslistan' }).click();
    await page
      .getByTestId('to-report')
      .getByRole('button', { name: `Anmäl ${delegatedNo} på sammanträdet` })
      .click();
    await page.getByTestId('agenda').getByRole('heading', { name: '§ 3 Studiebesök' }).waitFor();
    await page.getByText('Inga delegationsbeslut väntar på att anmälas.').waitFor();

    // The agenda page is open when the meeting is opened elsewhere.
    const remove = page.getByRole('button', { name: 'Ta bort § 1 från föredragningslistan' });
    await remove.waitFor();
    t.clock.set('2026-12-10T13:00:00.000Z');
    for (const step of openingSteps(board.meetingId, board.person)) await board.api.post(board.tok[step.who]!, step.path, step.body);
    await tabTo(page, remove);
    await page.keyboard.press('Enter');
    await page
      .getByRole('alert')
      .filter({ hasText: 'Det gick inte: en regel hindrar det' })
      .filter({ hasText: 'Sammanträdet har redan öppnats; nu kan bara styrelsen själv bordlägga eller återremittera ärendet.' })
      .waitFor();
    await page.getByTestId('agenda').getByRole('heading', { name: '§ 1 Planering A' }).waitFor();
    expect(await axe(page, { route: '/planning/:meetingId (422 refused)', role: 'director', language: 'sv' })).toEqual([]);
  });
});
