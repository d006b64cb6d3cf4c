// The page learns nothing (issue 12, item 4), in Chromium and Firefox: a page script watches
// everything it can reach while the reader tags a finding and writes a note through the card
// (real keys, the shipped closed shadow roots), then attacks: it reads CSS.highlights, every
// style sheet and the computed highlight styles, looks for the note in the DOM and the shadow
// roots, dispatches made-up clicks and keys on the highlights and the card, and posts forged
// messages. It must learn nothing of the tag or the note, and nothing stored may change.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL, type PaintDescription } from '../../src/shared/messages';
import type { BrowserName, TestPage } from './helpers/browsers';
import { annotate, callTab, ourErrors, paintDescription, storedArticle, tabIdOf, waitFor } from './helpers/extension';
import { SEED_DIR } from './helpers/paths';
import { openSession, type E2eSession } from './helpers/session';

const TIMEOUT = 90_000;
const NOTE = 'zebra42 quietly';

/** What the page's own script can see: its view of Sourcelight's traces. */
interface PageView {
  highlights: Record<string, string[]>;
  sheets: string[];
  computed: Record<string, string>;
  hosts: Array<{ tag: string; shadowRoot: boolean }>;
  html: string;
}

/** Runs in the page's world: everything it can read. */
function readPage(): PageView {
  const highlights: Record<string, string[]> = {};
  CSS.highlights.forEach((h, name) => {
    highlights[name] = [];
    h.forEach((r) => highlights[name]!.push((r as Range).toString()));
  });
  const sheets: string[] = [];
  const rulesOf = (sheet: CSSStyleSheet) => {
    try {
      return [...sheet.cssRules].map((r) => r.cssText).join('\n');
    } catch {
      return '(unreadable)';
    }
  };
  for (const sheet of [...document.styleSheets]) sheets.push(rulesOf(sheet));
  for (const sheet of document.adoptedStyleSheets ?? []) sheets.push(rulesOf(sheet));
  const computed: Record<string, string> = {};
  for (const [name, texts] of Object.entries(highlights)) {
    if (texts.length === 0) continue;
    const range = [...(CSS.highlights.get(name) as unknown as Set<Range>)][0]!;
    const element = range.startContainer.parentElement;
    if (!element) continue;
    try {
      const s = getComputedStyle(element, `::highlight(${name})`);
      computed[name] = `${s.backgroundColor} ${s.textDecorationLine} ${s.textDecorationStyle} ${s.color}`;
    } catch {
      computed[name] = '(refused)';
    }
  }
  const hosts = [...document.querySelectorAll('*')]
    .filter((e) => e.tagName.includes('-'))
    .map((e) => ({ tag: e.tagName.toLowerCase(), shadowRoot: e.shadowRoot !== null }));
  return { highlights, sheets, computed, hosts, html: document.documentElement.outerHTML + document.body.innerText };
}

/** Runs in the page's world: every made-up event and forged message it can think of. */
async function attack(channel: string): Promise<number> {
  let sent = 0;
  const fire = (target: EventTarget, event: Event) => {
    target.dispatchEvent(event);
    sent++;
  };
  for (let round = 0; round < 5; round++) {
    CSS.highlights.forEach((h) => {
      h.forEach((r) => {
        const element = (r as Range).startContainer.parentElement;
        if (!element) return;
        const box = (r as Range).getBoundingClientRect();
        const at = { bubbles: true, cancelable: true, composed: true, clientX: box.left + 3, clientY: box.top + 3 };
        fire(element, new MouseEvent('mousemove', at));
        fire(element, new MouseEvent('click', at));
      });
    });
    for (const host of document.querySelectorAll('sourcelight-card, sourcelight-marks, sourcelight-select')) {
      (host as HTMLElement).focus?.();
      for (const key of [' ', 'Enter', 'Tab', 'Escape', 'Delete'])
        fire(host, new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      fire(host, new MouseEvent('click', { bubbles: true, composed: true }));
      fire(host, new InputEvent('input', { bubbles: true, composed: true, data: 'forged' }));
    }
    for (const key of ['.', ',', 's', 'S'])
      fire(document, new KeyboardEvent('keydown', { key, altKey: true, shiftKey: true, bubbles: true }));
    for (const type of ['updateAnnotation', 'correctAnnotation', 'saveFindings', 'setFilter'])
      window.postMessage({ channel, type, payload: { id: 'x', tags: ['disputed'], note: 'forged', dismissed: true } }, '*');
    const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: (...a: unknown[]) => unknown } } }).chrome?.runtime;
    try {
      runtime?.sendMessage?.({ channel, type: 'updateAnnotation', payload: { id: 'x', note: 'forged' } });
    } catch {
      // no way in from a page
    }
    await new Promise((r) => requestAnimationFrame(() => r(null)));
  }
  return sent;
}

