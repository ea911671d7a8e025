/// <reference lib="dom" />
import { mkdirSync, writeFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { orgNo } from '../support/workflow-fixtures.js';

export const SCREENSHOTS = 'docs/screenshots';
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeRow {
  route: string;
  role: string;
  language: string;
  width: number;
  violations: string[];
}
export const axeResults: AxeRow[] = [];

/** axe with the WCAG 2.1 A and AA rules on the page as it is now; the result is kept for the report. */
export async function axe(page: Page, row: Omit<AxeRow, 'violations' | 'width'>): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const violations = result.violations.map(
    (v) =>
      `${v.id} (${v.nodes.length}): ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
  axeResults.push({ ...row, width: page.viewportSize()?.width ?? 0, violations });
  return violations;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
}

/** The focused element shows a focus indicator (outline or box shadow). */
export async function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return false;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    return outline || (style.boxShadow !== 'none' && style.boxShadow !== '');
  });
}

/**
 * Moves focus with Tab alone until `target` has it, checking at every stop that the focus is
 * visible. No mouse events: this is how a keyboard user gets there.
 */
export async function tabTo(page: Page, target: Locator, options: { max?: number; backwards?: boolean } = {}): Promise<void> {
  const max = options.max ?? 120;
  await target.waitFor();
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab');
    // Past the last element the focus leaves the page (to the browser's own controls): not a stop.
    if (await page.evaluate(() => document.activeElement === document.body || document.activeElement === null)) continue;
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      return el ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"` : 'none';
    });
    if (!(await focusIsVisible(page))) throw new Error(`focus is not visible on ${focused} (tab stop ${i + 1})`);
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
  }
  throw new Error(`Tab never reached ${String(target)} in ${max} stops`);
}

/** Tab to a field and type into it. */
export async function typeInto(page: Page, target: Locator, text: string, options: { clear?: boolean } = {}): Promise<void> {
  await tabTo(page, target);
  if (options.clear) {
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
  }
  await page.keyboard.type(text);
}

/** Tab to a button or link and press Enter. */
export async function activate(page: Page, target: Locator): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press('Enter');
}

/** Signs in through the demo sign-in's button for `name` (in either language), starting at `path`. */
export async function signInAs(page: Page, base: string, name: string, path = '/'): Promise<void> {
  await page.goto(`${base}${path}`);
  await page.getByRole('button', { name: new RegExp(`^(Logga in som|Sign in as) ${name}$`) }).click();
  await page.getByTestId('who').waitFor();
}

/** Logs the axe rows a line a page, under `heading`, and writes them to test-results/`file` when given. */
export function reportAxe(options: { file?: string; heading?: string; rows?: AxeRow[] } = {}): void {
  const rows = options.rows ?? axeResults;
  if (rows.length === 0) return;
  if (options.file) {
    mkdirSync('test-results', { recursive: true });
    writeFileSync(`test-results/${options.file}`, `${JSON.stringify(rows, null, 2)}\n`);
  }
  const lines = rows.map(
    (r) =>
      `${r.violations.length === 0 ? 'ok  ' : 'FAIL'} ${r.route} [${r.role}, ${r.language}, ${r.width}px]${r.violations.length ? ` ${r.violations.join('; ')}` : ''}`,
  );
  console.log(`${options.heading ?? `axe (WCAG 2.1 A/AA) on ${rows.length} pages`}:\n${lines.join('\n')}`);
}

/** The member that applies in the browser specs: one the demo and test policies accept. */
const GOOD_ORG = orgNo('212000014');

export const LAST_QUESTION = 'Betalar insatsen medlemsavgifter?';
export const QUESTIONS = [
  'Lämnas pengar vidare till ett företag som bidrag?',
  'Riktar sig insatsen till personalen på ett arbetsintegrerande socialt företag?',
  'Startar eller utvecklar insatsen ett arbetsintegrerande socialt företag?',
];

/** Fills the application as a member would, with the mouse, leaving the last yes/no question unanswered. */
export async function fillApplication(page: Page, title: string): Promise<void> {
  await page.getByLabel('Rubrik', { exact: true }).fill(title);
  await page
    .getByLabel('Beskrivning')
    .fill('Arbetsförberedande insatser på ett arbetsintegrerande socialt företag för långtidsarbetslösa.');
  await page.getByLabel('Mål', { exact: true }).fill('Fler deltagare närmare arbete.');
  await page.getByLabel('Insats enligt policyn').selectOption('work_preparatory_at_asf');
  await page.getByLabel('Långtidsarbetslösa med försörjningsstöd').check();
  await page.getByLabel('Startdatum').fill('2027-01-01');
  await page.getByLabel('Slutdatum').fill('2027-12-31');
  await page.getByLabel('Sökande medlem').selectOption(GOOD_ORG);
  await page.getByLabel('Sökande enhet').selectOption('arbetsmarknadsenheten');
  await page.getByLabel('Upphandlande medlem').selectOption(GOOD_ORG);
  await page.getByLabel('Utförare', { exact: true }).selectOption(orgNo('769600123'));
  await page.getByLabel('Vem tar emot pengarna?').selectOption(GOOD_ORG);
  await page.getByLabel('Belopp år 1').fill('300000');
  for (const q of QUESTIONS) await page.getByRole('group', { name: q }).getByLabel('Nej').check();
}
