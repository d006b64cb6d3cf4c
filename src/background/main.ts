// The background worker (Chromium service worker / Firefox background script). It shares the
// database module (src/database) with the extension pages. It answers the typed messages of the content script and the popup, and
// annotates the current tab when the reader presses the keyboard shortcut.
// Listeners are registered synchronously at the top level, as Manifest V3 requires.
import browser from 'webextension-polyfill';
import { BACKGROUND_PAGES_ONLY, checkBackgroundMessage, dispatch, fail, failureOf, isOwnSender, isReadRequest, ok, sendToTab, summaryOf, type PageSummary, type StepDirection, type StoreChange } from '../shared/messages';
import { openDb } from '../database/db';
import { createHandlers } from './handlers';
import { askInjecting, CONTENT_SCRIPT, type TabAccess } from './inject';
import { onCommand } from './commands';
import { MENU_ITEM, onMenuClick, type SelectionAccess } from './context-menu';
import { AUTO_START_SCRIPT, dropRevoked, matchPatternOf, type SiteAccess } from './site-permissions';
import type { OpenerAccess } from './open-annotation';
import { tabLoaded, type TabWatch } from './tab-loaded';
import { badgeFor } from './badge';
import { ScriptedTabs } from './scripted-tabs';
import { directReader, offscreenReader, OFFSCREEN_PAGE, type OffscreenAccess } from './page-reader';
import { warmUpInRounds, type WarmUp } from './read-page';

const BADGE_COLOR = '#1f3a5f';

const db = openDb();

/** The content script alone: it waits to be asked (a manual annotation of the selection). */
const injectOnly = async (tabId: number): Promise<void> => {
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
};

/** Tabs whose page has the content script (it spoke since the page loaded). */
const scripted = new ScriptedTabs();
browser.tabs.onUpdated.addListener((tabId: number, change: browser.Tabs.OnUpdatedChangeInfoType) => {
  if (change.status === 'loading') scripted.forget(tabId);
});
browser.tabs.onRemoved.addListener((tabId: number) => scripted.forget(tabId));

const tabs: TabAccess = {
  annotate: (tabId) => sendToTab(tabId, 'annotate', {}),
  hasScript: (tabId) => scripted.has(tabId),
  // With auto-start.js's mark first, content.js starts annotating as it loads: the annotate asked
  // right after the injection joins that run instead of starting it one round trip later.
  inject: async (tabId) => {
    // The reading document must be open by the time the script sends its page (it opens once).
    void reader.open().catch(() => undefined);
    await browser.scripting.executeScript({ target: { tabId }, files: [AUTO_START_SCRIPT, CONTENT_SCRIPT] });
  },
};

/** The toolbar badge of the tab shows how many findings are painted, or that the page is too big (badge.ts). */
function showBadge(tabId: number, summary: PageSummary): void {
  const badge = badgeFor(summary);
  void browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR }).catch(() => undefined);
  void browser.action.setBadgeText({ tabId, text: badge.text }).catch(() => undefined);
  // Clears an error a failed shortcut left in the tooltip.
  const title = badge.title ?? browser.runtime.getManifest().action?.default_title ?? 'Sourcelight';
  void browser.action.setTitle({ tabId, title }).catch(() => undefined);
}

/** Manual annotations: the tab's selection, with the same injection as the toolbar button. */
const selection: SelectionAccess = {
  annotateSelection: (tabId) => sendToTab(tabId, 'annotateSelection', {}),
  inject: injectOnly,
};

/** "Always annotate on this site": dynamic content scripts and optional host permissions. */
const sites: SiteAccess = {
  registered: async () => browser.scripting.getRegisteredContentScripts(),
  register: async (script) => {
    await browser.scripting.registerContentScripts([script]);
  },
  unregister: async (ids) => {
    await browser.scripting.unregisterContentScripts({ ids });
  },
  hasOrigin: (pattern) => browser.permissions.contains({ origins: [pattern] }),
  removeOrigin: (pattern) => browser.permissions.remove({ origins: [pattern] }),
};

/** The highlight styles go in with scripting.insertCSS: a style sheet no page script can read. */
const styles = {
  insert: async (tabId: number, frameId: number, css: string) => {
    try {
      await browser.scripting.insertCSS({ target: { tabId, frameIds: [frameId] }, css });
      return true;
    } catch {
      return false; // the content script falls back to its own style sheet
    }
  },
};

/** A tab's loading, as tab-loaded.ts reads it. */
const tabWatch: TabWatch = {
  get: (tabId) => browser.tabs.get(tabId),
  // The isolated world reads two properties; the page sees nothing of it.
  probe: async (tabId) => {
    const [answer] = await browser.scripting.executeScript({
      target: { tabId },
      func: () => (document.readyState === 'complete' ? location.href : null),
    });
    return typeof answer?.result === 'string' ? answer.result : null;
  },
  addUpdated: (listener) => browser.tabs.onUpdated.addListener(listener),
  removeUpdated: (listener) => browser.tabs.onUpdated.removeListener(listener),
  setTimer: (run, ms) => setTimeout(run, ms),
  clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
};

/** "Open at this annotation": a tab at the fragment, then annotated where Sourcelight may run. */
const opener: OpenerAccess = {
  create: async (url) => {
    const tab = await browser.tabs.create({ url });
    if (tab.id === undefined) throw new Error('The browser gave the new tab no id.');
    return tab.id;
  },
  // Not one onUpdated event: every event of the tab and a short re-check read it afresh (tab-loaded.ts).
  loaded: (tabId) => tabLoaded(tabWatch, tabId, 30_000),
  mayRun: async (url) => {
    try {
      return await browser.permissions.contains({ origins: [matchPatternOf(new URL(url).origin)] });
    } catch {
      return false;
    }
  },
  annotate: (tabId) => sendToTab(tabId, 'annotate', {}),
  scrollTo: (tabId, id) => sendToTab(tabId, 'scrollTo', { id }),
  inject: tabs.inject,
};

