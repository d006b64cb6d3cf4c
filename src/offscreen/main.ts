// Chromium's offscreen document (src/background/page-reader.ts opens it): a DOM for reading pages
// off their main thread. It answers the pages to read that the extension's content scripts send it
// on their port (READ_PORT) or as a message (READ_CHANNEL), or that the worker hands on, and warms Readability and the engine when it opens.
import { fail, failureOf, isOwnSender, isReadRequest, ok, serveReadPort, type PortLike, type SenderInfo } from '../shared/messages';
import { readPageMarkup, warmUpInRounds } from '../background/read-page';

interface RuntimeApi {
  id: string;
  onMessage: {
    addListener(listener: (message: unknown, sender: SenderInfo, sendResponse: (answer: unknown) => void) => boolean | undefined): void;
  };
  onConnect: { addListener(listener: (port: PortLike) => void): void };
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

// The content scripts' ports (connectToReader): the page's markup comes to this document alone.
if (runtime) serveReadPort(runtime.onConnect, runtime.id, (html, url) => readPageMarkup(parser, html, url));

// After the listeners: the first page need not wait for the compile, the JIT and the lexicons.
warmUpInRounds(parser);
