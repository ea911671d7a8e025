/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { boardWithMeeting, SEAT_NAMES } from '../../support/live-meeting-fixtures.js';
import { browserSuite, closeAll, launchBrowser, listenLocally, newContext, WEB_DIST } from '../browser.js';
import { axe, reportAxe, tabTo } from '../helpers.js';
import { signInWithToken } from '../meeting-room/meeting-room-helpers.js';

const suite = browserSuite("the board's browser tests");
jest.setTimeout(180_000);

const TENANT = 'styr';
const LABEL = 'Styrelsemöte 2026-12-10';

suite("A board member's meetings, in the browser", () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let board: Awaited<ReturnType<typeof boardWithMeeting>>;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-11-25T09:00:00.000Z', env: { SEED_DEMO: 'false', WEB_DIST } });
    base = await listenLocally(t);
    board = await boardWithMeeting(t, TENANT, 2);
    await t.settle();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await closeAll(contexts, browser, t);
    reportAxe();
  });

  async function pageAs(seat: string, width = 1280): Promise<Page> {
    const context = await newContext(browser, contexts, { width, acceptDownloads: true });
    await signInWithToken(context, board.tok[seat]!);
    return context.newPage();
  }

  it('a member finds the meetings from the menu, with the agenda, each item’s papers and the kallelse as PDF', async () => {
    const page = await pageAs('fk');
    await page.goto(`${base}/`);
    await page.getByRole('link', { name: 'Mina sammanträden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mina sammanträden' }).waitFor();
    const card = page.getByTestId(`meeting-${board.meetingId}`);
    await card.getByRole('heading', { level: 3, name: LABEL }).waitFor();
    await card.getByText('Kallat', { exact: true }).waitFor();
    await card.getByText('§ 1 Arbetsträning 1').waitFor();
    await card.getByText('§ 2 Arbetsträning 2').waitFor();
    await expect(card.getByText('Förslag till beslut: bifall').count()).resolves.toBe(2);

    const download = page.waitForEvent('download');
    await card.getByRole('button', { name: `Kallelse till ${LABEL} (PDF)` }).click();
    const file = await (await download).path();
    expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    await card.getByRole('link', { name: 'Handlingar i § 2: ärendet och förslaget till beslut' }).click();
    await page.waitForURL(`${base}/cases/${board.applicationIds[1]}`);
    await page.getByText('Arbetsträning 2').first().waitFor();

    await page.goBack();
    await page.getByRole('link', { name: `Sammanträdesrummet för ${LABEL}` }).click();
    await page.getByRole('heading', { level: 1, name: `Sammanträde: ${LABEL}` }).waitFor();
  });

  it('the page passes axe in Swedish and English at 1280 and 320 px, and works with the keyboard alone', async () => {
    for (const language of ['sv', 'en'] as const) {
      for (const width of [1280, 320]) {
        const page = await pageAs('region', width);
        if (language === 'en') await page.addInitScript(() => localStorage.setItem('beslutskedjan.language', 'en'));
        await page.goto(`${base}/meetings`);
        await page.getByRole('heading', { level: 1, name: language === 'sv' ? 'Mina sammanträden' : 'My meetings' }).waitFor();
        await page.getByText(language === 'sv' ? '§ 2 Arbetsträning 2' : '§ 2 Arbetsträning 2').waitFor();
        expect(await axe(page, { route: '/meetings', role: 'board_member', language })).toEqual([]);
      }
    }
    const page = await pageAs('region');
    await page.goto(`${base}/meetings`);
    const room = page.getByRole('link', { name: `Sammanträdesrummet för ${LABEL}` });
    await tabTo(page, room);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: `Sammanträde: ${LABEL}` }).waitFor();
  });

  it('when neither the chair nor a vice chair is present, a member chooses the ordförande för dagen from the meeting room', async () => {
    t.clock.set('2026-12-10T13:00:00.000Z');
    // The chair is absent (the role that opens the meeting records attendance without them).
    await board.api.post(board.tok.chair!, `/api/meetings/${board.meetingId}/opening`, {
      present: ['kommun', 'region', 'fk', 'sub-af'].map(board.person),
      adjusterId: board.person('fk'),
    });
    await t.settle();
    const page = await pageAs('kommun');
    await page.goto(`${base}/meetings/${board.meetingId}`);
    await page.getByRole('heading', { level: 2, name: 'Ordförande för dagen' }).waitFor();
    expect(await axe(page, { route: '/meetings/:meetingId (ordförande för dagen)', role: 'board_member', language: 'sv' })).toEqual([]);
    await page.getByLabel('Ledamot som leder sammanträdet').selectOption({ label: SEAT_NAMES.region! });
    await page.getByRole('button', { name: 'Välj ordförande för dagen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Ordförande för dagen' }).waitFor({ state: 'detached' });

    const region = await pageAs('region');
    await region.goto(`${base}/meetings/${board.meetingId}`);
    await region.getByRole('button', { name: 'Ta upp § 1' }).waitFor();
  });

  it('the minutes page of a meeting not yet closed says so, and passes axe', async () => {
    const page = await pageAs('fk');
    await page.goto(`${base}/meetings/${board.meetingId}/minutes`);
    await page.getByText('Protokollet kan justeras när sammanträdet har avslutats.').waitFor();
    expect(await axe(page, { route: '/meetings/:meetingId/minutes (not closed)', role: 'board_member', language: 'sv' })).toEqual([]);
  });
});
