// Chromium's offscreen document (src/background/page-reader.ts opens it): a DOM for reading pages
// off their main thread. It answers the pages to read (READ_CHANNEL) that the extension's content
// scripts send it directly or the worker hands on, and warms Readability and the engine when it opens.
import { fail, failureOf, isOwnSender, isReadRequest, ok, type SenderInfo } from '../shared/messages';
import { readPageMarkup, warmUpInRounds, type WarmUp } from '../background/read-page';

interface RuntimeApi {
  id: string;
  onMessage: {
    addListener(listener: (message: unknown, sender: SenderInfo, sendResponse: (answer: unknown) => void) => boolean | undefined): void;
  };
}

const runtime = (globalThis as { chrome?: { runtime: RuntimeApi } }).chrome?.runtime;
const parser = new DOMParser();
/** Started below, once the listener is in; the first page to read ends it. */
let warming: WarmUp | null = null;

runtime?.onMessage.addListener((message, sender, sendResponse) => {
  if (!isReadRequest(message)) return undefined;
  if (!isOwnSender(sender, runtime.id)) {
    sendResponse(fail('invalid', 'Refused a page to read from outside the extension.'));
    return undefined;
  }
  warming?.stop();
  try {
    sendResponse(ok(readPageMarkup(parser, message.payload.html, message.payload.url)));
  } catch (e) {
    sendResponse(failureOf(e));
  }
  return undefined;
});

// After the listener: the first page need not wait for the compile, the JIT and the lexicons.
warming = warmUpInRounds(parser);
