// The background worker (Chromium service worker / Firefox background script): the only owner
// of the database. It answers the typed messages of the content script and the popup, and
// annotates the current tab when the reader presses the keyboard shortcut.
// Listeners are registered synchronously at the top level, as Manifest V3 requires.
import browser from 'webextension-polyfill';
import { BACKGROUND_PAGES_ONLY, checkBackgroundMessage, dispatch, sendToTab, type PageReport } from '../shared/messages';
import { openDb } from './db';
import { createHandlers } from './handlers';
import { CONTENT_SCRIPT, type TabAccess } from './inject';
import { onCommand } from './commands';

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
  // Clears an error a failed shortcut left in the tooltip.
  const title = browser.runtime.getManifest().action?.default_title ?? 'Sourcelight';
  void browser.action.setTitle({ tabId, title }).catch(() => undefined);
}

const handlers = createHandlers({ db, tabs, now: Date.now, onAnnotated: showCount });

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) =>
  dispatch(checkBackgroundMessage, handlers, message, sender, browser.runtime.id, BACKGROUND_PAGES_ONLY),
);

const commandDeps = {
  activeTabId: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id,
  annotate: async (tabId: number) => handlers.annotateTab({ tabId }, { id: browser.runtime.id }),
  setBadge: async (tabId: number, text: string, title: string | null) => {
    await browser.action.setBadgeText({ tabId, text });
    if (title !== null) await browser.action.setTitle({ tabId, title });
  },
};

browser.commands.onCommand.addListener((command: string, tab?: browser.Tabs.Tab) => onCommand(commandDeps, command, tab?.id));
