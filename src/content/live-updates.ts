// Keeps an annotated page annotated while it changes: late paragraphs get their findings, moved
// or re-rendered text gets its highlights back, removed text leaves its annotations orphaned (kept,
// listed as not found), and a single-page app's new story is treated as a new article. The
// watching itself (debounced, bounded, backing off on busy pages) is src/anchoring/page-watcher.
import { watchPage, type PageWatch } from '../anchoring';

/** The part of a content session that live updates drive. */
export interface ChangeableSession {
  pageChanged(change: { navigated: boolean }): Promise<unknown> | null;
}

/** Starts following changes of the page for a session; returns the watch (stop() ends it). */
export function followPageChanges(session: ChangeableSession, win: Window, onError?: (err: unknown) => void): PageWatch {
  const doc = win.document;
  return watchPage(win, {
    root: doc.body ?? doc.documentElement,
    onChange: (change) => {
      const run = session.pageChanged({ navigated: change.navigated });
      run?.catch((err: unknown) => onError?.(err));
    },
    ...(onError ? { onError } : {}),
  });
}
