// When has a new tab finished loading its page? "Open at this annotation" waits for it before it
// annotates. Waiting for one tabs.onUpdated event is racy: the page can finish before the listener
// is registered in the browser (Chromium registers listeners and answers tabs.get over separate
// channels, so tabs.get can say "loading" and the "complete" event still go to nobody), and the
// tab object of an event is a snapshot (Firefox first reports the new tab's about:blank as
// complete, Chromium an empty url with a pendingUrl). So every event of the tab, and a re-check at
// a short interval, reads the tab afresh with tabs.get. Even tabs.get can run ahead of the
// document (Firefox can answer "complete" with the new address while about:blank is still the
// document), so a reading that looks loaded is confirmed by the document itself: a probe in the
// tab must find it complete at a web or file address. The first confirmed reading wins.

/** The fields of a tab this needs (browser.Tabs.Tab has them). */
export interface TabState {
  status?: string;
  url?: string;
  pendingUrl?: string;
}

export type TabUpdateListener = (tabId: number, change: { status?: string }, tab: TabState) => void;

/** What waiting needs from the browser (the real one in main.ts, a fake in tests). */
export interface TabWatch {
  get(tabId: number): Promise<TabState>;
  /**
   * The document's own address when it has finished loading, else null (still loading, or a
   * document the extension may not read, such as the new tab's about:blank). Rejects like null.
   */
  probe(tabId: number): Promise<string | null>;
  addUpdated(listener: TabUpdateListener): void;
  removeUpdated(listener: TabUpdateListener): void;
  setTimer(run: () => void, ms: number): unknown;
  clearTimer(timer: unknown): void;
}

/** How often the tab is read again, in case an event went to nobody. */
export const RECHECK_MS = 250;

/**
 * Loaded: complete, and no longer the placeholder a new tab starts with (about:blank, an empty
 * url, or a navigation still pending). An address the extension may not see (no permission)
 * counts as loaded once complete: nothing could be done in it anyway.
 */
export function isLoaded(tab: TabState): boolean {
  if (tab.status !== 'complete') return false;
  if (tab.pendingUrl) return false;
  if (tab.url === undefined) return true;
  return tab.url !== '' && !tab.url.startsWith('about:');
}

/** A document address that is an article's: a web or file page. */
const isPageAddress = (href: string | null): boolean => href !== null && /^(https?|file):/.test(href);

/** Resolves true once the tab has loaded its page, false when it is closed or after limitMs. */
export function tabLoaded(watch: TabWatch, tabId: number, limitMs: number): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    let settled = false;
    let recheck: unknown = null;
    let limit: unknown;
    const done = (ok: boolean) => {
      if (settled) return;
      settled = true;
      watch.clearTimer(limit);
      if (recheck !== null) watch.clearTimer(recheck);
      watch.removeUpdated(listener);
      resolve(ok);
    };
    /** Reads the tab now (an event's snapshot can be stale either way), then its document. */
    const read = () => {
      if (settled) return;
      watch.get(tabId).then(
        (tab) => {
          if (!isLoaded(tab) || settled) return;
          watch.probe(tabId).then(
            (href) => isPageAddress(href) && done(true),
            () => undefined, // not readable yet: the next reading asks again
          );
        },
        () => done(false), // the tab is gone
      );
    };
    const listener: TabUpdateListener = (id) => {
      if (id === tabId) read();
    };
    const tick = () => {
      recheck = null;
      if (settled) return;
      read();
      recheck = watch.setTimer(tick, RECHECK_MS);
    };
    // The listener first, then the state as it is now, then again at every interval.
    limit = watch.setTimer(() => done(false), limitMs);
    watch.addUpdated(listener);
    tick();
  });
}
