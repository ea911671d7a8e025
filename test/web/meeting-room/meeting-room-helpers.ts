/// <reference lib="dom" />
import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Locator, Page } from 'playwright-core';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeRow {
  route: string;
  role: string;
  language: string;
  width: number;
  violations: string[];
}

/** axe with the WCAG 2.1 A and AA rules on the page as it is now. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return result.violations.map(
    (v) =>
      `${v.id} (${v.nodes.length}): ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

/** Signs a context in with a token, as the sign-in page would leave it (the token in sessionStorage). */
export async function signInWithToken(context: BrowserContext, token: string, language: 'sv' | 'en' = 'sv'): Promise<void> {
  await context.addInitScript(
    ([t, l]) => {
      sessionStorage.setItem('beslutskedjan.token', t);
      localStorage.setItem('beslutskedjan.language', l);
    },
    [token, language] as const,
  );
}

/**
 * Records, in the page, when the meeting room shows each version of the meeting: the wall-clock
 * time at which its `data-position` (the log position it includes) changed.
 */
export async function recordShownPositions(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const shown: Array<[string, number]> = [];
    (window as unknown as { __shown: typeof shown }).__shown = shown;
    const observer = new MutationObserver(() => {
      const position = document.querySelector('.meeting-room')?.getAttribute('data-position');
      if (position && shown[shown.length - 1]?.[0] !== position) shown.push([position, Date.now()]);
    });
    document.addEventListener('DOMContentLoaded', () =>
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-position'] }),
    );
  });
}

/** When the page first showed a meeting including `position` (ms since the epoch), waiting up to `timeoutMs`. */
export async function shownAt(page: Page, position: string, timeoutMs = 5000): Promise<number> {
  const handle = await page
    .waitForFunction(
      (p) => {
        const shown = (window as unknown as { __shown?: Array<[string, number]> }).__shown ?? [];
        const hit = shown.find(([at]) => BigInt(at) >= BigInt(p));
        return hit ? hit[1] : null;
      },
      position,
      { timeout: timeoutMs },
    )
    .catch(async (error: Error) => {
      const state = await page.evaluate(() => ({
        shown: (window as unknown as { __shown?: unknown }).__shown ?? null,
        attribute: document.querySelector('.meeting-room')?.getAttribute('data-position') ?? null,
      }));
      throw new Error(`${error.message}; waiting for ${position}, the page recorded ${JSON.stringify(state)}`);
    });
  return (await handle.jsonValue()) as number;
}

/** Moves focus with Tab alone until `target` has it. No mouse events: how a keyboard user gets there. */
export async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  await target.waitFor();
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) {
      const visible = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el) return false;
        const style = getComputedStyle(el);
        return (
          (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || (style.boxShadow !== 'none' && style.boxShadow !== '')
        );
      });
      if (!visible) throw new Error(`focus is not visible on ${String(target)}`);
      return;
    }
  }
  throw new Error(`Tab never reached ${String(target)} in ${max} stops`);
}
