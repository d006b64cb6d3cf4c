// The background worker (Chromium service worker / Firefox background script): the only owner
// of the database. It answers the typed messages of the content script and the popup, and
// annotates the current tab when the reader presses the keyboard shortcut.
// Listeners are registered synchronously at the top level, as Manifest V3 requires.
import browser from 'webextension-polyfill';
import { checkBackgroundMessage, dispatch, sendToTab, type PageReport } from '../shared/messages';
import { openDb } from './db';
import { createHandlers } from './handlers';
import { CONTENT_SCRIPT, type TabAccess } from './inject';

/** The shortcut's command name in manifest.json. */
const ANNOTATE_COMMAND = 'annotate-page';
const BADGE_COLOR = '#1f3a5f';

const db = openDb();

const tabs: TabAccess = {
  annotate: (tabId) => sendToTab(tabId, 'annotate', {}),
  inject: async (tabId) => {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
  },
};

/** The toolbar badge of the tab shows how many findings are painted. */
function showCount(tabId: number, report: PageReport): void {
  const painted = report.annotations.length - report.orphaned.length;
  const text = report.state === 'ready' ? String(painted) : '';
  void browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR }).catch(() => undefined);
  void browser.action.setBadgeText({ tabId, text }).catch(() => undefined);
}

const handlers = createHandlers({ db, tabs, now: Date.now, onAnnotated: showCount });

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) =>
  dispatch(checkBackgroundMessage, handlers, message, sender, browser.runtime.id),
);

browser.commands.onCommand.addListener(async (command: string, tab?: browser.Tabs.Tab) => {
  if (command !== ANNOTATE_COMMAND) return;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  try {
    await handlers.annotateTab({ tabId }, { id: browser.runtime.id });
  } catch (e) {
    // No popup is open to show it: say it on the toolbar button instead.
    const message = e instanceof Error ? e.message : String(e);
    await browser.action.setBadgeText({ tabId, text: '!' }).catch(() => undefined);
    await browser.action.setTitle({ tabId, title: `Sourcelight: ${message}` }).catch(() => undefined);
  }
});
