// The usual start of a real-browser test: the test server, a browser with the extension, a tab
// for the page under test and an extension page to drive the extension from.
import { launchers, type BrowserName, type LaunchOptions, type TestBrowser, type TestPage } from './browsers';
import { openControl } from './extension';
import { startTestServer, type TestServer } from './server';

/** A neutral page of the test host (Firefox opens extension pages from one). */
export const BLANK_PATH = '/blank.html';

export interface E2eSession {
  server: TestServer;
  browser: TestBrowser;
  /** The tab the test loads its pages in. */
  page: TestPage;
  /** An extension page that messages the background (see helpers/extension.ts). */
  control: TestPage;
  close(): Promise<void>;
}

export async function openSession(name: BrowserName, options: LaunchOptions = {}): Promise<E2eSession> {
  const server = await startTestServer();
  server.set(BLANK_PATH, '<!doctype html><title>blank</title><p>control page</p>');
  const browser = await launchers[name](options);
  const page = await browser.newPage();
  const control = await openControl(browser, server.url(BLANK_PATH));
  return {
    server,
    browser,
    page,
    control,
    close: async () => {
      await browser.close().catch(() => undefined);
      await server.close();
    },
  };
}
