// Talks to the extension the way its own pages do: from an extension page (the popup opened as
// a tab) through the typed message map, and reads what the content script painted from the page.
import { CHANNEL, type ArticleWithAnnotations, type PageReport, type PaintDescription, type Result } from '../../../src/shared/messages';
import { topTag } from '../../../src/content/marks';
import type { PageEvent, TestBrowser, TestPage } from './browsers';

/** The bit of the extension API the control page uses (browser.* in Firefox, chrome.* in Chromium). */
interface ControlApi {
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>>; sendMessage(tabId: number, message: unknown): Promise<unknown> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  scripting: { executeScript(options: { target: { tabId: number }; files: string[] }): Promise<unknown> };
}
type ControlGlobal = { browser?: ControlApi; chrome?: ControlApi };

/** An extension page used as the tests' remote control (it can message the background). */
export async function openControl(browser: TestBrowser, viaUrl: string): Promise<TestPage> {
  // popup.html?tab=0: it would otherwise try to annotate itself; tab 0 does not exist, so it just fails quietly.
  const control = await browser.openExtensionPage('popup.html?tab=0', viaUrl);
  lastControl = control;
  return control;
}

/** The control page opened last: what the paint helpers ask when not given one. */
let lastControl: TestPage | null = null;

/** Sends one typed message to the content script of a tab, from the control page. */
export async function callTab<T>(control: TestPage, tabId: number, type: string, payload: unknown): Promise<Result<T>> {
  return control.evaluate(
    async ({ channel, tabId, type, payload }) => {
      const g = globalThis as unknown as ControlGlobal;
      const api = (g.browser ?? g.chrome) as ControlApi;
      try {
        return (await api.tabs.sendMessage(tabId, { channel, type, payload })) as Result<T>;
      } catch (e) {
        return { ok: false, code: 'no-receiver', error: String(e) } as Result<T>;
      }
    },
    { channel: CHANNEL, tabId, type, payload },
  );
}

/** How the content script of the page's tab paints (random names -> layers, the marks); null: no content script. */
export async function paintDescription(page: TestPage, control: TestPage | null = lastControl): Promise<PaintDescription | null> {
  if (!control) throw new Error('no control page is open');
  // A tab whose address the browser is still settling (just reloaded) is not found: no answer, raw highlights.
  // The address is read in the page: after history.pushState Firefox's driver still reports the old one.
  const url = await page.evaluate(() => location.href, null).catch(() => page.url());
  const tabId = await tabIdOf(control, url).catch(() => -1);
  if (tabId < 0) return null;
  const answer = await callTab<PaintDescription>(control, tabId, 'describePaint', {});
  return answer.ok ? answer.value : null;
}

/** Every highlight the page holds, by its (random) name: what any page script could read too. */
async function rawHighlights(page: TestPage): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    CSS.highlights.forEach((highlight, name) => {
      out[name] = [];
      highlight.forEach((range) => out[name]!.push((range as Range).toString()));
    });
    return out;
  }, null);
}

/** What is painted, by layer ("kind-quote", "speaker-p0", "active"…): the page's highlights, named by the extension. */
export async function paintedLayers(page: TestPage, control: TestPage | null = lastControl): Promise<Record<string, string[]>> {
  const raw = await rawHighlights(page);
  const described = await paintDescription(page, control);
  if (!described) return raw; // no content script: whatever is there, under its own name
  const out: Record<string, string[]> = {};
  for (const [name, texts] of Object.entries(raw)) {
    const layer = described.layers[name];
    if (layer) out[layer] = texts;
    else out[`foreign:${name}`] = texts;
  }
  return out;
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

/** Sends one background message from the control page (an extension page, like the popup). */
export async function callBackground<T>(control: TestPage, type: string, payload: unknown): Promise<Result<T>> {
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
  const result = await callBackground<PageReport>(control, 'annotateTab', { tabId });
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
  const result = await callBackground<ArticleWithAnnotations>(control, 'getArticle', { url });
  if (!result.ok) throw new Error(`getArticle failed: ${result.error}`);
  return result.value;
}

/**
 * What is painted in the page, one style per finding as a reader sees it: "sourcelight-<verdict>"
 * for a finding with a verdict mark, else "sourcelight-<kind>", plus "sourcelight-active" and
 * "sourcelight-flash"; each the text of its ranges. Kinds and colours come from the page's
 * highlights (translated from their random names), verdicts from the marks in the shadow root.
 */
export async function paintedHighlights(page: TestPage, control: TestPage | null = lastControl): Promise<Record<string, string[]>> {
  const raw = await rawHighlights(page);
  const described = await paintDescription(page, control);
  if (!described) return raw;
  const out: Record<string, string[]> = {};
  const verdictTexts = new Map<string, number>();
  for (const mark of described.marks) {
    const tag = topTag(mark.tags);
    if (!tag) continue;
    (out[`sourcelight-${tag}`] ??= []).push(mark.text);
    verdictTexts.set(mark.text, (verdictTexts.get(mark.text) ?? 0) + 1);
  }
  for (const [name, texts] of Object.entries(raw)) {
    const layer = described.layers[name];
    if (!layer || layer.startsWith('speaker-')) continue;
    const key = `sourcelight-${layer.replace(/^kind-/, '')}`;
    out[key] = texts.filter((t) => {
      if (!layer.startsWith('kind-')) return true;
      const left = verdictTexts.get(t) ?? 0;
      if (left === 0) return true;
      verdictTexts.set(t, left - 1);
      return false;
    });
  }
  return out;
}

/** The viewport rectangle of one range of a kind's highlight ("sourcelight-claim"), scrolled into view. */
export async function rectOfPainted(
  page: TestPage,
  kindName: string,
  index: number,
  control: TestPage | null = lastControl,
): Promise<{ x: number; y: number; text: string } | null> {
  const described = await paintDescription(page, control);
  const layer = `kind-${kindName.replace(/^sourcelight-/, '')}`;
  const name = Object.entries(described?.layers ?? {}).find(([, l]) => l === layer)?.[0];
  if (!name) return null;
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

/**
 * Starts watching the page's flash layer at every frame the page draws, and returns a reader of
 * every text it has shown since. A flash is a blink of a few hundred milliseconds: a poll from
 * the test, one driver round trip after another, can fall between its frames; a frame-by-frame
 * watch in the page cannot, because the flash is drawn for many frames.
 */
export async function watchFlash(page: TestPage, control: TestPage | null = lastControl): Promise<{ seen(): Promise<string[]>; stop(): Promise<void> }> {
  const described = await paintDescription(page, control);
  const name = Object.entries(described?.layers ?? {}).find(([, layer]) => layer === 'flash')?.[0];
  if (!name) throw new Error('the page has no flash layer');
  const key = `__sourcelightFlashWatch_${name}`;
  await page.evaluate(
    ({ name, key }) => {
      const seen: string[] = [];
      const w = window as unknown as Record<string, { seen: string[]; on: boolean }>;
      w[key] = { seen, on: true };
      const look = () => {
        if (!w[key]?.on) return;
        CSS.highlights.get(name)?.forEach((range) => {
          const text = (range as Range).toString();
          if (!seen.includes(text)) seen.push(text);
        });
        requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    },
    { name, key },
  );
  return {
    seen: () => page.evaluate((key) => [...((window as unknown as Record<string, { seen: string[] } | undefined>)[key]?.seen ?? [])], key),
    stop: () =>
      page.evaluate((key) => {
        const w = window as unknown as Record<string, unknown>;
        delete w[key];
      }, key),
  };
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
