// Measures what the page watcher costs on a page that never stops changing (a ticker on a live
// blog): the seed article in jsdom, watched as the content script watches it, while a ticker
// element changes its text every few milliseconds and late paragraphs arrive now and then.
// Reports the mutation records seen, how often a re-anchoring would have been asked for, and
// the watcher's own time per mutation.
import { JSDOM, VirtualConsole } from 'jsdom';
import { watchPage } from '../../src/anchoring/page-watcher';

/** What the live-page run measured. */
export interface LivePageResult {
  /** Text changes made by the ticker and the late paragraphs. */
  mutations: number;
  /** Mutation records the watcher looked at. */
  recordsSeen: number;
  /** Times the watcher asked for a re-anchoring. */
  reports: number;
  /** How long the run lasted (ms). */
  durationMs: number;
  /** Watcher time (observer callbacks) per mutation, in microseconds. */
  microsPerMutation: number;
}

/** Runs a ticker on the page for `durationMs` or `maxMutations` changes, whichever comes first, and watches it. */
export async function measureLivePage(html: string, url: string, durationMs = 1500, maxMutations = Number.POSITIVE_INFINITY): Promise<LivePageResult> {
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  const win = dom.window as unknown as Window & typeof globalThis;
  try {
    const doc = win.document;
    const ticker = doc.createElement('p');
    ticker.className = 'ticker';
    doc.body.prepend(ticker);
    let reports = 0;
    // Wrap the observer class to time its callbacks: that is the work done per change.
    let callbackMs = 0;
    const Native = win.MutationObserver;
    win.MutationObserver = class extends Native {
      constructor(cb: MutationCallback) {
        super((records, observer) => {
          const t = performance.now();
          cb(records, observer);
          callbackMs += performance.now() - t;
        });
      }
    };
    const watch = watchPage(win, { root: doc.body, onChange: () => reports++, debounceMs: 300, maxWaitMs: 2000 });
    let mutations = 0;
    const started = performance.now();
    await new Promise<void>((resolve) => {
      const tick = () => {
        ticker.textContent = `Markets: index ${(mutations * 7) % 1000} points, ${new Date(0).toISOString()}`;
        mutations++;
        if (mutations % 100 === 0) {
          const p = doc.createElement('p');
          p.textContent = `Update ${mutations}: a new post arrives on the live blog.`;
          doc.body.append(p);
          mutations++;
        }
        if (performance.now() - started < durationMs && mutations < maxMutations) setTimeout(tick, 1);
        else resolve();
      };
      tick();
    });
    watch.flush();
    const recordsSeen = watch.recordsSeen;
    watch.stop();
    return {
      mutations,
      recordsSeen,
      reports,
      durationMs: Math.round(performance.now() - started),
      microsPerMutation: Math.round(((callbackMs * 1000) / Math.max(1, mutations)) * 100) / 100,
    };
  } finally {
    dom.window.close();
  }
}
