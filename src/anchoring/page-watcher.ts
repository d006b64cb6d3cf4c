// Notices when an annotated page changes under the reader (late paragraphs, ads, a re-render, a
// single-page app swapping stories) and says so, debounced, so the caller can re-index and
// re-anchor once per burst of changes. Cheap on a page that never stops changing (a ticker, a
// live blog): the observer callback only looks at each record until it finds one that matters,
// and a page that keeps changing is answered less and less often (the wait doubles, up to a cap).
import { UI_MARKER_ATTRIBUTE } from './text-index';

/** What changed since the last call. */
export interface PageChange {
  /** Text was added, removed or edited somewhere outside our own UI. */
  textChanged: boolean;
  /** The address changed without a page load (history API, hash): treat as a new article. */
  navigated: boolean;
  /** The current address. */
  url: string;
}

/** Options of watchPage. */
export interface PageWatchOptions {
  /** The subtree to observe (usually document.body). */
  root: Node;
  /** Called once per burst of changes. Exceptions are caught and reported to onError. */
  onChange: (change: PageChange) => void;
  /** Quiet time before a burst is reported (ms). */
  debounceMs?: number;
  /** A burst is reported at least this often (ms) even if the page never goes quiet. */
  maxWaitMs?: number;
  /** Upper bound of the wait when the page keeps changing (ms). */
  maxBackoffMs?: number;
  /** Nodes to ignore; by default anything inside an element marked as our UI (UI_MARKER_ATTRIBUTE). */
  ignore?: (node: Node) => boolean;
  /** Reports an exception thrown by onChange. */
  onError?: (err: unknown) => void;
}

/** A running watch; stop() disconnects everything. */
export interface PageWatch {
  stop(): void;
  /** Reports pending changes now (tests, or before the page is hidden). */
  flush(): void;
  /** Mutation records looked at so far (the bench reads it to show the work stays bounded). */
  readonly recordsSeen: number;
}

/** Elements whose changes never change visible text. */
const SILENT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'LINK', 'META', 'IFRAME']);

/** True for nodes inside our own UI (cards, buttons), which the text index leaves out too. */
export function insideOurUi(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return el !== null && el.closest(`[${UI_MARKER_ATTRIBUTE}]`) !== null;
}

/** True when a record can change the visible text: text edits, or text-bearing nodes added or removed. */
function mattersForText(record: MutationRecord, ignore: (node: Node) => boolean): boolean {
  if (ignore(record.target)) return false;
  if (record.type === 'characterData') return true;
  if (record.type !== 'childList') return false;
  const bears = (n: Node) => {
    if (ignore(n)) return false;
    if (n.nodeType === 3) return ((n as Text).data ?? '').trim() !== '';
    if (n.nodeType !== 1) return false;
    return !SILENT.has((n as Element).tagName) && (n.textContent ?? '').trim() !== '';
  };
  for (const n of Array.from(record.addedNodes)) if (bears(n)) return true;
  for (const n of Array.from(record.removedNodes)) if (bears(n)) return true;
  return false;
}

/** Watches a page for text changes and address changes; see the module comment. */
export function watchPage(win: Window, options: PageWatchOptions): PageWatch {
  const debounceMs = options.debounceMs ?? 400;
  const maxWaitMs = options.maxWaitMs ?? 2000;
  const maxBackoffMs = options.maxBackoffMs ?? 15_000;
  const ignore = options.ignore ?? insideOurUi;
  let url = win.location.href;
  let textChanged = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstPending = 0;
  let wait = debounceMs;
  let lastChange = 0;
  let recordsSeen = 0;
  let stopped = false;

  const report = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const now = win.location.href;
    const navigated = now !== url;
    url = now;
    if (!textChanged && !navigated) return;
    const change: PageChange = { textChanged, navigated, url: now };
    textChanged = false;
    firstPending = 0;
    // Reported while the page was still changing: wait twice as long next time (up to the cap);
    // reported after a quiet spell: back to the short debounce.
    wait = Date.now() - lastChange < debounceMs ? Math.min(maxBackoffMs, wait * 2) : debounceMs;
    try {
      options.onChange(change);
    } catch (err) {
      options.onError?.(err);
    }
  };

  const schedule = (): void => {
    if (stopped) return;
    const t = Date.now();
    lastChange = t;
    if (firstPending === 0) firstPending = t;
    if (timer !== null) clearTimeout(timer);
    // Debounce, but never wait past maxWait (scaled by the back-off) from the first pending change.
    const deadline = firstPending + Math.max(maxWaitMs, wait);
    timer = setTimeout(report, Math.max(0, Math.min(wait, deadline - t)));
  };

  const Observer = (win as Window & typeof globalThis).MutationObserver;
  const observer = new Observer((records: MutationRecord[]) => {
    if (textChanged) {
      // Already known to be dirty: do no per-record work at all, just keep the debounce going.
      recordsSeen += records.length;
      schedule();
      return;
    }
    for (const r of records) {
      recordsSeen++;
      if (mattersForText(r, ignore)) {
        textChanged = true;
        break;
      }
    }
    if (textChanged || win.location.href !== url) schedule();
  });
  observer.observe(options.root, { childList: true, characterData: true, subtree: true });

  // Address changes: back/forward and hash changes fire events; pushState does not (and a content
  // script cannot see the page's own history calls), so the address is also compared on every
  // reported burst, and the Navigation API is used where the browser has it.
  const onAddress = (): void => schedule();
  win.addEventListener('popstate', onAddress);
  win.addEventListener('hashchange', onAddress);
  const navigation = (win as Window & { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('navigatesuccess', onAddress);

  return {
    stop: () => {
      stopped = true;
      if (timer !== null) clearTimeout(timer);
      observer.disconnect();
      win.removeEventListener('popstate', onAddress);
      win.removeEventListener('hashchange', onAddress);
      navigation?.removeEventListener('navigatesuccess', onAddress);
    },
    flush: () => {
      for (const r of observer.takeRecords()) {
        recordsSeen++;
        if (!textChanged && mattersForText(r, ignore)) textChanged = true;
      }
      report();
    },
    get recordsSeen() {
      return recordsSeen;
    },
  };
}
