/// <reference lib="dom" />
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { TestApp } from '../../support/test-app.js';
import { browserSuite, closeAll, newContext, startOnDemoStore } from '../browser.js';
import { activate, axe, focusIsVisible, reportAxe, screenshot, signInAs, tabTo, typeInto } from '../helpers.js';

const suite = browserSuite('the inbox browser tests');
jest.setTimeout(120_000);

const CASE_OFFICER = 'Sara Nyström';
const CASE_OFFICER_ID = 'demo-handlaggare-2023';
const CHAIR = 'Maria Hedlund';
const REGION_TITLE = 'Arbetsträning på Returen för personer med psykisk funktionsnedsättning';
const FK_TITLE = 'Handledare på Returen för personer efter långtidssjukskrivning';
const INSPIRATION_TITLE = 'Inspirationsdag om arbetsintegrerande sociala företag';
const RETUREN = 'Returen Second hand ideell förening';
const CRITERIA = [
  'Näringsverksamhet med syfte att integrera i arbetslivet',
  'Medarbetarnas delaktighet',
  'Vinsten återinvesteras',
  'Fristående från offentlig verksamhet',
];

/**
 * The director's inbox and case page in a real browser, on the demo förbund with the domain clock
 * moved to the day a funded initiative's first follow-up is due: the case officer sees the case
 * that ran late (taken 2026-11-04, 14 days) and the follow-up due, each row leading to its case;
 * and assesses the provider's four ASF criteria on the case page, with the API's 400 and 422 in
 * Swedish, by mouse and by keyboard alone. axe (WCAG 2.1 A/AA) on the changed routes.
 */
