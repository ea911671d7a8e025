/// <reference lib="dom" />
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Debian's chromium; never a downloaded browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Why the browser suite cannot run here, or null when it can. */
export function browserUnavailable(webDist: string): string | null {
  if (!existsSync(CHROMIUM)) return `no chromium at ${CHROMIUM} (apt-get install chromium; .ci/run installs it)`;
  if (!existsSync(`${webDist}/index.html`)) return `no built web app in ${webDist} (npm run build)`;
  return null;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-gpu', '--disable-dev-shm-usage'],
  });
}

/** Starts the API (already built by startTestApp) on a free local port: the base URL the browser opens. */
export async function listenLocally(t: TestApp): Promise<string> {
  await t.app.listen(0, '127.0.0.1');
  return `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
}

/**
 * A fresh browser context as a Swedish user has it (sv-SE, Stockholm time, 900 px high), `width`
 * wide, in the app's Swedish unless `language` says English; kept in `contexts` so that closeAll closes it.
 */
export async function newContext(
  browser: Browser,
  contexts: BrowserContext[],
  options: { width?: number; acceptDownloads?: boolean; language?: 'sv' | 'en' } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    ...(options.acceptDownloads ? { acceptDownloads: true } : {}),
  });
  contexts.push(context);
  // The app's own language choice, as a user who picked English earlier has it stored.
  if (options.language === 'en') await context.addInitScript(() => localStorage.setItem('beslutskedjan.language', 'en'));
  return context;
}

/** Closes the contexts, the browser and the app, whichever of them beforeAll got as far as starting. */
export async function closeAll(contexts: BrowserContext[], browser: Browser | undefined, t: TestApp | undefined): Promise<void> {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await t?.close();
}

/** Where `npm run build` puts the web app that the API serves in the browser suites. */
export const WEB_DIST = resolve('dist/web');

/**
 * `describe` when the browser and the built web app are here, else `describe.skip` and a warning
 * that says which tests (`what`) did not run and why, so a skipped suite is never silent.
 */
export function browserSuite(what: string): jest.Describe {
  const unavailable = browserUnavailable(WEB_DIST);
  if (unavailable) console.warn(`SKIPPED: ${what} did not run: ${unavailable}`);
  return unavailable ? describe.skip : describe;
}

/** The API on a fresh demo store (the demo förbund and its users) on a local port, serving the built web app, and a browser. */
export async function startOnDemoStore(): Promise<{ t: TestApp; base: string; browser: Browser }> {
  const t = await startTestApp({ env: { SEED_DEMO: 'true', WEB_DIST } });
  try {
    await t.settle();
    return { t, base: await listenLocally(t), browser: await launchBrowser() };
  } catch (e) {
    await t.close();
    throw e;
  }
}
