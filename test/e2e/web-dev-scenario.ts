// Every saved news page of ../shared/corpus/web-dev, annotated in a real browser: the page throws
// nothing, nothing of ours is logged as an error, and the findings are painted where they are.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserName } from './helpers/browsers';
import { annotate, ourErrors, paintedHighlights, tabIdOf } from './helpers/extension';
import { webDevPages, webDevPath } from './helpers/server';
import { openSession, type E2eSession } from './helpers/session';

const TIMEOUT = 60_000;

export function webDevScenario(name: BrowserName): void {
  const pages = webDevPages();
  describe(`web-dev pages in ${name}`, () => {
    let session: E2eSession;

    beforeAll(async () => {
      session = await openSession(name);
    }, TIMEOUT);

    afterAll(() => session?.close());

    it('has pages to run on', () => {
      expect(pages.length).toBeGreaterThanOrEqual(10);
    });

    it.each(pages)('%s: annotates without errors and paints its findings', async (slug) => {
      const { server, page, control } = session;
      page.events.length = 0;
      const url = server.url(webDevPath(slug));
      await page.goto(url);
      const report = await annotate(control, await tabIdOf(control, url));
      expect(report.state, String(report.message)).toBe('ready');
      const anchored = report.annotations.length - report.orphaned.length;
      expect(anchored).toBeGreaterThan(0);
      // A finding the engine saw in Readability's text but cannot place on the live page is rare.
      expect(report.orphaned.length).toBeLessThanOrEqual(Math.ceil(report.annotations.length * 0.1));
      const painted = await paintedHighlights(page);
      const count = Object.entries(painted)
        .filter(([n]) => n !== 'sourcelight-active' && n !== 'sourcelight-flash')
        .reduce((sum, [, texts]) => sum + texts.length, 0);
      expect(count).toBe(anchored);
      expect(page.events.filter((e) => e.kind === 'pageerror')).toEqual([]);
      expect(ourErrors(page.events)).toEqual([]);
    }, TIMEOUT);
  });
}
