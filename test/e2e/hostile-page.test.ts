// A page that fights back: it patches the DOM prototypes our code would use, forges Sourcelight
// messages with postMessage, and clicks a highlight with a made-up event. The extension must
// still annotate (its code runs in an isolated world), ignore the forgeries, and log no error.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL } from '../../src/shared/messages';
import type { BrowserName } from './helpers/browsers';
import { annotate, ourErrors, paintedHighlights, storedArticle, tabIdOf, waitFor } from './helpers/extension';
import { SEED_DIR } from './helpers/paths';
import { openSession, type E2eSession } from './helpers/session';

const TIMEOUT = 60_000;

/** Runs in the page's own world, before and after the extension arrives. */
const HOSTILE_SCRIPT = `
<script>
  window.__forged = 0;
  const forge = () => {
    window.__forged++;
    window.postMessage({ channel: ${JSON.stringify(CHANNEL)}, type: 'updateAnnotation', payload: { id: 'x', tags: ['disputed'] } }, '*');
    window.postMessage({ channel: ${JSON.stringify(CHANNEL)}, type: 'saveFindings', payload: { article: { url: location.href, title: 'forged', site: 'evil' }, findings: [] } }, '*');
  };
  Element.prototype.attachShadow = function () { throw new Error('page says no shadow roots'); };
  Document.prototype.createRange = function () { throw new Error('page says no ranges'); };
  Range.prototype.getClientRects = function () { return []; };
  Node.prototype.appendChild = function () { throw new Error('page says no appendChild'); };
  window.addEventListener('load', forge);
  setInterval(forge, 100);
  // Click the first highlight the extension paints, with an event a script made up.
  setInterval(() => {
    // Highlight names are random: the page just takes whatever is there.
    for (const [, highlight] of CSS.highlights) {
      for (const range of highlight) {
        const text = range.startContainer.parentElement;
        if (!text) continue;
        const box = text.getBoundingClientRect();
        text.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: box.left + 5, clientY: box.top + 5 }));
        window.__fakeClicks = (window.__fakeClicks || 0) + 1;
        return;
      }
    }
  }, 100);
</script>`;

function hostileScenario(name: BrowserName): void {
  describe(`a hostile page in ${name}`, () => {
    let session: E2eSession;

    beforeAll(async () => {
      session = await openSession(name);
      const seed = readFileSync(join(SEED_DIR, 'article.html'), 'utf8');
      session.server.set('/hostile.html', seed.replace(/<\/body>/i, `${HOSTILE_SCRIPT}</body>`));
    }, TIMEOUT);

    afterAll(() => session?.close());

    it('annotates anyway, ignores forged messages and made-up clicks', async () => {
      const { server, page, control } = session;
      const url = server.url('/hostile.html');
      await page.goto(url);
      await page.bringToFront();
      const report = await annotate(control, await tabIdOf(control, url));
      expect(report.state, String(report.message)).toBe('ready');
      expect(report.annotations.length).toBeGreaterThan(0);
      const painted = await paintedHighlights(page);
      const count = Object.values(painted).reduce((n, texts) => n + texts.length, 0);
      expect(count).toBe(report.annotations.length - report.orphaned.length);

      // Let the page forge for a while: messages and clicks keep coming.
      await waitFor('made-up clicks', () => page.evaluate(() => (window as unknown as { __fakeClicks?: number }).__fakeClicks ?? 0, null), (n) => n >= 5);
      expect(await page.evaluate(() => document.querySelectorAll('sourcelight-card').length, null)).toBe(0);
      const stored = await storedArticle(control, report.article!.url);
      expect(stored.article?.title).not.toBe('forged');
      expect(stored.annotations.every((a) => a.tags.length === 0)).toBe(true);
      expect(stored.annotations).toHaveLength(report.annotations.length);
      expect(ourErrors(page.events)).toEqual([]);
    }, TIMEOUT);
  });
}

hostileScenario('chromium');
hostileScenario('firefox');
