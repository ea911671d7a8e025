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
  let board: Awaited<ReturnType<typeof boardWithMeeting>>;
  let wallToken: string;
  const pages: Record<string, Page> = {};
  const contexts: BrowserContext[] = [];
  /** Milliseconds from a command's response (in the acting browser) to each page showing the change. */
  const delays: number[] = [];
  const axeRows: AxeRow[] = [];

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-11-25T09:00:00.000Z', env: { SEED_DEMO: 'false', WEB_DIST } });
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    board = await boardWithMeeting(t, TENANT, 2);
    meetingId = board.meetingId;
    t.clock.set('2026-12-10T13:00:00.000Z');
    await t.settle();
    browser = await launchBrowser();
    wallToken = await t.token(['director'], { tenant: TENANT, userId: `${TENANT}-sekreterare`, name: 'Sekreteraren' });
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
      console.log(
        `axe (WCAG 2.1 A/AA):\n${axeRows.map((r) => `${r.violations.length === 0 ? 'ok  ' : 'FAIL'} ${r.route} [${r.role}, ${r.language}, ${r.width}px] ${r.violations.join('; ')}`).join('\n')}`,
      );
    }
  });

  /** Does `action` in `page`, waits for its command's answer, then for every page to show the change. */
  async function act(page: Page, action: () => Promise<void>): Promise<void> {
    const answered = page.waitForResponse(
      (r: Response) => r.request().method() === 'POST' && r.url().includes(`/api/meetings/${meetingId}`),
    );
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
      await expect(p.getByTestId('attendance-count').textContent()).resolves.toBe('5 av 6 närvarande');
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
    await expect(pages.wall!.getByTestId('quorum').textContent()).resolves.toContain('5 av 5 ledamotsplatser deltar');
    await checkAxe(chair, 'chair (presiding)', 'sv');
    await checkAxe(pages.region!, 'board_member', 'sv');
    await checkAxe(pages.wall!, 'director (the wall)', 'sv');
    const region = pages.region!;
    await region.getByRole('button', { name: 'English' }).click();
    await region.getByRole('heading', { name: 'Open item' }).waitFor();
    await checkAxe(region, 'board_member', 'en');
    await region.getByRole('button', { name: 'Svenska' }).click();
    await region.getByRole('heading', { name: 'Pågående paragraf' }).waitFor();
  });

  it("a member declares jäv, their seat goes unserved, and when they then move a motion the page shows the API's reason", async () => {
    const kommun = pages.kommun!;
    await act(kommun, async () => {
      await kommun.getByLabel('Skäl för jäv').fill('Anställd hos sökande förvaltning');
      await kommun.getByRole('button', { name: 'Anmäl jäv' }).click();
    });
    await expect(pages.wall!.getByTestId('quorum').textContent()).resolves.toContain('4 av 5 ledamotsplatser deltar');
    await expect(pages.wall!.getByTestId('serving').textContent()).resolves.toContain(
      `${SEAT_NAMES['sub-af']} (ersättare för ${SEAT_NAMES.af})`,
    );
    const refused = kommun.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/motions'));
    await kommun.getByRole('radio', { name: 'avslag', exact: true }).check();
    await kommun.getByRole('button', { name: 'Framställ yrkandet' }).click();
    const problem = (await (await refused).json()) as { status: number; detail: string };
    expect(problem.status).toBe(422);
    await kommun.getByRole('alert').filter({ hasText: problem.detail }).waitFor();
  });

  it('a member moves rejection, the presiding member puts the question, and another member asks for votering', async () => {
    const fk = pages.fk!;
    await act(fk, async () => {
      await fk.getByRole('radio', { name: 'avslag', exact: true }).check();
      await fk.getByLabel('Motivering till yrkandet').fill('Budgeten är för hög.');
      await fk.getByRole('button', { name: 'Framställ yrkandet' }).click();
    });
    await pages.wall!.getByText(`Yrkande 1 av ${SEAT_NAMES.fk}: avslag`).waitFor();
    const chair = pages.chair!;
    await act(chair, async () => {
      await tabTo(chair, chair.getByRole('button', { name: 'Ställ proposition' }));
      await chair.keyboard.press('Enter');
    });
    await pages.wall!.getByTestId('question').filter({ hasText: 'förslaget till beslut' }).waitFor();
    const region = pages.region!;
    await act(region, () => region.getByRole('button', { name: 'Begär votering' }).click());
    await pages.wall!.getByText(`Votering begärd av ${SEAT_NAMES.region}`).waitFor();
  });

  it('the serving members vote 2–2; every page shows who has voted, never how', async () => {
    const votes = { chair: 'ja', region: 'ja', fk: 'nej', 'sub-af': 'nej' } as const;
    for (const [seat, vote] of Object.entries(votes)) {
      const p = pages[seat]!;
      await act(p, async () => {
        await p.getByRole('radio', { name: vote, exact: true }).check();
        await p.getByRole('button', { name: 'Lägg rösten' }).click();
      });
    }
    const wall = pages.wall!;
    await expect(wall.getByTestId('votes-count').textContent()).resolves.toBe('4 har röstat');
    await wall.getByText(`${SEAT_NAMES['sub-af']} har röstat`).waitFor();
    await expect(wall.getByText(`${SEAT_NAMES.fk}: nej`).count()).resolves.toBe(0);
  });

  it("the presiding member decides the tie with the casting vote, and every page's live region announces the outcome", async () => {
    const chair = pages.chair!;
    await act(chair, async () => {
      await tabTo(chair, chair.getByRole('radio', { name: 'bifall', exact: true }));
      await chair.keyboard.press('Space');
      await tabTo(chair, chair.getByLabel('Utslagsröst vid lika röstetal'));
      await chair.keyboard.type('ja');
      await tabTo(chair, chair.getByRole('button', { name: 'Fastställ beslutet' }));
      await chair.keyboard.press('Enter');
    });
    for (const p of Object.values(pages)) {
      await p.getByTestId('meeting-announcer').filter({ hasText: 'Beslut i paragraf 1: bifall' }).waitFor();
      await expect(p.getByTestId('meeting-announcer').getAttribute('aria-live')).resolves.toBe('polite');
      await p.getByTestId('outcome').filter({ hasText: 'ja 2, nej 2, avstod 0' }).waitFor();
      await p.getByTestId('outcome').filter({ hasText: 'Ordförandens utslagsröst: ja.' }).waitFor();
    }
    await pages.wall!.getByText(`${SEAT_NAMES.fk}: nej`).waitFor();
  });

  it('the member who lost enters a reservation, and the presiding member closes the item', async () => {
    const fk = pages.fk!;
    await act(fk, async () => {
      await fk.getByLabel('Motivering till reservationen (kan lämnas senare)').fill('Jag anser att budgeten är för hög.');
      await fk.getByRole('button', { name: 'Anmäl reservation' }).click();
    });
    await pages.wall!.getByText(`Reservationer: ${SEAT_NAMES.fk}`).waitFor();
    const chair = pages.chair!;
    await act(chair, async () => {
      await tabTo(chair, chair.getByRole('button', { name: 'Avsluta § 1' }));
      await chair.keyboard.press('Enter');
    });
  });

  it('§ 2 is decided by acclamation; a member has a statement entered in the minutes and the presiding member attests § 2 at once', async () => {
    const chair = pages.chair!;
    await act(chair, async () => {
      await tabTo(chair, chair.getByRole('button', { name: 'Ta upp § 2' }));
      await chair.keyboard.press('Enter');
    });
    await pages.wall!.getByRole('heading', { name: '§ 2 Arbetsträning 2', level: 3 }).waitFor();
    // The member jävig in § 1 serves again in § 2.
    await expect(pages.wall!.getByTestId('quorum').textContent()).resolves.toContain('5 av 5 ledamotsplatser deltar');
    await act(chair, async () => {
      await tabTo(chair, chair.getByRole('button', { name: 'Ställ proposition' }));
      await chair.keyboard.press('Enter');
    });
    await act(chair, async () => {
      await tabTo(chair, chair.getByRole('radio', { name: 'bifall', exact: true }));
      await chair.keyboard.press('Space');
      await tabTo(chair, chair.getByRole('button', { name: 'Fastställ beslutet' }));
      await chair.keyboard.press('Enter');
    });
    for (const p of Object.values(pages)) {
      await p.getByTestId('meeting-announcer').filter({ hasText: 'Beslut i paragraf 2: bifall' }).waitFor();
      await p.getByTestId('outcome').filter({ hasText: 'Beslutet fattades med acklamation.' }).waitFor();
    }
    await expect(pages.wall!.getByTestId('votes-count').count()).resolves.toBe(0);
    const af = pages['sub-af']!;
    await act(af, async () => {
      await af.getByLabel('Protokollsanteckning').fill('Arbetsförmedlingen följer insatsen i sin egen uppföljning.');
      await af.getByRole('button', { name: 'Lämna protokollsanteckningen' }).click();
    });
    await pages
      .wall!.getByTestId('protocol-notes')
      .filter({ hasText: `${SEAT_NAMES['sub-af']}: Arbetsförmedlingen följer` })
      .waitFor();
    await act(chair, async () => {
      await tabTo(chair, chair.getByRole('button', { name: 'Justera § 2 omedelbart' }));
      await chair.keyboard.press('Enter');
    });
    for (const p of Object.values(pages)) {
      await p
        .getByTestId('attested-immediately')
        .filter({ hasText: /^§ 2 justerades omedelbart .+ Kontrollsumma: [0-9a-f]{64}$/ })
        .waitFor();
    }
    await act(chair, async () => {
      await tabTo(chair, chair.getByRole('button', { name: 'Avsluta § 2' }));
      await chair.keyboard.press('Enter');
    });
  });

  it('the presiding member closes the meeting', async () => {
    const chair = pages.chair!;
    await act(chair, async () => {
      await tabTo(chair, chair.getByRole('button', { name: 'Avsluta sammanträdet' }));
      await chair.keyboard.press('Enter');
    });
    for (const p of Object.values(pages)) await p.getByText('Avslutat, protokollet ska justeras').waitFor();
    expect(delays.length).toBe(20 * 6);
  });

  it('the chair (with the keyboard alone) and the adjuster attest the minutes in the browser, seeing the exact text and hash', async () => {
    const minutes = (await board.api.get(board.tok.chair!, `/api/meetings/${meetingId}/minutes`)).body as { text: string; sha256: string };
    const chair = pages.chair!;
    await chair.getByRole('link', { name: 'Protokollet och justeringen' }).click();
    await chair.getByRole('heading', { level: 1, name: 'Justering: Styrelsemöte 2026-12-10' }).waitFor();
    await expect(chair.getByTestId('minutes-text').textContent()).resolves.toBe(minutes.text);
    await expect(chair.getByTestId('minutes-hash').textContent()).resolves.toBe(minutes.sha256);
    for (const language of ['sv', 'en'] as const) {
      if (language === 'en') {
        await chair.getByRole('button', { name: 'English' }).click();
        await chair.getByRole('heading', { level: 1, name: 'Attestation: Styrelsemöte 2026-12-10' }).waitFor();
      }
      for (const width of [1280, 320]) {
        await chair.setViewportSize({ width, height: 900 });
        const violations = await axeViolations(chair);
        axeRows.push({ route: '/meetings/:meetingId/minutes', role: 'chair (signatory)', language, width, violations });
        expect(violations).toEqual([]);
      }
    }
    await chair.setViewportSize({ width: 1280, height: 900 });
    await chair.getByRole('button', { name: 'Svenska' }).click();
    await tabTo(chair, chair.getByRole('checkbox', { name: new RegExp(`kontrollsumman som börjar ${minutes.sha256.slice(0, 12)}$`) }));
    await chair.keyboard.press('Space');
    await tabTo(chair, chair.getByRole('button', { name: 'Justera', exact: true }));
    await chair.keyboard.press('Enter');
    await chair.getByTestId('attested-by-me').waitFor();
    await chair
      .getByTestId('signatures')
      .filter({ hasText: `Ordförande: ${SEAT_NAMES.chair} justerade` })
      .waitFor();

    const region = pages.region!;
    await region.goto(`${base}/meetings/${meetingId}/minutes`);
    await expect(region.getByTestId('minutes-hash').textContent()).resolves.toBe(minutes.sha256);
    await region.getByRole('checkbox', { name: /^Jag har läst protokollet/ }).check();
    await region.getByRole('button', { name: 'Justera', exact: true }).click();
    await region.getByTestId('attested').waitFor();
    const signed = (await board.api.get(board.tok.chair!, `/api/meetings/${meetingId}/minutes`)).body as {
      attested: boolean;
      signatures: Array<{ as: string; minutesSha256: string }>;
    };
    expect(signed.attested).toBe(true);
    expect(signed.signatures.map((s) => [s.as, s.minutesSha256])).toEqual([
      ['chair', minutes.sha256],
      ['adjuster', minutes.sha256],
    ]);
    // A member who does not sign reads the minutes but is offered no attestation step.
    const fk = pages.fk!;
    await fk.goto(`${base}/meetings/${meetingId}/minutes`);
    await fk.getByTestId('minutes-hash').waitFor();
    await expect(fk.getByRole('button', { name: 'Justera', exact: true }).count()).resolves.toBe(0);
  });

  it('the secretary posts the attested minutes on the notice board from the browser', async () => {
    const wall = pages.wall!;
    await wall.goto(`${base}/meetings/${meetingId}/minutes`);
    await wall.getByRole('button', { name: 'Anslå på anslagstavlan' }).click();
    await wall.getByTestId('notice-posted').waitFor();
  });

  it('once the minutes are attested and posted, anyone sees them on the public notice board without signing in', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
    contexts.push(context);
    const visitor = await context.newPage();
    await visitor.goto(`${base}/anslagstavla/${TENANT}`);
    await visitor.getByRole('heading', { level: 1, name: /^Anslagstavla – / }).waitFor();
    await visitor.getByRole('heading', { level: 2, name: 'Protokoll, Styrelsemöte 2026-12-10' }).waitFor();
    await expect(visitor.getByTestId('legal-force-1').textContent()).resolves.toMatch(
      /^Överklagandetiden löper till \d+ \S+ 20\d\d; laga kraft \d+ \S+ 20\d\d om inget överklagande kommer in$/,
    );
    for (const language of ['sv', 'en'] as const) {
      if (language === 'en') {
        await visitor.getByRole('button', { name: 'English' }).click();
        await visitor.getByRole('heading', { level: 1, name: /^Notice board – / }).waitFor();
      }
      for (const width of [1280, 320]) {
        await visitor.setViewportSize({ width, height: 900 });
        const violations = await axeViolations(visitor);
        axeRows.push({ route: '/anslagstavla/:tenant', role: 'anyone (no sign-in)', language, width, violations });
        expect(violations).toEqual([]);
      }
    }
  });
});
