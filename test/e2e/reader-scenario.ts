// The reader in charge (issue 11, items 1 and 2), the same in Chromium and Firefox, driven by
// real clicks and keys: each speaker has a colour of their own in the page, the popup's legend
// names them, its switches and filters hide and show highlights in the page; in the card the
// reader gives a finding another speaker and another kind and dismisses one; the corrections
// survive a reload and the engine's new run, a manual highlight gets a speaker, and every
// export marks the corrections as the reader's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageReport } from '../../src/shared/messages';
import { PERSON_COLOURS } from '../../src/shared/speaker-colours';
import type { BrowserName, TestPage } from './helpers/browsers';
import { annotate, callTab, ourErrors, paintDescription, paintedLayers, storedArticle, tabIdOf, waitFor } from './helpers/extension';
import { SEED_PATH } from './helpers/server';
import { BLANK_PATH, openSession, type E2eSession } from './helpers/session';

const TIMEOUT = 90_000;

/** Centre of the first element matching selector (in the card's shadow root with inCard). */
async function centre(page: TestPage, selector: string, inCard = false): Promise<{ x: number; y: number }> {
  const spot = await page.evaluate(
    ({ selector, inCard }) => {
      const root: ParentNode | null | undefined = inCard ? document.querySelector('sourcelight-card')?.shadowRoot : document;
      const el = root?.querySelector(selector) as HTMLElement | null;
      el?.scrollIntoView({ block: 'center' });
      const r = el?.getBoundingClientRect();
      return r && r.width > 0 ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
    },
    { selector, inCard },
  );
  if (!spot) throw new Error(`nothing to click at ${selector}`);
  return spot;
}

/** Layers with something painted in them. */
const nonEmpty = (layers: Record<string, string[]>) => Object.fromEntries(Object.entries(layers).filter(([, t]) => t.length > 0));

