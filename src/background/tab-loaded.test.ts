// tabLoaded against a fake browser whose events and timers the test fires by hand: the races that
// made "Open at this annotation" wait out its limit (the page complete before the listener, the
// "complete" event lost, a stale about:blank snapshot) all end loaded; a tab whose tabs.get runs
// ahead of its document waits for the document; a closed tab and the limit end not loaded.
import { describe, expect, it } from 'vitest';
import { isLoaded, RECHECK_MS, tabLoaded, type TabState, type TabUpdateListener, type TabWatch } from './tab-loaded';

const PAGE = 'http://127.0.0.1:8080/seed/article.html#:~:text=prices';

/** A tab whose state the test sets, timers the test runs, and the listeners it holds. */
function fakeBrowser(initial: TabState | null, initialDoc: string | null = initial?.status === 'complete' ? (initial.url ?? null) : null) {
  let state = initial;
  /** The document's address once complete (null: loading; 'deny': the extension may not read it). */
  let doc: string | null = initialDoc;
  const listeners = new Set<TabUpdateListener>();
  const timers = new Map<number, { run: () => void; ms: number }>();
  let next = 1;
  const watch: TabWatch = {
    get: async () => {
      if (state === null) throw new Error('No tab with id: 7.');
      return { ...state };
    },
    probe: async () => {
      if (doc === 'deny') throw new Error('Missing host permission for the tab');
      return doc;
    },
    addUpdated: (l) => void listeners.add(l),
    removeUpdated: (l) => void listeners.delete(l),
    setTimer: (run, ms) => {
      timers.set(next, { run, ms });
      return next++;
    },
    clearTimer: (t) => void timers.delete(t as number),
  };
  return {
    watch,
    listeners,
    timers,
    /** The tab as tabs.get reports it, and (by default) a document that matches. */
    set: (s: TabState | null, d: string | null = s?.status === 'complete' ? (s.url ?? null) : null) => {
      state = s;
      doc = d;
    },
    /** The browser fires onUpdated for tab id with this snapshot. */
    fire: (id: number, tab: TabState) => listeners.forEach((l) => l(id, { status: tab.status }, tab)),
    /** Runs the pending timers of this length (the re-check or the limit). */
    runTimers: (ms: number) => [...timers].filter(([, t]) => t.ms === ms).forEach(([id, t]) => (timers.delete(id), t.run())),
  };
}

const settle = () => new Promise<void>((r) => setImmediate(r));

async function outcome(p: Promise<boolean>): Promise<boolean | 'pending'> {
  await settle();
  return Promise.race([p, Promise.resolve('pending' as const)]);
}

describe('isLoaded', () => {
  it('is the page, complete: not a new tab’s about:blank, an empty url or a pending navigation', () => {
    expect(isLoaded({ status: 'complete', url: PAGE })).toBe(true);
    expect(isLoaded({ status: 'complete', url: 'file:///tmp/a.html' })).toBe(true);
    expect(isLoaded({ status: 'loading', url: PAGE })).toBe(false);
    expect(isLoaded({ status: 'complete', url: 'about:blank' })).toBe(false);
    expect(isLoaded({ status: 'complete', url: '', pendingUrl: PAGE })).toBe(false);
    expect(isLoaded({ status: 'complete', url: 'about:blank', pendingUrl: PAGE })).toBe(false);
    // No permission to see the address: complete is all there is to know.
    expect(isLoaded({ status: 'complete' })).toBe(true);
  });
});

describe('tabLoaded', () => {
  it('is loaded at once when the page finished before the wait began', async () => {
    const b = fakeBrowser({ status: 'complete', url: PAGE });
    expect(await outcome(tabLoaded(b.watch, 7, 30_000))).toBe(true);
    expect(b.listeners.size).toBe(0);
    expect(b.timers.size).toBe(0);
  });

  it('is loaded when the "complete" event went to nobody: the next re-check reads it', async () => {
    const b = fakeBrowser({ status: 'loading', url: '', pendingUrl: PAGE });
    const p = tabLoaded(b.watch, 7, 30_000);
    expect(await outcome(p)).toBe('pending');
    // The page completes, and its event is lost (dispatched before the listener was registered).
    b.set({ status: 'complete', url: PAGE });
    b.runTimers(RECHECK_MS);
    expect(await outcome(p)).toBe(true);
    expect(b.listeners.size).toBe(0);
    expect(b.timers.size).toBe(0);
  });

  it('reads the tab afresh when an event’s snapshot is stale, and ignores other tabs', async () => {
    const b = fakeBrowser({ status: 'loading', url: 'about:blank' });
    const p = tabLoaded(b.watch, 7, 30_000);
    b.set({ status: 'complete', url: PAGE });
    b.fire(8, { status: 'complete', url: 'http://elsewhere.example/' });
    b.fire(7, { status: 'complete', url: 'about:blank' }); // the snapshot lags; the tab is loaded
    expect(await outcome(p)).toBe(true);
  });

  it('waits while tabs.get runs ahead of the document (the new address, about:blank still loaded)', async () => {
    const b = fakeBrowser({ status: 'loading', url: 'about:blank' });
    const p = tabLoaded(b.watch, 7, 30_000);
    b.set({ status: 'complete', url: PAGE }, 'deny');
    b.fire(7, { status: 'complete', url: PAGE });
    b.runTimers(RECHECK_MS);
    expect(await outcome(p)).toBe('pending');
    b.set({ status: 'complete', url: PAGE }, 'about:blank');
    b.runTimers(RECHECK_MS);
    expect(await outcome(p)).toBe('pending');
    b.set({ status: 'complete', url: PAGE });
    b.runTimers(RECHECK_MS);
    expect(await outcome(p)).toBe(true);
  });

  it('waits past Firefox’s about:blank "complete" for the article itself', async () => {
    const b = fakeBrowser({ status: 'loading', url: 'about:blank' });
    const p = tabLoaded(b.watch, 7, 30_000);
    b.set({ status: 'complete', url: 'about:blank' });
    b.fire(7, { status: 'complete', url: 'about:blank' });
    b.runTimers(RECHECK_MS);
    expect(await outcome(p)).toBe('pending');
    b.set({ status: 'loading', url: PAGE });
    b.fire(7, { status: 'loading', url: PAGE });
    expect(await outcome(p)).toBe('pending');
    b.set({ status: 'complete', url: PAGE });
    b.fire(7, { status: 'complete', url: PAGE });
    expect(await outcome(p)).toBe(true);
  });

  it('is not loaded when the tab is closed, or when the limit passes first', async () => {
    const closed = fakeBrowser({ status: 'loading', url: PAGE });
    const p = tabLoaded(closed.watch, 7, 30_000);
    closed.set(null);
    closed.runTimers(RECHECK_MS);
    expect(await outcome(p)).toBe(false);
    expect(closed.timers.size).toBe(0);

    const slow = fakeBrowser({ status: 'loading', url: PAGE });
    const q = tabLoaded(slow.watch, 7, 30_000);
    slow.runTimers(30_000);
    expect(await outcome(q)).toBe(false);
    expect(slow.listeners.size).toBe(0);
    expect(slow.timers.size).toBe(0);
  });
});