/** The store changed behind the tabs (the library deleted or edited): every tab with Sourcelight in it hears it. */
const broadcast = async (change: StoreChange): Promise<number> => {
  const all = await browser.tabs.query({});
  const answers = await Promise.all(all.map((t) => (t.id === undefined ? null : sendToTab(t.id, 'storeChanged', change))));
  return answers.filter((a) => a?.ok).length; // a tab without the content script does not answer: nothing to repaint
};

/** Chromium's offscreen documents (chrome.offscreen, runtime.getContexts): not in the polyfill's types. */
interface ChromeOffscreen {
  offscreen: { createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void> };
  runtime: { getContexts(filter: { contextTypes: string[] }): Promise<unknown[]>; sendMessage(message: unknown): Promise<unknown> };
}
const chromeApi = (globalThis as { chrome?: Partial<ChromeOffscreen> }).chrome;
/** Firefox's background page has a DOM to read pages in; Chromium's worker opens an offscreen document. */
const hasDom = typeof DOMParser === 'function';
const offscreen: OffscreenAccess = {
  exists: async () => ((await chromeApi?.runtime?.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })) ?? []).length > 0,
  create: async () => {
    if (!chromeApi?.offscreen) throw new Error('This browser cannot open an offscreen document to read the page in.');
    try {
      await chromeApi.offscreen.createDocument({
        url: OFFSCREEN_PAGE,
        reasons: ['DOM_PARSER'],
        justification: "Reads the article from the page's markup (Readability) off the page's main thread.",
      });
    } catch (e) {
      // Opened meanwhile (by an earlier worker of this extension): that one serves.
      if (!(await offscreen.exists())) throw e;
    }
  },
  send: (message) => chromeApi?.runtime?.sendMessage(message) ?? Promise.reject(new Error('No runtime to reach the offscreen document.')),
};
/** Ends this task (the next one runs after whatever is queued: the store's answers). */
const nextTask = (): Promise<void> =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
/**
 * Where the page is read here (Firefox), reading holds this thread for tens of ms, and the store's
 * answer the content script asked for just before (getArticle, alongside its page) is needed for
 * the first paint too: the read starts at once and goes in steps, the store's answers between them.
 */
const reader = hasDom ? { read: directReader(new DOMParser(), nextTask), open: async () => undefined } : offscreenReader(offscreen);
/** The reading's warm-up where it runs here (Firefox); the first page read ends it. */
let warming: WarmUp | null = null;
const readPage = (html: string, url: string) => {
  warming?.stop();
  return reader.read(html, url);
};

const handlers = createHandlers({ db, tabs, readPage, now: Date.now, onAnnotated: (tabId, report) => showBadge(tabId, summaryOf(report)), onReported: showBadge, selection, sites, styles, opener, broadcast });

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  if (sender.id === browser.runtime.id) scripted.heard(sender);
  // A page to read sent straight to the reading document: that is this one where it has a DOM;
  // Chromium's worker lets it pass to the offscreen document.
  if (isReadRequest(message)) {
    if (!hasDom) return undefined;
    if (!isOwnSender(sender, browser.runtime.id)) return Promise.resolve(fail('invalid', 'Refused a page to read from outside the extension.'));
    return readPage(message.payload.html, message.payload.url).then((extraction) => ok(extraction), failureOf);
  }
  return dispatch(checkBackgroundMessage, handlers, message, sender, browser.runtime.id, BACKGROUND_PAGES_ONLY);
});

// Once the listeners are in: the reading (Readability and the engine) and the database get their
// first-run costs out of the way in the gap while the first page's content script is injected.
setTimeout(() => {
  if (hasDom) warming = warmUpInRounds(new DOMParser());
  else void reader.open().catch(() => undefined); // the offscreen document warms itself as it opens
  void db.open().catch(() => undefined);
}, 0);

const commandDeps = {
  activeTabId: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id,
  annotate: async (tabId: number) => handlers.annotateTab({ tabId }, { id: browser.runtime.id }),
  annotateSelection: async (tabId: number) => handlers.annotateSelectionInTab({ tabId }, { id: browser.runtime.id }),
  step: (tabId: number, direction: StepDirection) => askInjecting(() => sendToTab(tabId, 'step', { direction }), () => tabs.inject(tabId)),
  setBadge: async (tabId: number, text: string, title: string | null) => {
    await browser.action.setBadgeText({ tabId, text });
    if (title !== null) await browser.action.setTitle({ tabId, title });
  },
};

browser.commands.onCommand.addListener((command: string, tab?: browser.Tabs.Tab) => onCommand(commandDeps, command, tab?.id));

// "Annotate with Sourcelight" on a selection. Menu items persist with the extension, so they are
// created once per install or update.
browser.runtime.onInstalled.addListener(() => {
  browser.contextMenus.create(MENU_ITEM, () => void browser.runtime.lastError);
});
browser.contextMenus.onClicked.addListener((info: browser.Menus.OnClickData, tab?: browser.Tabs.Tab) =>
  onMenuClick(selection, info, tab?.id, (tabId, message) => void commandDeps.setBadge(tabId, '!', `Sourcelight: ${message}`).catch(() => undefined)),
);
// A site's permission taken away in the browser's settings: its always-on script goes too.
browser.permissions.onRemoved.addListener((removed: browser.Permissions.Permissions) => {
  void dropRevoked(sites, removed.origins ?? []).catch(() => undefined);
});
