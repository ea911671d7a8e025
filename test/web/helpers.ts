/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';

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
