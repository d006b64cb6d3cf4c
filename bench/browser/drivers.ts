// The two browsers of `npm run bench:browser`, driven directly (not through the e2e helpers'
// TestPage) because the benchmark needs what those hide: evaluating a source string in the page
// (the bare Readability run, under the web-dev pages' script-src 'none'), bringing the tab to the
// front, and in Chromium a DevTools session for traces and heap figures.
// Debian's browsers only: no tool here downloads one.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page as PwPage } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';
import { chromiumArgs } from '../../test/e2e/helpers/browsers';
import { CHROMIUM_PATH, FIREFOX_PATH } from '../../test/e2e/helpers/paths';

export type BrowserName = 'chromium' | 'firefox';

/** A console error or uncaught error seen in the measured tab. */
export interface PageError {
  text: string;
  /** The script the message came from, when the driver says. */
  source: string;
}

/** The measured tab. */
export interface BenchPage {
  goto(url: string): Promise<void>;
  /** Evaluates a JavaScript expression (a string) in the page's own world. */
  evaluate<T>(expression: string): Promise<T>;
  bringToFront(): Promise<void>;
  errors: PageError[];
  /** Chromium only: the DevTools session of this tab. */
  cdp: CDPSession | null;
}

export interface BenchBrowser {
  name: BrowserName;
  page: BenchPage;
  /** An extension page (popup.html?tab=0) that messages the background like the popup does. */
  control: BenchPage;
  close(): Promise<void>;
}

const GECKO_ID = 'sourcelight@sourcelight.invalid';
const FIREFOX_UUID = '5d1e4a0c-9b7f-4c2e-8a31-2f6b0c9d7e11';

function pwPage(page: PwPage, cdp: CDPSession | null): BenchPage {
  const errors: PageError[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push({ text: m.text(), source: m.location().url });
  });
  page.on('pageerror', (e) => errors.push({ text: String(e.stack ?? e.message), source: '' }));
  return {
    errors,
    cdp,
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    evaluate: (expression) => page.evaluate(expression),
    bringToFront: () => page.bringToFront(),
  };
}

export async function launchChromium(extensionDir: string): Promise<BenchBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'sourcelight-bench-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: chromiumArgs(extensionDir),
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(worker.url()).host;
  const raw = context.pages()[0] ?? (await context.newPage());
  const page = pwPage(raw, await context.newCDPSession(raw));
  const controlRaw = await context.newPage();
  await controlRaw.goto(`chrome-extension://${extensionId}/popup.html?tab=0`);
  return {
    name: 'chromium',
    page,
    control: pwPage(controlRaw, null),
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

function ppPage(page: PpPage): BenchPage {
  const errors: PageError[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push({ text: m.text(), source: m.location().url ?? '' });
  });
  page.on('pageerror', (e) => {
    const text = e instanceof Error ? String(e.stack ?? e.message) : String(e);
    // Firefox reports the page's own CSP blocks through the same channel: not errors of ours.
    if (!/^(Error: )?Content-Security-Policy:/.test(text)) errors.push({ text, source: '' });
  });
  return {
    errors,
    cdp: null,
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    evaluate: (expression) => page.evaluate(expression) as Promise<never>,
    bringToFront: () => page.bringToFront(),
  };
}

/** blankUrl: a page of the test host from which the control page is opened (see browser-testing.md). */
export async function launchFirefox(extensionDir: string, blankUrl: string): Promise<BenchBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'sourcelight-bench-firefox-'));
  const browser: PpBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    userDataDir: profile,
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }) },
  });
  await browser.installExtension(extensionDir);
  const raw = (await browser.pages())[0] ?? (await browser.newPage());
  const controlRaw = await browser.newPage();
  await controlRaw.goto(blankUrl);
  const target = `moz-extension://${FIREFOX_UUID}/popup.html?tab=0`;
  await controlRaw.evaluate((u) => void setTimeout(() => (location.href = u), 0), target);
  const deadline = Date.now() + 15_000;
  for (;;) {
    const here = await controlRaw.evaluate(() => (document.readyState === 'complete' ? location.href : '')).catch(() => '');
    if (here.startsWith('moz-extension:')) break;
    if (Date.now() > deadline) throw new Error(`could not open ${target}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    name: 'firefox',
    page: ppPage(raw),
    control: ppPage(controlRaw),
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
