// Puts the content script into a tab on demand (toolbar popup, shortcut) and asks it to
// annotate the page. Injection is idempotent: a content script already in the tab is reused.
// Where the background has not heard of a script in the tab (scripted-tabs.ts) it injects at
// once; elsewhere it asks first and injects only when nobody answers.
import { MessageError, type PageReport, type Result } from '../shared/messages';

/** The bundle that runs in pages (built by build.mjs from src/content/main.ts). */
export const CONTENT_SCRIPT = 'content.js';

/** What injection needs from the browser (the real one in main.ts, fakes in tests). */
export interface TabAccess {
  /** Asks the content script of the tab to annotate; no-receiver when none is there. */
  annotate(tabId: number): Promise<Result<PageReport>>;
  /** scripting.executeScript of CONTENT_SCRIPT in the tab's top frame; rejects when not allowed. */
  inject(tabId: number): Promise<void>;
  /**
   * False when no content script of the tab's page has spoken (scripted-tabs.ts): then the script
   * is injected before the first ask, which saves the round trip of an ask nobody answers.
   * Absent: always ask first.
   */
  hasScript?(tabId: number): boolean;
}

/** Browser refusals that mean "extensions may not touch this page", in Chromium and Firefox words. */
const RESTRICTED = [
  /cannot access (a |contents of )/i,
  /cannot be scripted/i,
  /extensions gallery/i,
  /missing host permission/i,
  /showing error page/i,
  /cannot script/i,
  /permission to access/i,
  /no tab with id/i,
];

export const RESTRICTED_MESSAGE =
  'Your browser does not let extensions read this page (browser settings, extension stores, some built-in viewers). Open a news article and try again.';

/** True when a scripting error says the page is off limits rather than something broke. */
export function isRestrictedError(message: string): boolean {
  return RESTRICTED.some((re) => re.test(message));
}

/**
 * Asks the tab's content script, injecting it first when nobody answers, and returns its answer;
 * throws MessageError on failure (a page the browser keeps extensions out of says so).
 */
export async function askInjecting<T>(ask: () => Promise<Result<T>>, inject: () => Promise<void>, injectFirst = false): Promise<T> {
  const injectOrThrow = async (): Promise<void> => {
    try {
      await inject();
    } catch (e) {
      const text = e instanceof Error ? e.message : String(e);
      if (isRestrictedError(text)) throw new MessageError('restricted', RESTRICTED_MESSAGE);
      throw new MessageError('internal', `Sourcelight could not start on this page: ${text}`);
    }
  };
  if (injectFirst) await injectOrThrow();
  let answer = await ask();
  if (!injectFirst && !answer.ok && answer.code === 'no-receiver') {
    await injectOrThrow();
    answer = await ask();
  }
  if (!answer.ok) throw new MessageError(answer.code, answer.error);
  return answer.value;
}

/** Injects the content script if needed and answers its report; throws MessageError on failure. */
export function annotateTab(access: TabAccess, tabId: number): Promise<PageReport> {
  const injectFirst = access.hasScript ? !access.hasScript(tabId) : false;
  return askInjecting(() => access.annotate(tabId), () => access.inject(tabId), injectFirst);
}