export function readerScenario(name: BrowserName): void {
  describe(`the reader in charge, in ${name}`, () => {
    let s: E2eSession;
    let tabId: number;
    let report: PageReport;
    let url: string;

    beforeAll(async () => {
      s = await openSession(name);
      url = s.server.url(SEED_PATH);
      await s.page.goto(url);
      tabId = await tabIdOf(s.control, url);
      report = await annotate(s.control, tabId);
    }, TIMEOUT);

    afterAll(() => s?.close());

    it('gives each speaker a colour of their own in the page, and the popup legend names them', async () => {
      expect(report.state).toBe('ready');
      const layers = nonEmpty(await paintedLayers(s.page, s.control));
      const speakerLayers = Object.keys(layers).filter((l) => l.startsWith('speaker-'));
      expect(speakerLayers.length).toBeGreaterThanOrEqual(4);
      expect(speakerLayers).toContain('speaker-p0');
      expect(speakerLayers.some((l) => l.startsWith('speaker-o'))).toBe(true);
      expect(speakerLayers).toContain('speaker-anon');
      // The top speaker's findings are all in the first person colour, nobody else's are.
      const top = report.annotations.filter((a) => a.speaker === 'Dmitry Peskov');
      expect(top.length).toBeGreaterThan(5);
      expect(layers['speaker-p0']!.length).toBe(top.length);
      // Kinds read apart: quotes and claims have their own line.
      expect(layers['kind-quote']!.length).toBe(report.annotations.filter((a) => a.kind === 'quote').length);
      expect(layers['kind-claim']!.length).toBe(report.annotations.filter((a) => a.kind === 'claim').length);

      const popup = await s.browser.openExtensionPage(`popup.html?tab=${tabId}`, s.server.url(BLANK_PATH));
      const legend = await waitFor(
        'the legend',
        () =>
          popup.evaluate(
            () =>
              [...document.querySelectorAll('.legend-row')].map((r) => ({
                name: r.querySelector('.legend-name')?.textContent ?? '',
                colour: getComputedStyle(r.querySelector('.swatch')!).backgroundColor,
              })),
            null,
          ),
        (rows) => rows.length >= 4,
      );
      expect(legend[0]!.name).toBe('Dmitry Peskov');
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(PERSON_COLOURS[0].slice(i, i + 2), 16));
      expect(legend[0]!.colour).toBe(`rgb(${r}, ${g}, ${b})`);

      // Hide one speaker from the legend: gone from the page, the others stay.
      const toggle = await centre(popup, '.legend-row .legend-toggle');
      await popup.click(toggle.x, toggle.y);
      await waitFor('the speaker hidden', () => paintedLayers(s.page, s.control), (l) => (l['speaker-p0'] ?? []).length === 0);
      expect((await paintedLayers(s.page, s.control))['speaker-p1']!.length).toBeGreaterThan(0);
      await popup.click(toggle.x, toggle.y);
      await waitFor('the speaker back', () => paintedLayers(s.page, s.control), (l) => (l['speaker-p0'] ?? []).length === top.length);

      // All off, then on; a kind filter of the popup acts on the page too.
      const all = await centre(popup, '.switch input');
      await popup.click(all.x, all.y);
      await waitFor('everything hidden', () => paintedLayers(s.page, s.control), (l) => Object.values(l).every((t) => t.length === 0));
      await popup.click(all.x, all.y);
      await waitFor('everything back', () => paintedLayers(s.page, s.control), (l) => (l['kind-quote'] ?? []).length > 0);
      const claims = await centre(popup, '.chip.kind-claim');
      await popup.click(claims.x, claims.y);
      const onlyClaims = await waitFor('only claims', () => paintedLayers(s.page, s.control), (l) => (l['kind-quote'] ?? []).length === 0);
      expect(onlyClaims['kind-claim']!.length).toBe(layers['kind-claim']!.length);
      await popup.click(claims.x, claims.y);
      await waitFor('all kinds back', () => paintedLayers(s.page, s.control), (l) => (l['kind-quote'] ?? []).length > 0);
      await popup.close();
      expect(ourErrors(s.page.events)).toEqual([]);
    }, TIMEOUT);

    it('corrects the machine in the card: another speaker, another kind, dismiss; kept over a reload', async () => {
      const { page, control } = s;
      await page.bringToFront();
      const quote = report.annotations.find((a) => a.kind === 'quote' && a.speaker === 'Dmitry Peskov')!;
      const scare = report.annotations.find((a) => a.kind === 'scare' || a.speaker === null)!;
      const other = report.annotations.find((a) => a.speaker && a.speaker !== 'Dmitry Peskov' && a.speakerKind === 'person')!;
      // Open the quote's card with the keyboard path (focus in the card).
      await waitFor(
        'the quote card',
        async () => {
          await callTab(control, tabId, 'step', { direction: 'next' });
          return (await paintDescription(page, control))?.card;
        },
        (id) => id === quote.id,
        20_000,
      );
      // Speaker: the reader picks another speaker of the article from the list, with the keyboard.
      // (Focus is put on the select; the choice itself is made with trusted arrow keys.)
      const target = await page.evaluate(
        (name) => {
          const select = document.querySelector('sourcelight-card')!.shadowRoot!.querySelector<HTMLSelectElement>('select[data-fix="speaker"]')!;
          select.focus();
          return { index: [...select.options].findIndex((o) => o.textContent === name), now: select.selectedIndex };
        },
        other.speaker,
      );
      expect(target.index).toBeGreaterThanOrEqual(0);
      for (let i = target.now; i < target.index; i++) await page.press('ArrowDown');
      for (let i = target.now; i > target.index; i--) await page.press('ArrowUp');
      const moved = await waitFor('the new speaker stored', () => storedArticle(control, report.article!.url), (a) =>
        a.annotations.some((x) => x.id === quote.id && x.speaker === other.speaker),
      );
      expect(moved.annotations.find((x) => x.id === quote.id)!.correction?.engine.speaker).toBe('Dmitry Peskov');
      // Kind: it is a claim, says the reader.
      await page.evaluate(() => document.querySelector('sourcelight-card')!.shadowRoot!.querySelector<HTMLSelectElement>('select[data-fix="kind"]')!.focus(), null);
      await page.press('ArrowDown'); // quote -> claim
      await waitFor('the new kind stored', () => storedArticle(control, report.article!.url), (a) => a.annotations.some((x) => x.id === quote.id && x.kind === 'claim'));
      const recoloured = await paintedLayers(page, control);
      expect(recoloured['speaker-p0']!.length).toBe(report.annotations.filter((a) => a.speaker === 'Dmitry Peskov').length - 1);

      // Dismiss another finding with a real click on its card's button.
      await waitFor(
        'the second card',
        async () => {
          await callTab(control, tabId, 'step', { direction: 'next' });
          return (await paintDescription(page, control))?.card;
        },
        (id) => id === scare.id,
        20_000,
      );
      const dismiss = await centre(page, '[data-fix="dismiss"]', true);
      await page.click(dismiss.x, dismiss.y);
      await waitFor('dismissed', () => storedArticle(control, report.article!.url), (a) => a.annotations.some((x) => x.id === scare.id && x.correction?.dismissed));
      const paintedCount = async () => Object.entries(await paintedLayers(page, control)).filter(([l]) => l.startsWith('kind-')).reduce((n, [, t]) => n + t.length, 0);
      expect(await paintedCount()).toBe(report.annotations.length - report.orphaned.length - 1);

      // Reload: the engine runs again on the page; the corrections stand, painted as before. The
      // dismissed finding is never painted, not for one frame: a page-side watcher looks at the
      // page's highlights in every frame from before the run until after it.
      await page.reload();
      await page.evaluate((text) => {
        const w = window as unknown as { dismissedSeen: number; framesSeen: number };
        w.dismissedSeen = 0;
        w.framesSeen = 0;
        const look = () => {
          w.framesSeen++;
          CSS.highlights.forEach((h) => h.forEach((r) => void ((r as Range).toString() === text && w.dismissedSeen++)));
          requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      }, scare.text);
      const again = await annotate(control, tabId);
      const watched = await waitFor('frames watched', () => page.evaluate(() => { const w = window as unknown as { framesSeen: number; dismissedSeen: number }; return { framesSeen: w.framesSeen, dismissedSeen: w.dismissedSeen }; }, null), (w) => w.framesSeen > 3);
      expect(watched.dismissedSeen).toBe(0);
      const fixed = again.annotations.find((a) => a.id === quote.id)!;
      expect(fixed).toMatchObject({ speaker: other.speaker, kind: 'claim' });
      expect(again.annotations.find((a) => a.id === scare.id)!.correction?.dismissed).toBe(true);
      expect(await paintedCount()).toBe(again.annotations.length - again.orphaned.length - 1);
      expect(ourErrors(page.events)).toEqual([]);
    }, TIMEOUT);

    it('adds free-form tags in the card beside the verdicts, completed from the tags in use', async () => {
      const { page, control } = s;
      await page.bringToFront();
      const cardOn = async (pick: (id: string | null | undefined) => boolean) =>
        waitFor(
          'a card',
          async () => {
            await callTab(control, tabId, 'step', { direction: 'next' });
            return (await paintDescription(page, control))?.card;
          },
          pick,
          20_000,
        );
      /** The matches of a selector in the card: their first text and a value attribute; and the focused control's class. */
      const inCard = (selector: string) =>
        page.evaluate((sel) => {
          const root = document.querySelector('sourcelight-card')!.shadowRoot!;
          const found = [...root.querySelectorAll(sel)];
          return { texts: found.map((n) => n.firstChild?.textContent ?? ''), values: found.map((n) => n.getAttribute('value')), focused: root.activeElement?.className ?? '' };
        }, selector);
      const typeInTagField = async (text: string) => {
        const field = await centre(page, '.label-input', true);
        await page.click(field.x, field.y);
        await waitFor('focus in the tag field', async () => (await inCard('.label-input')).focused, (c) => c === 'label-input');
        for (const ch of text) await page.press(ch === ' ' ? 'Space' : ch);
        await page.press('Enter');
      };
      const first = (await cardOn((id) => typeof id === 'string'))!;
      await typeInTagField('kremlin');
      await waitFor('the tag stored', () => storedArticle(control, report.article!.url), (a) => a.annotations.some((x) => x.id === first && (x.labels ?? []).includes('kremlin')));
      expect((await inCard('.label-chip')).texts).toEqual(['kremlin']);
      // The verdicts are still the three buttons beside it.
      expect((await inCard('.tags button[data-tag]')).texts).toHaveLength(3);

      // Another finding's card offers it for completion.
      const second = (await cardOn((id) => typeof id === 'string' && id !== first))!;
      const offered = await waitFor('the completion', async () => (await inCard('datalist option')).values, (o) => o.includes('kremlin'));
      expect(offered).toContain('kremlin');
      await typeInTagField('follow up');
      await waitFor('the second tag stored', () => storedArticle(control, report.article!.url), (a) => (a.annotations.find((x) => x.id === second)?.labels ?? []).includes('follow up'));
      // Removed with a click on its ×.
      const remove = await centre(page, 'button[data-label="follow up"]', true);
      await page.click(remove.x, remove.y);
      await waitFor('the tag removed', () => storedArticle(control, report.article!.url), (a) => (a.annotations.find((x) => x.id === second)?.labels ?? []).length === 0);
      await page.press('Escape');
      expect(ourErrors(page.events)).toEqual([]);
    }, TIMEOUT);

    it('gives a manual highlight a speaker, and marks every correction as the reader’s in every export', async () => {
      const { page, control } = s;
      await page.evaluate(() => {
        const p = [...document.querySelectorAll('article p, p')].find((x) => (x.textContent ?? '').length > 80)!;
        const text = p.firstChild!;
        const range = document.createRange();
        range.setStart(text, 0);
        range.setEnd(text, Math.min(30, (text.textContent ?? '').length));
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
      }, null);
      const made = await callTab<{ id: string }>(control, tabId, 'annotateSelection', {});
      expect(made.ok).toBe(true);
      const manualId = made.ok ? made.value.id : '';
      await waitFor('the manual card', () => paintDescription(page, control), (d) => d?.card === manualId);
      // "Someone else…", then the typed name, with keys.
      await page.evaluate(() => {
        const select = document.querySelector('sourcelight-card')!.shadowRoot!.querySelector<HTMLSelectElement>('select[data-fix="speaker"]')!;
        select.focus();
      }, null);
      await page.press('End');
      await waitFor('the name field', () => page.evaluate(() => document.querySelector('sourcelight-card')!.shadowRoot!.activeElement?.tagName ?? '', null), (t) => t === 'INPUT');
      for (const ch of 'Harbour Board') await page.press(ch === ' ' ? 'Space' : ch);
      await page.press('Enter');
      const stored = await waitFor('the manual speaker', () => storedArticle(control, report.article!.url), (a) =>
        a.annotations.some((x) => x.id === manualId && x.speaker === 'Harbour Board'),
      );
      expect(stored.annotations.find((x) => x.id === manualId)).toMatchObject({ kind: 'manual', origin: 'manual' });

      for (const format of ['json', 'w3c', 'csv', 'md'] as const) {
        const out = await control.evaluate(
          async ({ url, format, channel }) => {
            const g = globalThis as unknown as { browser?: { runtime: { sendMessage(m: unknown): Promise<unknown> } }; chrome?: { runtime: { sendMessage(m: unknown): Promise<unknown> } } };
            return (await (g.browser ?? g.chrome)!.runtime.sendMessage({ channel, type: 'exportArticle', payload: { url, format } })) as { ok: boolean; value: { text: string } };
          },
          { url: report.article!.url, format, channel: 'sourcelight/1' },
        );
        expect(out.ok).toBe(true);
        const text = out.value.text;
        if (format === 'json') {
          // The field as stored: the reader's values and the engine's under them.
          const rows = (JSON.parse(text) as { annotations: Array<{ id: string; correction?: { speaker?: { name: string }; kind?: string } }> }).annotations;
          expect(rows.find((r) => r.id === manualId)?.correction?.speaker?.name).toBe('Harbour Board');
          expect(rows.some((r) => r.correction?.kind === 'claim')).toBe(true);
          continue;
        }
        if (format === 'w3c') expect(text).toContain('"purpose":"editing"');
        if (format === 'csv') expect(text).toContain('corrected_by_reader');
        expect(text).toMatch(/corrected by the reader: speaker: Harbour Board/i);
        expect(text).toMatch(/kind: claim \(was quote\)/);
      }
      expect(ourErrors(page.events)).toEqual([]);
    }, TIMEOUT);
  });
}