/** The page's view without the two layers that follow the reader's position (the finding under focus, the flash). */
function withoutTransient(view: PageView, described: PaintDescription): PageView {
  const transient = new Set(Object.entries(described.layers).filter(([, l]) => l === 'active' || l === 'flash').map(([n]) => n));
  const keep = <T,>(o: Record<string, T>) => Object.fromEntries(Object.entries(o).filter(([n]) => !transient.has(n)));
  return { ...view, highlights: keep(view.highlights), computed: keep(view.computed) };
}

export function pageLearnsNothing(name: BrowserName): void {
  describe(`the page learns nothing, in ${name}`, () => {
    let session: E2eSession;

    beforeAll(async () => {
      session = await openSession(name);
      const seed = readFileSync(join(SEED_DIR, 'article.html'), 'utf8');
      // The shipped shadow-root mode (closed) on this page, in the test build too.
      session.server.set('/watched.html', seed.replace(/<head>/i, '<head><meta name="sourcelight-test-closed">'));
    }, TIMEOUT);

    afterAll(() => session?.close());

    it('sees no tag, note or speaker in names, rules, styles or the DOM; forged input changes nothing', async () => {
      const { server, page, control } = session;
      const url = server.url('/watched.html');
      await page.goto(url);
      await page.bringToFront();
      const tabId = await tabIdOf(control, url);
      const report = await annotate(control, tabId);
      expect(report.state).toBe('ready');

      // The reader opens a finding's card from the keyboard (focus lands on "Disputed").
      const stepped = await callTab<{ id: string | null }>(control, tabId, 'step', { direction: 'next' });
      const id = stepped.ok ? stepped.value.id : null;
      expect(id).not.toBeNull();
      await waitFor('the card open', () => paintDescription(page, control), (d) => d?.card === id);
      const described = (await paintDescription(page, control))!;
      const flashName = Object.entries(described.layers).find(([, l]) => l === 'flash')![0];
      await waitFor('the flash over', () => page.evaluate((n) => CSS.highlights.get(n)?.size ?? 0, flashName), (n) => n === 0);
      const before = withoutTransient(await page.evaluate(readPage, null), described);

      // Real keys: Space presses "Disputed", four Tabs (the two other verdicts, the tag field) reach the note, the words are typed.
      await page.press('Space');
      for (let i = 0; i < 4; i++) await page.press('Tab');
      for (const ch of NOTE) await page.press(ch === ' ' ? 'Space' : ch);
      await page.press('Escape');
      const stored = await waitFor(
        'the tag and the note stored',
        () => storedArticle(control, report.article!.url),
        (s) => s.annotations.some((a) => a.id === id && a.tags.includes('disputed') && a.note === NOTE),
      );
      const marked = await waitFor('the marks drawn', () => paintDescription(page, control), (d) => (d?.marks ?? []).some((m) => m.id === id && m.note));
      expect(marked!.marks.find((m) => m.id === id)!.tags).toEqual(['disputed']);

      // What the page sees now is what it saw before the reader's verdict and note.
      const after = withoutTransient(await page.evaluate(readPage, null), marked!);
      expect(after.highlights).toEqual(before.highlights);
      expect(after.computed).toEqual(before.computed);
      expect(after.sheets).toEqual(before.sheets);
      expect(after.hosts).toEqual(before.hosts);
      // Names say nothing; no style rule of Sourcelight's is readable; the shadow roots are closed.
      const names = Object.keys(after.highlights);
      expect(names.length).toBeGreaterThan(0);
      for (const n of names) expect(n).toMatch(/^[a-z][a-z0-9]{12}$/);
      expect(after.sheets.join('\n')).not.toMatch(/highlight|sourcelight/i);
      expect(after.hosts.every((h) => !h.shadowRoot)).toBe(true);
      // The note is nowhere the page can read; no speaker name is in a highlight's name.
      expect(after.html).not.toContain('zebra42');
      const speakers = [...new Set(stored.annotations.map((a) => a.speaker).filter((s): s is string => !!s))];
      for (const s of speakers) expect(names.join(' ').toLowerCase()).not.toContain(s.toLowerCase().split(' ').pop()!);

      // The page attacks; nothing stored changes and no card opens.
      const sent = await page.evaluate(attack, CHANNEL);
      expect(sent).toBeGreaterThan(50);
      const afterAttack = await storedArticle(control, report.article!.url);
      expect(afterAttack).toEqual(stored);
      expect((await paintDescription(page, control))!.card).toBeNull();
      expect((await page.evaluate(readPage, null)).html).not.toContain('zebra42');
      expect(ourErrors(page.events)).toEqual([]);
    }, TIMEOUT);
  });
}

export type { TestPage };
