// Entry of the content script (dist/<browser>/content.js), injected on demand by the background
// when the reader asks (toolbar button, shortcut, popup). Injecting it again reuses the first
// session: one engine run, one set of highlights, one message listener per page.
import { anchor, buildTextIndex, canonicalUrl, prepareAnchoring } from '../anchoring';
import { checkTabMessage, dispatch, send, sendPageToRead, summaryOf, type SenderInfo } from '../shared/messages';
import { installHighlightStyles, randomNames } from './highlight-styles';
import { wireInteractions } from './interactions';
import { followPageChanges } from './live-updates';
import { browserPaintTarget } from './painter';
import { ContentSession } from './session';
import { tabHandlers } from './tab-handlers';
import { annotateRange, SelectionButton } from './manual-annotation';
import { autoStartRequested } from './auto-start-key';
import { NotAnArticle, pageMarkup } from './page-markup';

interface RuntimeApi {
  id: string;
  getManifest(): { host_permissions?: string[] };
  onMessage: {
    addListener(
      listener: (message: unknown, sender: SenderInfo, sendResponse: (answer: unknown) => void) => boolean | undefined,
    ): void;
  };
}

const SESSION_KEY = Symbol.for('sourcelight.content-session');

/** Ends the current task so the page can draw and answer input; the run goes on in the next one. */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

type Global = typeof globalThis & { [SESSION_KEY]?: ContentSession; browser?: { runtime: RuntimeApi }; chrome?: { runtime: RuntimeApi } };

function start(): ContentSession {
  const g = globalThis as Global;
  const existing = g[SESSION_KEY];
  if (existing) return existing;
  const runtime = (g.browser ?? g.chrome)?.runtime;
  if (!runtime) throw new Error('Sourcelight: extension runtime not available in this page.');
  // Test builds (which may reach the local test host) open the card's shadow root so tests can drive it.
  // A test page can ask for the shipped (closed) shadow roots with <meta name="sourcelight-test-closed">,
  // so that the hostile-page test attacks exactly what ships.
  const testBuild =
    (runtime.getManifest().host_permissions?.some((h) => h.startsWith('http://127.0.0.1')) ?? false) &&
    !document.querySelector('meta[name="sourcelight-test-closed"]');
  const paintTarget = browserPaintTarget();
  // Random names for this page: CSS.highlights tells the page nothing of what is painted.
  const highlightNames = randomNames();
  // The styles go in once the page is known to be painted (not on a page refused as too big: a new
  // style sheet restyles the whole page in one task).
  let styled = false;
  const styleHighlights = (): void => {
    if (styled || !paintTarget) return;
    styled = true;
    void send('styleHighlights', { names: highlightNames }).then(
      (answer) => !(answer.ok && answer.value) && installHighlightStyles(document, highlightNames),
    );
  };
  const session = new ContentSession({
    doc: document,
    // Read at each run: a single-page app changes the address without reloading (live-updates.ts).
    get location() {
      return window.location.href;
    },
    // Readability and the engine run in an extension document on the page's markup (readPage,
    // src/background/read-page.ts): this thread pays one native serialisation, not Readability's
    // parse, and the engine stays compiled there between pages.
    extract: async (doc, url, whileWaiting) => {
      // Its own task: the page's bounds checked before, its serialisation and the message here.
      await yieldToPage();
      const reply = sendPageToRead({ html: pageMarkup(doc), url });
      // The live page is indexed while the markup is read elsewhere, and what the first paint
      // does not need is set up then too.
      await whileWaiting?.();
      wireRest();
      const read = await reply;
      if (!read.ok) throw read.code === 'not-article' ? new NotAnArticle(read.error) : new Error(read.error);
      return { extraction: read.value };
    },
    yieldToPage,
    isNoArticle: (err) => err instanceof NotAnArticle,
    canonicalUrl,
    buildTextIndex,
    prepareAnchoring,
    anchor,
    send,
    paintTarget,
    cardMode: testBuild ? 'open' : 'closed',
    highlightNames,
    styleHighlights,
    marks: true,
  });
  // The hover card's listeners, the page watcher and the selection button serve the reader once
  // the page is painted: a run started as the script loads sets them up while the engine works
  // in the background (or when the run ends, whichever comes first), not before Readability.
  let wired = false;
  wireRest = () => {
    if (wired) return;
    wired = true;
    wireInteractions(session, document);
    followPageChanges(session, window);
    // Manual annotations: a small button by the reader's selection (issue 5).
    new SelectionButton(document, (range) => void annotateRange(session, document, range).catch(() => undefined), {
      mode: testBuild ? 'open' : 'closed',
    });
  };
  const handlers = tabHandlers(session);
  runtime.onMessage.addListener((message, sender, sendResponse) => {
    // Only our own messages are answered; anything else is left to other listeners.
    if (typeof message !== 'object' || message === null || (message as { channel?: unknown }).channel === undefined) return undefined;
    void dispatch(checkTabMessage, handlers, message, sender, runtime.id).then(sendResponse);
    return true;
  });
  g[SESSION_KEY] = session;
  return session;
}

/** Sets up what the first paint does not need (start() defines it; it runs once). */
let wireRest: () => void = () => undefined;

const session = start();
// auto-start.js ran first ("always annotate on this site", or the toolbar's annotateTab injecting
// both, so that the run starts as the script loads rather than one round trip later): annotate
// and restore without waiting to be asked. Not in the task that ran this script: compiling it
// and Readability's parse are two tasks.
// The toolbar button learns how it went from here (showReport): no annotateTab asked for this run,
// and a page refused as too big must still show "!" and why.
if (autoStartRequested()) {
  void yieldToPage()
    .then(() => session.annotate())
    .then((report) => send('showReport', summaryOf(report)))
    .catch(() => undefined)
    .finally(() => wireRest());
} else wireRest();
