// Talks to the extension the way its own pages do: from an extension page (the popup opened as
// a tab) through the typed message map, and reads what the content script painted from the page.
import { CHANNEL, type ArticleWithAnnotations, type PageReport, type Result } from '../../../src/shared/messages';
import type { PageEvent, TestBrowser, TestPage } from './browsers';

/** The bit of the extension API the control page uses (browser.* in Firefox, chrome.* in Chromium). */
interface ControlApi {
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  scripting: { executeScript(options: { target: { tabId: number }; files: string[] }): Promise<unknown> };
}
type ControlGlobal = { browser?: ControlApi; chrome?: ControlApi };

/** An extension page used as the tests' remote control (it can message the background). */
export async function openControl(browser: TestBrowser, viaUrl: string): Promise<TestPage> {
  // popup.html?tab=0: it would otherwise try to annotate itself; tab 0 does not exist, so it just fails quietly.
  return browser.openExtensionPage('popup.html?tab=0', viaUrl);
}

/** The id of the tab showing url (the test build's host permission lets tabs.query see it). */
export async function tabIdOf(control: TestPage, url: string): Promise<number> {
  const id = await control.evaluate(async (u) => {
    const g = globalThis as unknown as ControlGlobal;
      const api = (g.browser ?? g.chrome) as ControlApi;
    const tabs = await api.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? -1;
  }, url);
  if (id < 0) throw new Error(`no tab shows ${url}`);
  return id;
}

async function call<T>(control: TestPage, type: string, payload: unknown): Promise<Result<T>> {
  return control.evaluate(
    async ({ channel, type, payload }) => {
      const g = globalThis as unknown as ControlGlobal;
      const api = (g.browser ?? g.chrome) as ControlApi;
      return (await api.runtime.sendMessage({ channel, type, payload })) as Result<T>;
    },
    { channel: CHANNEL, type, payload },
  );
}

/** Asks the background to annotate the tab (injects the content script like the toolbar button). */
export async function annotate(control: TestPage, tabId: number): Promise<PageReport> {
  const result = await call<PageReport>(control, 'annotateTab', { tabId });
  if (!result.ok) throw new Error(`annotateTab failed: ${result.code}: ${result.error}`);
  return result.value;
}

/** Injects content.js into the tab again, as a second toolbar click on an old browser might. */
export async function injectAgain(control: TestPage, tabId: number): Promise<void> {
  await control.evaluate(async (t) => {
    const g = globalThis as unknown as ControlGlobal;
    const api = (g.browser ?? g.chrome) as ControlApi;
    await api.scripting.executeScript({ target: { tabId: t }, files: ['content.js'] });
  }, tabId);
}

/** Everything the database holds for one article. */
export async function storedArticle(control: TestPage, url: string): Promise<ArticleWithAnnotations> {
  const result = await call<ArticleWithAnnotations>(control, 'getArticle', { url });
  if (!result.ok) throw new Error(`getArticle failed: ${result.error}`);
  return result.value;
}

/** What is painted in the page: highlight name -> the text of each of its ranges. */
export async function paintedHighlights(page: TestPage): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    CSS.highlights.forEach((highlight, name) => {
      if (!name.startsWith('sourcelight-')) return;
      out[name] = [];
      highlight.forEach((range) => out[name]!.push((range as Range).toString()));
    });
    return out;
  }, null);
}

/** The viewport rectangle of the first range of a highlight whose text satisfies a test. */
export async function rectOfPainted(page: TestPage, name: string, index: number): Promise<{ x: number; y: number; text: string } | null> {
  return page.evaluate(
    ({ name, index }) => {
      const highlight = CSS.highlights.get(name);
      if (!highlight) return null;
      const ranges = [...(highlight as unknown as Set<Range>)];
      const range = ranges[index];
      if (!range) return null;
      const node = range.startContainer.parentElement;
      node?.scrollIntoView({ block: 'center' });
      const rects = [...range.getClientRects()].filter((r) => r.width > 2 && r.height > 2);
      const r = rects[0];
      return r ? { x: r.left + Math.min(r.width / 2, 20), y: r.top + r.height / 2, text: range.toString() } : null;
    },
    { name, index },
  );
}

/** Polls until check passes (browsers paint and store asynchronously). */
export async function waitFor<T>(what: string, read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T = await read();
  while (!ok(last)) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(last).slice(0, 500)}`);
    await new Promise((r) => setTimeout(r, 100));
    last = await read();
  }
  return last;
}

/** Errors that come from the extension (its scripts, or messages naming it). */
export function ourErrors(events: readonly PageEvent[]): PageEvent[] {
  return events.filter(
    (e) =>
      (e.kind === 'pageerror' || e.type === 'error') &&
      (/^(chrome|moz)-extension:/.test(e.source) || /(chrome|moz)-extension:\/\/|sourcelight/i.test(e.text)),
  );
}
