// Manual annotations, orphans in the popup and "always annotate on this site", in a real browser
// (run the same way in Chromium and Firefox), on the seed article served by the test server:
// - the reader selects words of a paragraph and annotates them "from the context menu": menus
//   cannot be clicked headless, so the test sends the message annotateSelectionInTab from an
//   extension page; the menu's click handler (src/background/main.ts → onMenuClick) calls the very
//   same background handler (annotateSelectionInTab in src/background/context-menu.ts), which
//   injects the content script like the toolbar button and asks it for the selection;
// - the manual annotation is painted in its own style, survives a reload and a new engine run;
// - with its paragraph gone it is orphaned: kept, and listed in the popup under "Not found on
//   this version of the page"; with the paragraph back it is painted again;
// - the small button by a selection (shown after a real key or mouse release) annotates it too;
// - a site turned "always on" is annotated and restored on the next visit without a click.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL, type AlwaysOnSite } from '../../src/shared/messages';
import type { AnnotationRecord } from '../../src/shared/model';
import type { BrowserName, TestPage } from './helpers/browsers';
import { annotate, ourErrors, paintedHighlights, storedArticle, tabIdOf, waitFor, callBackground as call } from './helpers/extension';
import { tokens } from './helpers/gold';
import { SEED_DIR } from './helpers/paths';
import { openSession, type E2eSession } from './helpers/session';

const STEP_TIMEOUT = 60_000;
const STORY_PATH = '/manual/story.html';
const OTHER_PATH = '/manual/other.html';
const words = (text: string) => tokens(text).join(' ');

/**
 * Selects some words (at word edges, 20 to 60 characters) in the middle of the first paragraph
 * whose first text node is long enough; returns the selected text and that paragraph's index.
 */
async function selectWords(page: TestPage, skip = 0): Promise<{ text: string; paragraph: number }> {
  return page.evaluate((skip) => {
    const paragraphs = [...document.querySelectorAll('article p, p')];
    let eligible = 0;
    for (let i = 0; i < paragraphs.length; i++) {
      const node = paragraphs[i]!.firstChild;
      if (!node || node.nodeType !== 3 || (node.textContent ?? '').length < 120) continue;
      const t = node.textContent!;
      const start = t.indexOf(' ', 30) + 1;
      let end = t.indexOf(' ', start + 30);
      if (start <= 0 || end < 0) continue;
      if (eligible++ < skip) continue;
      while (/[^\p{L}\p{N}]/u.test(t.charAt(end - 1))) end--;
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, end);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return { text: selection.toString(), paragraph: i };
    }
    throw new Error('no paragraph to select in');
  }, skip);
}

