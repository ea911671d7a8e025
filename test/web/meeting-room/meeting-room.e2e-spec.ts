/// <reference lib="dom" />
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { boardWithMeeting, SEAT_NAMES } from '../../support/live-meeting-fixtures.js';
import { quantile } from '../../support/sse-client.js';
import { browserUnavailable, launchBrowser } from '../browser.js';
import { axeViolations, recordShownPositions, shownAt, signInWithToken, tabTo, type AxeRow } from './meeting-room-helpers.js';

const WEB_DIST = resolve('dist/web');
const unavailable = browserUnavailable(WEB_DIST);
if (unavailable) console.warn(`SKIPPED: the meeting room browser tests did not run: ${unavailable}`);
const suite = unavailable ? describe.skip : describe;
jest.setTimeout(180_000);

const TENANT = 'rum';
/** Who follows the meeting, each in their own browser: the presiding member, four serving seats and the wall. */
const SEATS = ['chair', 'kommun', 'region', 'fk', 'sub-af'] as const;

suite('The meeting room, live in six browsers', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let meetingId: string;
  const pages: Record<string, Page> = {};
  const contexts: BrowserContext[] = [];
  /** Milliseconds from a command's response (in the acting browser) to each page showing the change. */
  const delays: number[] = [];
  const axeRows: AxeRow[] = [];

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-11-25T09:00:00.000Z', env: { SEED_DEMO: 'false', WEB_DIST } });
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    const board = await boardWithMeeting(t, TENANT, 1);
    meetingId = board.meetingId;
    t.clock.set('2026-12-10T13:00:00.000Z');
    await t.settle();
    browser = await launchBrowser();
    const wallToken = await t.token(['director'], { tenant: TENANT, userId: `${TENANT}-sekreterare`, name: 'Sekreteraren' });
    for (const who of [...SEATS, 'wall']) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
      contexts.push(context);
      await signInWithToken(context, who === 'wall' ? wallToken : board.tok[who]!);
      await recordShownPositions(context);
      pages[who] = await context.newPage();
      await pages[who].goto(`${base}/meetings/${meetingId}`);
      await pages[who].getByText('Direktuppdaterad').waitFor();
    }
  });

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await t?.close();
    if (delays.length > 0) {
      console.log(
        `Meeting room in the browser: from a command's response to every page showing it, n=${delays.length}: ` +
          `p50 ${quantile(delays, 0.5)} ms, p99 ${quantile(delays, 0.99)} ms, max ${Math.max(...delays)} ms`,
      );
    }
    if (axeRows.length > 0) {
      console.log(`axe (WCAG 2.1 A/AA):\n${axeRows.map((r) => `${r.violations.length === 0 ? 'ok  ' : 'FAIL'} ${r.route} [${r.role}, ${r.language}, ${r.width}px] ${r.violations.join('; ')}`).join('\n')}`);
    }
  });

  /** Does `action` in `page`, waits for its command's answer, then for every page to show the change. */
  async function act(page: Page, action: () => Promise<void>): Promise<void> {
    const answered = page.waitForResponse((r: Response) => r.request().method() === 'POST' && r.url().includes(`/api/meetings/${meetingId}`));
    await action();
    const response = await answered;
    const at = Date.now();
    if (response.status() !== 201) throw new Error(`command refused: ${response.status()} ${await response.text()}`);
    const { position } = (await response.json()) as { position: string };
    for (const p of Object.values(pages)) delays.push(Math.max(0, (await shownAt(p, position)) - at));
  }

  async function checkAxe(page: Page, role: string, language: 'sv' | 'en') {
    for (const width of [1280, 320]) {
      await page.setViewportSize({ width, height: 900 });
      const violations = await axeViolations(page);
      axeRows.push({ route: '/meetings/:meetingId', role, language, width, violations });
      expect(violations).toEqual([]);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  }

  it('the presiding member opens the meeting with the keyboard alone, and every page shows who is present', async () => {
    const chair = pages.chair!;
    await act(chair, async () => {
      for (const seat of SEATS) {
        await tabTo(chair, chair.getByRole('checkbox', { name: new RegExp(`^${SEAT_NAMES[seat]},`) }));
        await chair.keyboard.press('Space');
      }
      await tabTo(chair, chair.getByLabel('Justerare'));
      await chair.keyboard.type(SEAT_NAMES.region!.slice(0, 3));
      await tabTo(chair, chair.getByRole('button', { name: 'Öppna sammanträdet' }));
      await chair.keyboard.press('Enter');
    });
    for (const p of Object.values(pages)) {
      await expect(p.getByTestId('attendance-count').textContent()).resolves.toBe('5 av 6 platser närvarande');
      await p.getByText(`Justerare: ${SEAT_NAMES.region}`).waitFor();
    }
  });

  it('the presiding member takes up the item, and the pages pass axe in Swedish and English at 1280 and 320 px', async () => {
    const chair = pages.chair!;
    await act(chair, async () => {
      await tabTo(chair, chair.getByRole('button', { name: 'Ta upp § 1' }));
      await chair.keyboard.press('Enter');
    });
    await pages.wall!.getByRole('heading', { name: '§ 1 Arbetsträning 1', level: 3 }).waitFor();
    await checkAxe(chair, 'chair', 'sv');
    await checkAxe(pages.region!, 'board_member', 'sv');
    await checkAxe(pages.wall!, 'director (the wall)', 'sv');
    const region = pages.region!;
    await region.getByRole('button', { name: 'English' }).click();
    await region.getByRole('heading', { name: 'Open item' }).waitFor();
    await checkAxe(region, 'board_member', 'en');
    await region.getByRole('button', { name: 'Svenska' }).click();
    await region.getByRole('heading', { name: 'Pågående paragraf' }).waitFor();
  });

  it('a member declares jäv; when they then try to vote, the page shows the API’s reason in Swedish', async () => {
    const kommun = pages.kommun!;
    await act(kommun, async () => {
      await kommun.getByLabel('Skäl för jäv').fill('Anställd hos sökande förvaltning');
      await kommun.getByRole('button', { name: 'Anmäl jäv' }).click();
    });
    await pages.wall!.getByText(`Jäv anmält: ${SEAT_NAMES.kommun}`).waitFor();
    await kommun.getByRole('radio', { name: 'Ja (bifall)' }).check();
    await kommun.getByRole('button', { name: 'Lägg rösten' }).click();
    await kommun.getByRole('alert').filter({ hasText: 'Du har anmält jäv och deltar inte i den här paragrafen.' }).waitFor();
  });

  it('the serving members vote; every page shows who has voted, never how', async () => {
    for (const seat of ['region', 'fk', 'sub-af', 'chair'] as const) {
      const p = pages[seat]!;
      await act(p, async () => {
        await p.getByRole('radio', { name: 'Ja (bifall)' }).check();
        await p.getByRole('button', { name: 'Lägg rösten' }).click();
      });
    }
    const wall = pages.wall!;
    await expect(wall.getByTestId('votes-count').textContent()).resolves.toBe('4 har röstat');
    await wall.getByText(`${SEAT_NAMES['sub-af']} har röstat`).waitFor();
    await expect(wall.getByText('Ja (bifall)').count()).resolves.toBe(0);
  });

  it('the presiding member records the outcome, and every page’s live region announces it', async () => {
    const chair = pages.chair!;
    await act(chair, async () => {
      await tabTo(chair, chair.getByRole('radio', { name: 'bifall', exact: true }));
      await chair.keyboard.press('Space');
      await tabTo(chair, chair.getByRole('button', { name: 'Fastställ beslutet' }));
      await chair.keyboard.press('Enter');
    });
    for (const p of Object.values(pages)) {
      await p.getByTestId('meeting-announcer').filter({ hasText: 'Beslut i paragraf 1: bifall' }).waitFor();
      await expect(p.getByTestId('meeting-announcer').getAttribute('aria-live')).resolves.toBe('polite');
      await p.getByTestId('outcome').filter({ hasText: 'Ja 4, nej 0, avstod 0' }).waitFor();
    }
  });

  it('the presiding member closes the item and the meeting', async () => {
    const chair = pages.chair!;
    await act(chair, async () => {
      await tabTo(chair, chair.getByRole('button', { name: 'Avsluta § 1' }));
      await chair.keyboard.press('Enter');
    });
    await act(chair, async () => {
      await tabTo(chair, chair.getByRole('button', { name: 'Avsluta sammanträdet' }));
      await chair.keyboard.press('Enter');
    });
    for (const p of Object.values(pages)) await p.getByText('Avslutat, protokollet ska justeras').waitFor();
    expect(delays.length).toBe(10 * 6);
  });
});
