// Chromium's offscreen document (src/background/page-reader.ts opens it): a DOM for reading pages
// off their main thread. It answers the pages to read (READ_CHANNEL) that the extension's content
// scripts send it directly or the worker hands on, and warms Readability and the engine when it opens.
import { fail, failureOf, isOwnSender, isReadRequest, ok, type SenderInfo } from '../shared/messages';
import { readPageMarkup, warmUpInRounds } from '../background/read-page';

interface RuntimeApi {
  id: string;
  onMessage: {
    addListener(listener: (message: unknown, sender: SenderInfo, sendResponse: (answer: unknown) => void) => boolean | undefined): void;
  };
}

const runtime = (globalThis as { chrome?: { runtime: RuntimeApi } }).chrome?.runtime;
const parser = new DOMParser();

runtime?.onMessage.addListener((message, sender, sendResponse) => {
  if (!isReadRequest(message)) return undefined;
  if (!isOwnSender(sender, runtime.id)) {
    sendResponse(fail('invalid', 'Refused a page to read from outside the extension.'));
    return undefined;
  }
  try {
    sendResponse(ok(readPageMarkup(parser, message.payload.html, message.payload.url)));
  } catch (e) {
    sendResponse(failureOf(e));
  }
  return undefined;
});

// After the listener: the first page need not wait for the compile, the JIT and the lexicons.
warmUpInRounds(parser);
