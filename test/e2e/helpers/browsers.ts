// Starts Debian's Chromium (playwright-core) or Firefox ESR (puppeteer-core) with the test build
// of the extension loaded, behind one small interface so that the same scenario runs in both.
// No tool downloads a browser: both drivers get the installed binary's path.
import { createHash } from 'node:crypto';
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page as PwPage } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';
import { CHROMIUM_PATH, DIST, FIREFOX_PATH, requireBuilt } from './paths';

export type BrowserName = 'chromium' | 'firefox';

/** A console message or page error seen in a tab. */
export interface PageEvent {
  kind: 'console' | 'pageerror';
  /** console type (error, warning, log…) or "error" for an uncaught page error. */
  type: string;
  text: string;
  /** Script URL the message came from, when the driver knows it. */
  source: string;
}

/** The few page operations the scenarios need, the same in both drivers. */
export interface TestPage {
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  url(): string;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  click(x: number, y: number): Promise<void>;
  move(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  screenshot(path: string, options?: { fullPage?: boolean }): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  /** Picks a file in the file input matching selector, as the reader's file picker does. */
  setInputFiles(selector: string, path: string): Promise<void>;
  /** prefers-color-scheme for this tab (Chromium only; Firefox has no way to set it per tab here). */
  colorScheme?(scheme: 'light' | 'dark'): Promise<void>;
  /** Runs a script's source text in the page, unaffected by its CSP (Chromium: DevTools protocol). */
  runScript?(source: string): Promise<void>;
  /** Makes the tab the visible one (background tabs get no animation frames). */
  bringToFront(): Promise<void>;
  /** Everything logged or thrown in the tab since it opened. */
  events: PageEvent[];
  close(): Promise<void>;
}

/** A running browser with the extension in it. */
export interface TestBrowser {
  name: BrowserName;
  /** The profile folder: launch again with it to test a browser restart. */
  profile: string;
  newPage(): Promise<TestPage>;
  /** Opens an extension page (e.g. "popup.html?tab=3") in a tab of its own. */
  openExtensionPage(path: string, via: string): Promise<TestPage>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Reuse a profile (browser restart); by default a fresh one is made and removed on close. */
  profile?: string;
  /** Show the window (npm start); default headless. */
  headed?: boolean;
  /** The unpacked extension to load; default the browser's test build. */
  extensionDir?: string;
  /**
   * The colour scheme every page sees from the start (Firefox: a launch pref, since its driver
   * here cannot switch one tab's; Chromium switches per tab with colorScheme). Default: the system's.
   */
  colorScheme?: 'light' | 'dark';
}

// ---------------------------------------------------------------------------------------------
// Chromium

/** The id Chromium gives an unpacked extension: SHA-256 of its absolute path, hex mapped to a-p. */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/** What both drivers' pages offer in the same shape (Playwright's and Puppeteer's Page). */
interface DriverPage {
  goto(url: string, options: { waitUntil: 'load' }): Promise<unknown>;
  reload(options: { waitUntil: 'load' }): Promise<unknown>;
  url(): string;
  evaluate(fn: unknown, arg: unknown): Promise<unknown>;
  mouse: { click(x: number, y: number): Promise<void>; move(x: number, y: number): Promise<void> };
  keyboard: { press(key: string): Promise<void> };
  screenshot(options: { path: string; fullPage: boolean }): Promise<unknown>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

/** The TestPage over either driver; events are filled by the caller's listeners. */
function wrapPage(
  page: DriverPage,
  events: PageEvent[],
  setViewport: TestPage['setViewport'],
  setInputFiles: TestPage['setInputFiles'],
  /** The driver's name for a key (Puppeteer knows the space bar as " "). */
  keyName: (key: string) => string = (key) => key,
): TestPage {
  return {
    events,
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    reload: async () => void (await page.reload({ waitUntil: 'load' })),
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn, arg) as never,
    click: (x, y) => page.mouse.click(x, y),
    move: (x, y) => page.mouse.move(x, y),
    press: (key) => page.keyboard.press(keyName(key)),
    screenshot: async (path, options) => void (await page.screenshot({ path, fullPage: options?.fullPage ?? false })),
    setViewport,
    setInputFiles,
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

function wrapPlaywright(page: PwPage): TestPage {
  const events: PageEvent[] = [];
  page.on('console', (m) => events.push({ kind: 'console', type: m.type(), text: m.text(), source: m.location().url }));
  page.on('pageerror', (e) => events.push({ kind: 'pageerror', type: 'error', text: String(e.stack ?? e.message), source: '' }));
  return {
    ...wrapPage(
      page as unknown as DriverPage,
      events,
      (width, height) => page.setViewportSize({ width, height }),
      (selector, path) => page.setInputFiles(selector, path),
    ),
    colorScheme: (scheme) => page.emulateMedia({ colorScheme: scheme }),
    runScript: async (source) => void (await page.evaluate(source)),
  };
}

/** Chromium's command line for loading one unpacked extension, quietly and without a sandbox. */
export function chromiumArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ];
}

export async function launchChromium(options: LaunchOptions = {}): Promise<TestBrowser> {
  const dist = options.extensionDir ?? DIST.chromium;
  requireBuilt(dist);
  const ownProfile = options.profile === undefined;
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'sourcelight-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: !options.headed,
    viewport: { width: 1280, height: 900 },
    args: chromiumArgs(dist),
  });
  // A fresh profile starts the worker at once; a reused one (browser restart) starts it only on
  // the first event, so fall back to the id Chromium derives from the extension's path.
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: ownProfile ? 15_000 : 3_000 }).catch(() => undefined);
  const extensionId = worker ? new URL(worker.url()).host : unpackedExtensionId(dist);
  // The persistent context opens a blank tab of its own: reuse it rather than leave it around.
  const spare = context.pages();
  return {
    name: 'chromium',
    profile,
    newPage: async () => wrapPlaywright(spare.pop() ?? (await context.newPage())),
    openExtensionPage: async (path) => {
      const page = wrapPlaywright(await context.newPage());
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    close: async () => {
      await context.close();
      if (ownProfile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Firefox

/** The add-on id in manifest.json (browser_specific_settings.gecko.id). */
const GECKO_ID = 'sourcelight@sourcelight.invalid';
/** Pinned internal UUID, so moz-extension:// URLs are known and the storage origin survives restarts. */
export const FIREFOX_EXTENSION_UUID = '5d1e4a0c-9b7f-4c2e-8a31-2f6b0c9d7e11';

/** The one BiDi command of a frame's browsing context that setting the viewport needs. */
interface ViewportContext {
  setViewport(options: { viewport: { width: number; height: number } | null; devicePixelRatio?: number | null }): Promise<void>;
}

/**
 * The viewport of a Firefox tab: WebDriver BiDi browsingContext.setViewport itself. Puppeteer's
 * setViewport sends emulation.setScreenOrientationOverride with it, which Firefox ESR does not
 * know ("unknown command"), so the page's browsing context is asked directly.
 */
async function firefoxViewport(page: PpPage, width: number, height: number): Promise<void> {
  const context = (page.mainFrame() as unknown as { browsingContext?: ViewportContext }).browsingContext;
  if (!context) throw new Error('this Puppeteer has no BiDi browsing context on its frames');
  await context.setViewport({ viewport: { width, height }, devicePixelRatio: null });
}

/** A file picked in an <input type=file> (WebDriver BiDi input.setFiles). */
const uploadFile = (page: PpPage) => async (selector: string, path: string) => {
  const input = await page.waitForSelector(selector);
  if (!input) throw new Error(`no ${selector}`);
  await (input as unknown as { uploadFile(...paths: string[]): Promise<void> }).uploadFile(path);
};

function wrapPuppeteer(page: PpPage): TestPage {
  const events: PageEvent[] = [];
  page.on('console', (m) => events.push({ kind: 'console', type: m.type(), text: m.text(), source: m.location().url ?? '' }));
  page.on('pageerror', (e) => {
    const text = e instanceof Error ? String(e.stack ?? e.message) : String(e);
    // Firefox reports blocked loads (the page's own CSP) through the same channel as uncaught errors.
    const cspReport = /^(Error: )?Content-Security-Policy:/.test(text);
    events.push({ kind: cspReport ? 'console' : 'pageerror', type: cspReport ? 'csp-report' : 'error', text, source: '' });
  });
  return {
    ...wrapPage(page as unknown as DriverPage, events, (width, height) => firefoxViewport(page, width, height), uploadFile(page), (key) => (key === 'Space' ? ' ' : key)),
    // A script run by the driver (WebDriver BiDi script.evaluate) in the page's own realm.
    runScript: async (source) => void (await page.evaluate(source)),
  };
}

export async function launchFirefox(options: LaunchOptions = {}): Promise<TestBrowser> {
  const dist = options.extensionDir ?? DIST.firefox;
  requireBuilt(dist);
  const ownProfile = options.profile === undefined;
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'sourcelight-firefox-'));
  const browser: PpBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: !options.headed,
    userDataDir: profile,
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
      // A temporary add-on is removed when the browser quits: keep its data and origin for the restart test.
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
      // 0: dark, 1: light, for web pages and the extension's own pages alike.
      ...(options.colorScheme ? { 'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1 } : {}),
    },
  });
  await browser.installExtension(dist);
  return {
    name: 'firefox',
    profile,
    newPage: async () => wrapPuppeteer(await browser.newPage()),
    // The driver may not navigate to moz-extension:// itself; a page of the test host may (the
    // test build lists popup.html as web-accessible to 127.0.0.1), so go there first.
    openExtensionPage: async (path, via) => {
      const raw = await browser.newPage();
      const page = wrapPuppeteer(raw);
      await page.goto(via);
      const target = `moz-extension://${FIREFOX_EXTENSION_UUID}/${path}`;
      await raw.evaluate((u) => void setTimeout(() => (location.href = u), 0), target);
      const deadline = Date.now() + 15_000;
      for (;;) {
        const here = await raw.evaluate(() => (document.readyState === 'complete' ? location.href : '')).catch(() => '');
        if (here.startsWith('moz-extension:')) break;
        if (Date.now() > deadline) throw new Error(`could not open ${target}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      return page;
    },
    close: async () => {
      await browser.close();
      if (ownProfile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

export const launchers: Record<BrowserName, (options?: LaunchOptions) => Promise<TestBrowser>> = {
  chromium: launchChromium,
  firefox: launchFirefox,
};
