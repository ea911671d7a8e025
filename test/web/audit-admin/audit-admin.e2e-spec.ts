/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { boardWithMeeting, closingSteps, itemSteps, openingSteps, SEAT_NAMES } from '../../support/live-meeting-fixtures.js';
import { member } from '../../support/workflow-fixtures.js';
import { browserSuite, closeAll, launchBrowser, listenLocally, newContext, WEB_DIST } from '../browser.js';
import { activate, axe, axeResults, reportAxe, tabTo, typeInto } from '../helpers.js';
import { signInWithToken } from '../meeting-room/meeting-room-helpers.js';

const suite = browserSuite("the auditor's and administrator's browser tests");
jest.setTimeout(180_000);

const TENANT = 'gransk';

suite("The auditor's and the administrator's screens, in the browser", () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let board: Awaited<ReturnType<typeof boardWithMeeting>>;
  let applicationId: string;
  let caseNumber: string;
  const contexts: BrowserContext[] = [];

  /** A signed-in page at 1280 px, in Swedish, with downloads accepted. */
  async function pageFor(token: string): Promise<Page> {
    const context = await newContext(browser, contexts, { acceptDownloads: true });
    await signInWithToken(context, token);
    return context.newPage();
  }

  /** axe on the page as it is, in Swedish and English, at 1280 and 320 px; back to Swedish at 1280 after. */
  async function checkAxe(page: Page, route: string, role: string, heading: { sv: RegExp; en: RegExp }) {
    for (const language of ['sv', 'en'] as const) {
      if (language === 'en') {
        await page.getByRole('button', { name: 'English' }).click();
        await page.getByRole('heading', { level: 1, name: heading.en }).waitFor();
      }
      for (const width of [1280, 320]) {
        await page.setViewportSize({ width, height: 900 });
        expect(await axe(page, { route, role, language })).toEqual([]);
      }
      await page.setViewportSize({ width: 1280, height: 900 });
    }
    await page.getByRole('button', { name: 'Svenska' }).click();
    await page.getByRole('heading', { level: 1, name: heading.sv }).waitFor();
  }

  beforeAll(async () => {
    t = await startTestApp({ now: '2026-11-25T09:00:00.000Z', env: { SEED_DEMO: 'false', WEB_DIST } });
    base = await listenLocally(t);
    board = await boardWithMeeting(t, TENANT, 1);
    applicationId = board.applicationIds[0]!;
    caseNumber = (await board.api.get(board.tok.director!, `/api/applications/${applicationId}`)).body.caseNumber as string;
    // The meeting on 10 December: the kommun member is jävig, the others vote; attested the same day.
    t.clock.set('2026-12-10T13:00:00.000Z');
    for (const step of [
      ...openingSteps(board.meetingId, board.person),
      ...itemSteps(board.meetingId, 1, board.person, 'kommun'),
      ...closingSteps(board.meetingId),
    ])
      await board.api.post(board.tok[step.who]!, step.path, step.body ?? {});
    t.clock.set('2026-12-14T09:00:00.000Z');
    await t.settle();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await closeAll(contexts, browser, t);
    const rows = axeResults.filter(
      (r) => r.route.startsWith('/cases/') || r.route.startsWith('/audit') || r.route.startsWith('/administration'),
    );
    reportAxe({ rows, file: 'axe-audit-admin.json', heading: 'axe (WCAG 2.1 A/AA), auditor and administrator screens' });
  });

  it("the auditor opens the case's timeline as of the day before the meeting and as of today, with the keyboard, and sees the difference", async () => {
    const auditor = await t.token(['auditor'], { tenant: TENANT, userId: `${TENANT}-rita`, name: 'Rita Revisor' });
    const page = await pageFor(auditor);
    // From the case page, as anyone who may read the case gets there.
    await page.goto(`${base}/cases/${applicationId}`);
    await activate(page, page.getByRole('link', { name: /^Ärendets tidslinje/ }));
    const heading = page.getByRole('heading', { level: 1, name: `Tidslinje för ${caseNumber}` });
    await heading.waitFor();
    const timeline = page.getByTestId('timeline');
    await expect(timeline.textContent()).resolves.toContain('Beslut efter votering: bifall');

    await typeInto(page, page.getByLabel('Datum', { exact: true }), '2026-12-09');
    await activate(page, page.getByRole('button', { name: 'Visa', exact: true }));
    await page.getByText(/Ärendet som det stod den 9 dec\. 2026/).waitFor();
    const before = (await timeline.textContent()) ?? '';
    expect(before).toContain('Förslag till beslut');
    expect(before).not.toContain('Beslut efter votering');
    expect(before).not.toContain('anmäler jäv');
    await expect(page.getByTestId('votes').count()).resolves.toBe(0);
    await checkAxe(page, '/cases/:applicationId/timeline?asOf', 'auditor', { sv: /^Tidslinje för/, en: /^Timeline of/ });

    await activate(page, page.getByRole('button', { name: 'Visa i dag' }));
    await page.getByText(/^Ärendet i dag:/).waitFor();
    const today = (await timeline.textContent()) ?? '';
    expect(today).toContain('Beslut efter votering: bifall');
    await expect(page.getByTestId('decision-policy').first().textContent()).resolves.toMatch(/version \d+/);
    await expect(page.getByTestId('recusals').first().textContent()).resolves.toContain(SEAT_NAMES.kommun);
    const votes = (await page.getByTestId('votes').first().textContent()) ?? '';
    for (const seat of ['chair', 'region', 'fk', 'sub-af']) expect(votes).toContain(SEAT_NAMES[seat]);
    await expect(page.getByTestId('board-that-day').first().textContent()).resolves.toContain(SEAT_NAMES.af);
    await checkAxe(page, '/cases/:applicationId/timeline', 'auditor', { sv: /^Tidslinje för/, en: /^Timeline of/ });

    // A date the API cannot read: its 400 names the field, and the summary links to it.
    await typeInto(page, page.getByLabel('Datum', { exact: true }), 'igår', { clear: true });
    await activate(page, page.getByRole('button', { name: 'Visa', exact: true }));
    const summary = page.getByRole('link', { name: /^Datum:/ });
    await summary.waitFor();

    // The minutes as CSV, downloaded from the timeline.
    await activate(page, page.getByRole('button', { name: 'Visa i dag' }));
    await page.getByText(/^Ärendet i dag:/).waitFor();
    const download = page.waitForEvent('download');
    await activate(page, page.getByRole('button', { name: /^Protokollet .* \(CSV\)$/ }));
    const file = await download;
    expect(file.suggestedFilename()).toBe('protokoll-2026-12-10.csv');
    const csv = readFileSync((await file.path())!, 'utf8');
    expect(csv.startsWith('\uFEFFSammanträde;Datum;Paragraf')).toBe(true);
    expect(csv).toContain(`Jäv;${board.person('kommun')};${SEAT_NAMES.kommun}`);
  });

  it('the auditor checks the verification status, downloads the audit log, and finds the decisions taken under the policy version', async () => {
    const auditor = await t.token(['auditor'], { tenant: TENANT, userId: `${TENANT}-rita`, name: 'Rita Revisor' });
    const page = await pageFor(auditor);
    await page.goto(`${base}/`);
    await activate(page, page.getByRole('link', { name: 'Granskning' }));
    await page.getByRole('heading', { level: 1, name: 'Granskning av händelseloggen' }).waitFor();
    await expect(page.getByTestId('verification-result').textContent()).resolves.toBe('Loggen är obruten.');
    await expect(page.getByTestId('first-break').count()).resolves.toBe(0);
    await activate(page, page.getByRole('button', { name: 'Verifiera igen' }));
    await expect(page.getByTestId('verification-result').textContent()).resolves.toBe('Loggen är obruten.');
    await checkAxe(page, '/audit', 'auditor', { sv: /^Granskning av/, en: /^Audit of/ });

    const csvDownload = page.waitForEvent('download');
    await activate(page, page.getByRole('button', { name: 'Granskningsloggen (CSV)' }));
    const csv = await csvDownload;
    expect(csv.suggestedFilename()).toBe(`granskningslogg-${TENANT}.csv`);
    expect(readFileSync((await csv.path())!, 'utf8')).toMatch(/^\uFEFFPosition;Datum;/);
    const pdfDownload = page.waitForEvent('download');
    await activate(page, page.getByRole('button', { name: 'Granskningsloggen (PDF)' }));
    const pdf = await pdfDownload;
    expect(pdf.suggestedFilename()).toBe(`granskningslogg-${TENANT}.pdf`);
    expect(
      readFileSync((await pdf.path())!)
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');

    await typeInto(page, page.getByLabel('Från och med'), 'igår');
    await activate(page, page.getByRole('button', { name: 'Granskningsloggen (PDF)' }));
    await page.getByRole('link', { name: /^Från och med:/ }).waitFor();

    await activate(page, page.getByRole('link', { name: 'Beslut per riktlinjeversion' }));
    await page.getByRole('heading', { level: 1, name: 'Beslut fattade enligt en version av riktlinjen' }).waitFor();
    const { body } = await board.api.get(auditor, `/api/applications/${applicationId}/timeline`);
    const decided = (body.entries as Array<{ decision?: { policy: { revision: number } | null } }>).find((e) => e.decision?.policy);
    const revision = decided!.decision!.policy!.revision;
    await tabTo(page, page.getByLabel('Version', { exact: true }));
    await page.getByLabel('Version', { exact: true }).selectOption(String(revision));
    await activate(page, page.getByRole('button', { name: 'Visa beslut' }));
    await expect(page.getByTestId('decisions').textContent()).resolves.toContain(caseNumber);
    await checkAxe(page, '/audit/decisions', 'auditor', { sv: /^Beslut fattade/, en: /^Decisions taken/ });
    await activate(page, page.getByRole('link', { name: `Tidslinjen för ${caseNumber}` }));
    await page.getByRole('heading', { level: 1, name: `Tidslinje för ${caseNumber}` }).waitFor();
  });

  it('the administrator appoints a vice chair; a wrong date and a broken rule come back from the API in Swedish', async () => {
    const page = await pageFor(board.tok.admin!);
    await page.goto(`${base}/`);
    await activate(page, page.getByRole('link', { name: 'Styrelsen' }));
    await page.getByRole('heading', { level: 1, name: 'Styrelsens sammansättning' }).waitFor();
    await expect(page.getByTestId('appointments').textContent()).resolves.toContain(SEAT_NAMES.chair);
    await checkAxe(page, '/administration/board', 'admin', { sv: /^Styrelsens/, en: /^The board/ });

    const form = page.getByRole('form', { name: 'Förordna', exact: true });
    await typeInto(page, form.getByLabel('Personens användar-id'), `${TENANT}-vera`);
    await tabTo(page, form.getByLabel('Uppdrag', { exact: true }));
    await form.getByLabel('Uppdrag', { exact: true }).selectOption('chair');
    await tabTo(page, form.getByLabel('Medlem som utser'));
    await form.getByLabel('Medlem som utser').selectOption({ label: `${member('region').name} (${member('region').organisationNumber})` });
    await typeInto(page, form.getByLabel('Mandatperiodens första dag'), 'snart');
    await typeInto(page, form.getByLabel('Mandatperiodens sista dag'), '2027-12-31');
    await activate(page, form.getByRole('button', { name: 'Förordna' }));
    await form.getByRole('link', { name: /^Mandatperiodens första dag:/ }).waitFor();

    // The board already has a chair: the API's rule, in its Swedish words.
    await typeInto(page, form.getByLabel('Mandatperiodens första dag'), '2027-01-01', { clear: true });
    await activate(page, form.getByRole('button', { name: 'Förordna' }));
    await form.getByText('Styrelsen har redan en ordförande under mandatperioden.').waitFor();

    await tabTo(page, form.getByLabel('Uppdrag', { exact: true }), { backwards: true });
    await form.getByLabel('Uppdrag', { exact: true }).selectOption('vice_chair');
    await activate(page, form.getByRole('button', { name: 'Förordna' }));
    await form.getByText(`${TENANT}-vera är förordnad.`).waitFor();
    await expect(page.getByTestId('appointments').textContent()).resolves.toContain('Vice ordförande');
  });

  it('the administrator drafts a revision of the policy, sees its diff against the version in force, and records its adoption', async () => {
    const page = await pageFor(board.tok.admin!);
    await page.goto(`${base}/`);
    await activate(page, page.getByRole('link', { name: 'Riktlinjer (admin)' }));
    await page.getByRole('heading', { level: 1, name: 'Administrera riktlinjen' }).waitFor();
    const inForce = (await page.getByTestId('policy-in-force').textContent()) ?? '';
    const current = Number(/version (\d+)/.exec(inForce)?.[1]);
    expect(current).toBeGreaterThan(0);
    await checkAxe(page, '/administration/policy', 'admin', { sv: /^Administrera/, en: /^Administer/ });

    const draft = page.getByRole('form', { name: 'Skriv ett utkast till ny version' });
    await typeInto(page, draft.getByLabel('Rubrik'), 'Riktlinje för ASF, reviderad', { clear: true });
    await tabTo(page, draft.getByLabel('Text', { exact: true }));
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\n\nEtt nytt stycke om uppföljning.');
    await activate(page, draft.getByRole('button', { name: 'Spara utkastet' }));
    await draft.getByText('Utkastet är sparat.').waitFor();
    const card = page.getByRole('heading', { level: 3, name: /^Utkast: version \d+, Riktlinje för ASF, reviderad$/ });
    await card.waitFor();
    const revision = Number(/version (\d+)/.exec((await card.textContent()) ?? '')?.[1]);
    const diff = page.getByTestId(`draft-${revision}`).getByTestId('policy-diff');
    await expect(diff.textContent()).resolves.toContain(`Skillnader mot version ${current} (i kraft)`);
    await expect(diff.textContent()).resolves.toMatch(/Texten: \d+ rader tillagda/);
    await checkAxe(page, '/administration/policy (with a draft)', 'admin', { sv: /^Administrera/, en: /^Administer/ });

    const adopt = page.getByRole('form', { name: `Fastställ version ${revision}` });
    await typeInto(page, adopt.getByLabel('Beslutsdag'), 'i dag');
    await typeInto(page, adopt.getByLabel('Gäller från'), '2027-01-01');
    await typeInto(page, adopt.getByLabel('Sammanträde'), 'Styrelsemöte 2026-12-10');
    await activate(page, adopt.getByRole('button', { name: 'Registrera fastställelsen' }));
    await adopt.getByRole('link', { name: /^Beslutsdag:/ }).waitFor();
    await typeInto(page, adopt.getByLabel('Beslutsdag'), '2026-12-10', { clear: true });
    await activate(page, adopt.getByRole('button', { name: 'Registrera fastställelsen' }));
    await page
      .getByRole('status')
      .filter({ hasText: `Version ${revision} är fastställd.` })
      .waitFor();
    await expect(page.getByRole('heading', { level: 3, name: /^Utkast: version/ }).count()).resolves.toBe(0);
    const row = page.getByTestId('policy-versions').getByRole('row').filter({ hasText: 'Riktlinje för ASF, reviderad' });
    await row.getByText('Fastställd').waitFor();
    await expect(row.textContent()).resolves.toContain('2027-01-01');
  });

  it("the administrator sees the förbund's reminders, reconciles them, and is told the dashboard is the operator's", async () => {
    const page = await pageFor(board.tok.admin!);
    await page.goto(`${base}/`);
    await activate(page, page.getByRole('link', { name: 'Påminnelser' }));
    await page.getByRole('heading', { level: 1, name: 'Påminnelser' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Schemalagda' }).waitFor();
    await expect(page.getByTestId('dashboard-operator-only').textContent()).resolves.toContain('driftansvarig');
    await expect(page.getByRole('link', { name: 'Öppna köns instrumentpanel' }).count()).resolves.toBe(0);
    await activate(page, page.getByRole('button', { name: 'Stäm av kön mot loggen' }));
    await page.getByText(/^Avstämt: \d+ väntande/).waitFor();
    await checkAxe(page, '/administration/reminders', 'admin', { sv: /^Påminnelser$/, en: /^Reminders$/ });

    const operator = await pageFor(await t.token(['operator', 'admin'], { tenant: TENANT, userId: `${TENANT}-ops` }));
    await operator.goto(`${base}/administration/reminders`);
    await operator
      .getByRole('link', { name: 'Öppna köns instrumentpanel' })
      .waitFor({ timeout: 10_000 })
      .catch(async (error: Error) => {
        throw new Error(`${error.message}; the page says: ${await operator.locator('body').textContent()}`);
      });
  });
});
