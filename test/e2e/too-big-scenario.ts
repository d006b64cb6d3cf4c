// A page too big to annotate without freezing it (issue 12, item 2), in Chromium and Firefox:
// generated pages of the fuzz families, one past each of the content script's bounds (6 MB of
// prose: text; a 5 MB code block of 140,000 highlighting spans with 300,000 characters of text:
// elements). Before the element bound the second was annotated, holding Chromium's main thread
// 7.4 s in one task. Each must be refused with the reader told why, in the report and in the
// popup and on the toolbar button, with nothing painted or stored, and the page's own script
// must go on answering it.
// No timing is asserted here (speed is the benchmarks' business): the behaviour is.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAMILIES } from '../../src/fuzz/families';
import { Random } from '../../src/fuzz/random';
import { MESSAGES } from '../../src/content/session';
import type { PageReport } from '../../src/shared/messages';
import type { BrowserName } from './helpers/browsers';
import { annotate, callTab, ourErrors, storedArticle, tabIdOf, waitFor } from './helpers/extension';
import { BLANK_PATH, openSession, type E2eSession } from './helpers/session';

const TIMEOUT = 120_000;

/** The part of the toolbar button's API the test reads, from an extension page. */
interface ActionApi {
  getBadgeText(details: { tabId: number }): Promise<string>;
  getTitle(details: { tabId: number }): Promise<string>;
}

/** A button the page's own script answers: the page is still the reader's after the refusal. */
const PAGE_SCRIPT = `<button id="own">own</button><script>
  window.__own = 0;
  document.getElementById('own').addEventListener('click', () => { window.__own++; });
</script>`;

const PAGES = [
  { path: '/too-big-text.html', what: '6 MB of prose', html: () => FAMILIES.longParagraph!(new Random(7), 6_000_000), message: MESSAGES.tooBig },
  { path: '/too-big-elements.html', what: 'a code block of 140,000 highlighting spans', html: () => FAMILIES.highlightSpans!(new Random(7), 5_000_000), message: MESSAGES.tooManyElements },
];

export function tooBigScenario(name: BrowserName): void {
  describe(`a page too big to annotate, in ${name}`, () => {
    let s: E2eSession;

    beforeAll(async () => {
      s = await openSession(name);
      for (const p of PAGES) s.server.set(p.path, p.html().replace('</body>', `${PAGE_SCRIPT}</body>`));
    }, TIMEOUT);

    afterAll(() => s?.close());

    for (const p of PAGES) {
      it(`tells the reader that ${p.what} is too big, paints and stores nothing, and the page stays the reader's`, async () => {
        const { server, page, control, browser } = s;
        const url = server.url(p.path);
        await page.goto(url);
        await page.bringToFront();
        const tabId = await tabIdOf(control, url);
        const report = await annotate(control, tabId);
        expect(report.state).toBe('too-big');
        expect(report.message).toBe(p.message);
        expect(report.annotations).toEqual([]);
        expect(report.article).toBeNull();

        // Nothing painted, nothing stored.
        const ranges = await page.evaluate(() => {
          let n = 0;
          CSS.highlights.forEach((h) => (n += h.size));
          return n;
        }, null);
        expect(ranges).toBe(0);
        expect((await storedArticle(control, url)).annotations).toEqual([]);

        // Asked again (the popup does so), the answer is the same, and the engine still never ran.
        const again = await callTab<PageReport>(control, tabId, 'getFindings', {});
        expect(again.ok && again.value.state).toBe('too-big');

        // The toolbar button says so too (the shortcut opens no popup): "!" and the reason.
        const button = await control.evaluate(async (id) => {
          const g = globalThis as unknown as { browser?: { action: ActionApi }; chrome?: { action: ActionApi } };
          const action = (g.browser ?? g.chrome)!.action;
          return { text: await action.getBadgeText({ tabId: id }), title: await action.getTitle({ tabId: id }) };
        }, tabId);
        expect(button).toEqual({ text: '!', title: `Sourcelight: ${p.message}` });

        // The popup says so in words.
        const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`, server.url(BLANK_PATH));
        const shown = await waitFor(
          'the popup state',
          () => popup.evaluate(() => ({ title: document.querySelector('.state-title')?.textContent ?? '', body: document.querySelector('.state-body')?.textContent ?? '' }), null),
          (v) => v.title !== '' && !/Reading/.test(v.title),
          60_000,
        );
        expect(shown.title).toBe('This page is too big to annotate');
        expect(shown.body).toMatch(/without freezing the page/);
        await popup.close();

        // The page's own script still answers the reader.
        await page.bringToFront();
        const own = await page.evaluate(() => {
          document.getElementById('own')!.click();
          return (window as unknown as { __own: number }).__own;
        }, null);
        expect(own).toBe(1);
        expect(ourErrors(page.events)).toEqual([]);
      }, TIMEOUT);
    }
  });
}