export function manualScenario(name: BrowserName): void {
  describe(`manual annotations, orphans and always-on sites in ${name}`, () => {
    let s: E2eSession;
    let tabId: number;
    let variant: 'original' | 'without' = 'original';
    let removedParagraph = -1;
    let manual: AnnotationRecord;
    let selected = '';
    const original = readFileSync(join(SEED_DIR, 'article.html'), 'utf8');
    /** The page without its paragraph number `removedParagraph` (counted like selectWords does). */
    const without = () => {
      let n = -1;
      return original.replace(/<p\b[^>]*>[\s\S]*?<\/p>/g, (p) => (++n === removedParagraph ? '' : p));
    };

    beforeAll(async () => {
      s = await openSession(name);
      s.server.set(STORY_PATH, () => (variant === 'without' ? without() : original));
      s.server.set(OTHER_PATH, original.replace('</body>', '<p>The same story, at another address.</p></body>'));
      await s.page.goto(s.server.url(STORY_PATH));
      tabId = await tabIdOf(s.control, s.server.url(STORY_PATH));
    }, STEP_TIMEOUT);

    afterAll(() => s?.close());

    it('turns a selection into a manual annotation, the way the context menu does', async () => {
      const selection = await selectWords(s.page);
      selected = selection.text;
      removedParagraph = selection.paragraph;
      // No content script yet: the handler injects it (as the toolbar button would).
      const out = await call<AnnotationRecord>(s.control, 'annotateSelectionInTab', { tabId });
      expect(out.ok, out.ok ? '' : out.error).toBe(true);
      if (!out.ok) return;
      manual = out.value;
      expect(manual).toMatchObject({ kind: 'manual', origin: 'manual', text: selected, tags: [], note: '' });
      const painted = await waitFor('the manual highlight', () => paintedHighlights(s.page), (p) => (p['sourcelight-manual'] ?? []).length === 1);
      expect(painted['sourcelight-manual']!.map(words)).toEqual([words(selected)]);
      // The page was annotated on the way: the engine's findings are painted too.
      expect((painted['sourcelight-quote'] ?? []).length).toBeGreaterThan(0);
      // Tagged and noted like a finding (the card's own path: the content script stores it).
      const tagged = await s.control.evaluate(
        async ({ channel, tabId, id }) => {
          type Api = { tabs: { sendMessage(t: number, m: unknown): Promise<unknown> } };
          const g = globalThis as unknown as { browser?: Api; chrome?: Api };
          return (await (g.browser ?? g.chrome)!.tabs.sendMessage(tabId, { channel, type: 'updateAnnotation', payload: { id, tags: ['needs-source'], note: 'source?' } })) as { ok: boolean };
        },
        { channel: CHANNEL, tabId, id: manual.id },
      );
      expect(tagged.ok).toBe(true);
      // With nothing selected the reader is told so, and nothing is stored.
      await s.page.evaluate(() => getSelection()?.removeAllRanges(), null);
      const none = await call<AnnotationRecord>(s.control, 'annotateSelectionInTab', { tabId });
      expect(none).toMatchObject({ ok: false, code: 'not-found' });
      expect(ourErrors(s.page.events)).toEqual([]);
    }, STEP_TIMEOUT);

    it('survives a reload and a new engine run', async () => {
      await s.page.reload();
      const report = await annotate(s.control, tabId);
      expect(report.state).toBe('ready');
      const kept = report.annotations.find((a) => a.id === manual.id);
      expect(kept).toMatchObject({ kind: 'manual', tags: ['needs-source'], note: 'source?' });
      expect(report.orphaned).not.toContain(manual.id);
      const painted = await waitFor('the manual highlight again', () => paintedHighlights(s.page), (p) => (p['sourcelight-needs-source'] ?? []).length === 1);
      expect(painted['sourcelight-needs-source']!.map(words)).toEqual([words(selected)]);
    }, STEP_TIMEOUT);

    it('lists it in the popup as not found when its paragraph is gone, and paints it when it is back', async () => {
      variant = 'without';
      await s.page.reload();
      const report = await annotate(s.control, tabId);
      expect(report.orphaned).toContain(manual.id);
      const stored = await storedArticle(s.control, report.article!.url);
      expect(stored.annotations.find((a) => a.id === manual.id)?.note).toBe('source?');
      const popup = await s.browser.openExtensionPage(`popup.html?tab=${tabId}`, s.server.url('/blank.html'));
      const listed = await waitFor(
        'the orphan section in the popup',
        () =>
          popup.evaluate(() => {
            const section = document.querySelector('section.orphans');
            return {
              title: section?.querySelector('.group-name')?.textContent ?? '',
              ids: [...(section?.querySelectorAll('li.finding') ?? [])].map((li) => li.getAttribute('data-id')),
              text: section?.textContent ?? '',
            };
          }, null),
        (v) => v.ids.length > 0,
        20_000,
      );
      expect(listed.title).toBe('Not found on this version of the page');
      expect(listed.ids).toContain(manual.id);
      expect(words(listed.text)).toContain(words(selected));
      expect(listed.text).toContain('source?');
      await popup.close();

      variant = 'original';
      await s.page.reload();
      const back = await annotate(s.control, tabId);
      expect(back.orphaned).not.toContain(manual.id);
      await waitFor('the manual highlight back', () => paintedHighlights(s.page), (p) => (p['sourcelight-needs-source'] ?? []).map(words).includes(words(selected)));
    }, STEP_TIMEOUT);

    it('annotates the selection from the button shown by it', async () => {
      const { text } = await selectWords(s.page, 1);
      expect(words(text)).not.toBe(words(selected));
      // A real key release ends the selection (the button ignores made-up events).
      await s.page.press('Shift');
      const at = await waitFor(
        'the button by the selection',
        () =>
          s.page.evaluate(() => {
            const host = document.querySelector('sourcelight-select');
            const button = host?.shadowRoot?.querySelector('button');
            if (!host?.isConnected || !button) return null;
            const r = button.getBoundingClientRect();
            return { x: r.left + r.width / 2, y: r.top + r.height / 2, label: button.getAttribute('aria-label') ?? '', inView: r.bottom <= innerHeight && r.top >= 0 };
          }, null),
        (v) => v !== null,
      );
      expect(at!.label).toMatch(/Annotate the selected text/);
      if (!at!.inView) {
        await s.page.evaluate(() => document.querySelector('sourcelight-select')?.scrollIntoView({ block: 'center' }), null);
      }
      const box = await s.page.evaluate(() => {
        const r = document.querySelector('sourcelight-select')!.shadowRoot!.querySelector('button')!.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }, null);
      await s.page.click(box.x, box.y);
      await waitFor('the second manual highlight', () => paintedHighlights(s.page), (p) => (p['sourcelight-manual'] ?? []).map(words).includes(words(text)));
      const stored = await storedArticle(s.control, manual.article);
      expect(stored.annotations.filter((a) => a.kind === 'manual').map((a) => words(a.text))).toEqual(
        expect.arrayContaining([words(selected), words(text)]),
      );
    }, STEP_TIMEOUT);

    it('annotates an always-on site on the next visit without a click, and stops when removed', async () => {
      const origin = new URL(s.server.url('/')).origin;
      // The test build already holds the test host's permission (the popup asks for it from a click).
      const on = await call<AlwaysOnSite[]>(s.control, 'setAlwaysOn', { origin, on: true });
      expect(on).toEqual({ ok: true, value: [{ origin }] });
      const fresh = await s.browser.newPage();
      await fresh.goto(s.server.url(OTHER_PATH));
      const painted = await waitFor('highlights without a click', () => paintedHighlights(fresh), (p) => (p['sourcelight-quote'] ?? []).length > 0, 20_000);
      expect((painted['sourcelight-quote'] ?? []).length).toBeGreaterThan(0);
      expect(ourErrors(fresh.events)).toEqual([]);
      const off = await call<AlwaysOnSite[]>(s.control, 'setAlwaysOn', { origin, on: false });
      expect(off).toEqual({ ok: true, value: [] });
      expect(await call<AlwaysOnSite[]>(s.control, 'listAlwaysOn', {})).toEqual({ ok: true, value: [] });
      await fresh.reload();
      await new Promise((r) => setTimeout(r, 1500));
      expect(Object.values(await paintedHighlights(fresh)).flat()).toEqual([]);
      await fresh.close();
    }, STEP_TIMEOUT);
  });
}
