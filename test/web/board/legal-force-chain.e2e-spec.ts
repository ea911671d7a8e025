/// <reference lib="dom" />
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { TestApp } from '../../support/test-app.js';
import { browserSuite, closeAll, newContext, startOnDemoStore } from '../browser.js';
import { axe, fillApplication, LAST_QUESTION, reportAxe, signInAs } from '../helpers.js';

const suite = browserSuite('the application-to-laga-kraft browser test');
jest.setTimeout(300_000);

/** The demo förbund's people, as the demo sign-in lists them. */
const APPLICANT = 'Elin Sjöberg';
const CASE_OFFICER = 'Sara Nyström';
const DIRECTOR = 'Johan Bergström';
const CHAIR = 'Maria Hedlund';
const ADJUSTER = 'Linnea Strand';
const MEMBERS = [CHAIR, 'Erik Norberg', ADJUSTER, 'Jonas Berglund', 'Camilla Sandberg'];
const LABEL = 'Styrelsemöte 2026-12-10';
const TITLE = 'Arbetsträning hela kedjan (webb)';

suite('From application to a decision that has gained legal force, in the browser, with the demo users', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let caseId: string;
  let meetingId: string;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    ({ t, base, browser } = await startOnDemoStore());
  });

  afterAll(async () => {
    await closeAll(contexts, browser, t);
    reportAxe();
  });

  /** A fresh browser for one person, signed in through the demo sign-in, on `path`. */
  async function as(name: string, path: string): Promise<Page> {
    const page = await (await newContext(browser, contexts)).newPage();
    await signInAs(page, base, name, path);
    return page;
  }

  it('the applicant applies', async () => {
    const page = await as(APPLICANT, '/applications/new');
    await fillApplication(page, TITLE);
    await page.getByRole('group', { name: LAST_QUESTION }).getByLabel('Nej').check();
    await page.getByRole('button', { name: 'Skicka in ansökan' }).click();
    await page.getByText(/Ansökan är inskickad och har diarienummer 2026\/\d{4}/).waitFor();
    caseId = page.url().split('/cases/')[1]!.split('?')[0]!;
  });

  it('the case officer prepares the case and recommends approval', async () => {
    const page = await as(CASE_OFFICER, `/cases/${caseId}`);
    await page.getByRole('button', { name: 'Ta ärendet för beredning' }).click();
    await page
      .getByLabel('Motivering', { exact: true })
      .first()
      .fill('Insatsen följer riktlinjerna och riktar sig till förbundets målgrupp.');
    await page.getByRole('button', { name: 'Lämna förslaget' }).click();
    await page.getByText('Förslag till beslut klart').first().waitFor();
  });

  it('the director puts the case on the agenda of the December meeting', async () => {
    const page = await as(DIRECTOR, '/');
    await page.getByRole('link', { name: 'Planera sammanträden' }).click();
    await page.getByRole('link', { name: `Föredragningslistan för ${LABEL}` }).click();
    await page.getByRole('heading', { level: 1, name: `Föredragningslista: ${LABEL}` }).waitFor();
    meetingId = page.url().split('/planning/')[1]!;
    const waiting = page.getByTestId('to-decide').getByRole('listitem').filter({ hasText: TITLE });
    await waiting.getByRole('button', { name: /^Sätt upp .+ på föredragningslistan$/ }).click();
    await page.getByTestId('agenda').getByRole('heading').filter({ hasText: TITLE }).waitFor();
  });

  it('on the meeting day the chair runs the meeting from the meeting room, and the board approves every item', async () => {
    t.clock.set('2026-12-10T13:00:00.000Z');
    const chair = await as(CHAIR, '/meetings');
    await chair.getByText(`§ 3 ${TITLE}`).or(chair.getByText(TITLE)).first().waitFor();
    await chair.getByRole('link', { name: `Sammanträdesrummet för ${LABEL}` }).click();
    await chair.getByText('Direktuppdaterad').waitFor();
    for (const name of MEMBERS) await chair.getByRole('checkbox', { name: new RegExp(`^${name},`) }).check();
    await chair.getByLabel('Justerare').selectOption({ label: ADJUSTER });
    await chair.getByRole('button', { name: 'Öppna sammanträdet' }).click();

    const closeMeeting = chair.getByRole('button', { name: 'Avsluta sammanträdet' });
    const takeUp = chair.getByRole('button', { name: /^Ta upp § \d+$/ });
    for (let guard = 0; guard < 10; guard++) {
      await takeUp.or(closeMeeting).first().waitFor();
      if (await closeMeeting.isVisible()) break;
      const itemNo = /§ (\d+)/.exec((await takeUp.textContent()) ?? '')![1]!;
      await takeUp.click();
      const put = chair.getByRole('button', { name: 'Ställ proposition' });
      const close = chair.getByRole('button', { name: `Avsluta § ${itemNo}` });
      await put.or(close).first().waitFor();
      if (await put.isVisible()) {
        await put.click();
        await chair.getByTestId('question').waitFor();
        await chair
          .getByRole('group', { name: `Beslut i § ${itemNo}` })
          .getByRole('radio', { name: 'bifall', exact: true })
          .check();
        await chair.getByRole('button', { name: 'Fastställ beslutet' }).click();
        await chair.getByTestId('outcome').filter({ hasText: 'Beslutet fattades med acklamation.' }).waitFor();
      }
      await close.click();
      await close.waitFor({ state: 'detached' });
    }
    await closeMeeting.click();
    await chair.getByText('Avslutat, protokollet ska justeras').waitFor();
  });

  it('the chair and the adjuster attest the minutes, and the office posts them on the notice board', async () => {
    t.clock.set('2026-12-14T09:00:00.000Z');
    for (const name of [CHAIR, ADJUSTER]) {
      const page = await as(name, `/meetings/${meetingId}/minutes`);
      await page.getByTestId('minutes-text').filter({ hasText: TITLE }).waitFor();
      await page.getByRole('checkbox', { name: /^Jag har läst protokollet/ }).check();
      await page.getByRole('button', { name: 'Justera', exact: true }).click();
      await page.getByTestId('attested-by-me').waitFor();
    }
    const office = await as(DIRECTOR, `/meetings/${meetingId}/minutes`);
    await office.getByTestId('attested').waitFor();
    await office.getByRole('button', { name: 'Anslå på anslagstavlan' }).click();
    await office.getByTestId('notice-posted').waitFor();
    expect(await axe(office, { route: '/meetings/:meetingId/minutes (attested, posted)', role: 'director', language: 'sv' })).toEqual([]);
    await office.getByRole('link', { name: 'Till anslagstavlan' }).click();
    await office.getByRole('heading', { level: 2, name: `Protokoll, ${LABEL}` }).waitFor();
    await office.getByText(TITLE).first().waitFor();
  });

  it('three weeks on, the case page shows that the decision has gained legal force', async () => {
    const page = await as(DIRECTOR, `/cases/${caseId}`);
    await page
      .getByTestId('case-legal-force')
      .filter({ hasText: /kan överklagas till och med .*vinner laga kraft/ })
      .waitFor();
    // The appeal window (three weeks from the anslag on 14 December) closes on 4 January; laga kraft the day after.
    t.clock.set('2027-01-05T09:00:00.000Z');
    await page.reload();
    const standing = page.getByTestId('case-legal-force');
    await standing.filter({ hasText: /vann laga kraft/ }).waitFor();
    await expect(standing.textContent()).resolves.toMatch(/^Styrelsens beslut 10 .+ 2026, § \d+: vann laga kraft 5 .+ 2027\.$/);
    for (const language of ['sv', 'en'] as const) {
      if (language === 'en') {
        await page.getByRole('button', { name: 'English' }).click();
        await page.getByRole('heading', { level: 2, name: 'Legal force' }).waitFor();
        await standing.filter({ hasText: /gained legal force on/ }).waitFor();
      }
      for (const width of [1280, 320]) {
        await page.setViewportSize({ width, height: 900 });
        expect(await axe(page, { route: '/cases/:id (laga kraft)', role: 'director', language })).toEqual([]);
      }
    }
  });
});