suite('The inbox and the case page’s ASF checklist, in a real browser', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  const contexts: BrowserContext[] = [];
  const ids: Record<string, string> = {};
  let dueDate = '';

  beforeAll(async () => {
    ({ t, base, browser } = await startOnDemoStore());

    const token = await t.token(['director'], { userId: CASE_OFFICER_ID, name: CASE_OFFICER });
    const cases = (await t.http.get('/api/applications?year=2026&limit=500').auth(token, { type: 'bearer' })).body as {
      items: Array<{ applicationId: string; title: string }>;
    };
    const idOf = (title: string) => cases.items.find((c) => c.title === title)!.applicationId;
    ids.region = idOf(REGION_TITLE);
    ids.fk = idOf(FK_TITLE);
    ids.inspiration = idOf(INSPIRATION_TITLE);
    const initiative = (await t.http.get(`/api/initiatives/${ids.inspiration}`).auth(token, { type: 'bearer' })).body as {
      nextDueDate: string;
    };
    dueDate = initiative.nextDueDate;
    // The domain clock on the due day, mid-morning Swedish time: the report is "due today".
    t.clock.set(`${dueDate}T09:00:00.000Z`);
  });

  afterAll(async () => {
    await closeAll(contexts, browser, t);
    reportAxe({ file: 'axe-report-inbox.json' });
  });

  const newPage = async (options: { language?: 'sv' | 'en'; width?: number } = {}): Promise<Page> =>
    (await newContext(browser, contexts, options)).newPage();

  const signIn = (page: Page, name: string, path = '/') => signInAs(page, base, name, path);

  const checklistForm = (page: Page) => page.getByRole('form', { name: `Bedöm kriterierna för ${RETUREN}` });

  it('the case officer’s inbox shows the case running late and the follow-up due, each leading to its case', async () => {
    const page = await newPage();
    await signIn(page, CASE_OFFICER);
    await page.getByRole('heading', { level: 1, name: 'Inkorg' }).waitFor();
    await expect(page.getByTestId('who').textContent()).resolves.toMatch(/Förbund: Samordningsförbundet Exempel \(demo\) · Roll: /);

    const late = page.getByRole('region', { name: /^Ärenden som drar ut på tiden/ });
    const lateLink = late.getByRole('link', {
      name: new RegExp(`^Beredningen drar ut på tiden: 2026/\\d{4} ${REGION_TITLE} \\(påbörjad 2026-11-04\\)$`),
    });
    await lateLink.waitFor();
    await late.getByText(/försenat sedan 18 nov\. 2026/).waitFor();

    const followUps = page.getByRole('region', { name: /^Uppföljningar att lämna eller granska/ });
    const dueLink = followUps.getByRole('link', { name: new RegExp(`ska lämnas i dag: 2026/\\d{4} ${INSPIRATION_TITLE}$`) });
    await dueLink.waitFor();
    await followUps.getByText('Nu', { exact: true }).waitFor();
    await screenshot(page, 'inbox-deadlines');
    expect(await axe(page, { route: '/inbox (late, follow-up due)', role: 'director', language: 'sv' })).toEqual([]);

    await dueLink.click();
    await page.waitForURL(`${base}/cases/${ids.inspiration}#uppfoljning`);
    const followUpHeading = page.getByRole('heading', { level: 2, name: 'Uppföljning' });
    await followUpHeading.waitFor();
    // The deep link's section is brought into view and has the focus.
    await page.waitForFunction(() => document.activeElement?.id === 'uppfoljning-heading');
    await page.getByRole('cell', { name: 'Ska lämnas' }).first().waitFor();
    expect(await axe(page, { route: '/cases/:id#uppfoljning', role: 'director', language: 'sv' })).toEqual([]);

    await page.goBack();
    await lateLink.click();
    await page.waitForURL(`${base}/cases/${ids.region}`);
    await page.getByRole('heading', { level: 1, name: new RegExp(REGION_TITLE) }).waitFor();
    await expect(page.getByTestId('who').textContent()).resolves.toMatch(/Roll: /);

    // The policy-review mails of before linked to /policies: that deep link still lands on the policy.
    await page.goto(`${base}/policies`);
    await page.waitForURL(`${base}/policy`);
    await page.getByRole('heading', { level: 1, name: 'Policyn som gäller i dag' }).waitFor();
  });

  it('the case officer assesses the ASF criteria on the case page: the 400 at the field, the 422 in Swedish, then saved', async () => {
    const page = await newPage();
    await signIn(page, CASE_OFFICER, `/cases/${ids.region}`);
    const form = checklistForm(page);
    await form.waitFor();
    // The form starts from the latest assessment: the demo's director found all four criteria met.
    for (const legend of CRITERIA) {
      await expect(form.getByRole('group', { name: legend }).getByLabel('Uppfyllt', { exact: true }).isChecked()).resolves.toBe(true);
    }
    await form
      .getByRole('group', { name: 'Medarbetarnas delaktighet' })
      .getByLabel('Vad du såg (till exempel stadgar § 3)')
      .fill('Avtal om delaktighet, 2026');
    await form.getByLabel('Källa').fill('Stadgar och årsredovisning 2025');
    await form.getByRole('button', { name: 'Spara bedömningen' }).click();
    // No date: a 400 naming the field, shown in the summary and at the field.
    const summaryLink = form.getByRole('link', { name: 'Bedömningsdatum: Ange ett datum som ÅÅÅÅ-MM-DD.' });
    await summaryLink.waitFor();
    expect(await axe(page, { route: '/cases/:id (checklist, 400 shown)', role: 'director', language: 'sv' })).toEqual([]);

    // A date after today: the API's rule (422), in Swedish.
    await form.getByLabel('Bedömningsdatum').fill('2099-01-15');
    await form.getByRole('button', { name: 'Spara bedömningen' }).click();
    const alert = form.getByRole('alert');
    await alert.getByText('Bedömningsdatumet kan inte vara senare än i dag.').waitFor();
    await screenshot(page, 'case-checklist-422');
    expect(await axe(page, { route: '/cases/:id (checklist, 422 shown)', role: 'director', language: 'sv' })).toEqual([]);

    await form.getByLabel('Bedömningsdatum').fill('2026-11-20');
    await form.getByRole('button', { name: 'Spara bedömningen' }).click();
    await page.getByRole('status').getByText(`Bedömningen av ${RETUREN} är sparad.`).waitFor();
    await page.getByText(new RegExp(`${RETUREN} bedömdes senast 20 nov\\. 2026 enligt .*Källa: Stadgar och årsredovisning 2025`)).waitFor();
    await page.getByText('Uppfyllt · Avtal om delaktighet, 2026').waitFor();
    await screenshot(page, 'case-checklist');

    // The same fact is the register's: /registers shows the assessment.
    await page.getByRole('link', { name: 'Register', exact: true }).click();
    await page
      .getByRole('row', { name: new RegExp(RETUREN) })
      .getByText(/Källa: Stadgar och årsredovisning 2025/)
      .waitFor();
  });

  it('the same with the keyboard alone, with the focus visible at every stop', async () => {
    const page = await newPage();
    await page.goto(`${base}/cases/${ids.fk}`);
    await activate(page, page.getByRole('button', { name: `Logga in som ${CASE_OFFICER}` }));
    const form = checklistForm(page);
    await form.waitFor();
    // Change one answer with the arrow keys: from "Uppfyllt" to "Inte uppfyllt".
    await tabTo(page, form.getByRole('group', { name: 'Vinsten återinvesteras' }).getByLabel('Uppfyllt', { exact: true }));
    await page.keyboard.press('ArrowDown');
    await expect(
      form.getByRole('group', { name: 'Vinsten återinvesteras' }).getByLabel('Inte uppfyllt', { exact: true }).isChecked(),
    ).resolves.toBe(true);
    await typeInto(
      page,
      form.getByRole('group', { name: 'Vinsten återinvesteras' }).getByLabel('Vad du såg (till exempel stadgar § 3)'),
      ' Vinst delas ut till ägarna 2026.',
    );
    await typeInto(page, form.getByLabel('Bedömningsdatum'), '2099-01-15');
    await typeInto(page, form.getByLabel('Källa'), 'Årsredovisning 2026');
    await activate(page, form.getByRole('button', { name: 'Spara bedömningen' }));
    await form.getByRole('alert').getByText('Bedömningsdatumet kan inte vara senare än i dag.').waitFor();
    // Back from the button to the date (Shift+Tab), correct it, and forward to the button again.
    await tabTo(page, form.getByLabel('Bedömningsdatum'), { backwards: true });
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2026-11-21');
    await activate(page, form.getByRole('button', { name: 'Spara bedömningen' }));
    await page.getByRole('status').getByText(`Bedömningen av ${RETUREN} är sparad.`).waitFor();
    await page.getByText('Inte uppfyllt ·', { exact: false }).first().waitFor();
    expect(await focusIsVisible(page)).toBe(true);
  });

  it('what the director typed in the checklist survives an expired session', async () => {
    const page = await newPage();
    const start = Date.now();
    await page.clock.install({ time: start });
    await signIn(page, CASE_OFFICER, `/cases/${ids.region}`);
    const form = checklistForm(page);
    await form.getByLabel('Källa').fill('Påbörjad kontroll');
    await page.clock.fastForward('09:00:00'); // the demo token lives eight hours
    await page.getByText('Din session har gått ut.').waitFor();
    await page.clock.setSystemTime(start);
    await page.getByRole('button', { name: `Logga in som ${CASE_OFFICER}` }).click();
    await checklistForm(page).waitFor();
    await expect(checklistForm(page).getByLabel('Källa').inputValue()).resolves.toBe('Påbörjad kontroll');
  });

  describe('axe finds no WCAG 2.1 A/AA violations on the changed routes', () => {
    it.each([
      ['sv', 1280],
      ['sv', 320],
      ['en', 1280],
      ['en', 320],
    ] as const)(
      'in %s at %i px',
      async (language, width) => {
        const failures: string[] = [];
        const routes = [
          { role: 'director', user: CASE_OFFICER, paths: ['/inbox', `/cases/${ids.region}`, `/cases/${ids.inspiration}#uppfoljning`] },
          { role: 'chair', user: CHAIR, paths: [`/cases/${ids.region}`] },
        ];
        for (const { role, user, paths } of routes) {
          const page = await newPage({ language, width });
          await signIn(page, user);
          for (const path of paths) {
            await page.goto(`${base}${path}`);
            await page.locator('h1').first().waitFor();
            await page.waitForLoadState('networkidle');
            const violations = await axe(page, { route: path, role, language });
            if (violations.length) failures.push(`${path} [${role}, ${language}, ${width}px]: ${violations.join('; ')}`);
            if (language === 'en' && width === 320 && path === '/inbox') await screenshot(page, 'inbox-deadlines-en-320');
          }
          await page.context().close();
        }
        expect(failures).toEqual([]);
      },
      300_000,
    );
  });
});
