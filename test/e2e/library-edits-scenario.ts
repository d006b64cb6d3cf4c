// The library's edits in a real browser (the same steps in Chromium and Firefox), driven by real
// clicks and keys on library.html (issue 11, items 3-5):
// - a note typed in the library is stored even when the page is closed right after the last key;
// - a free-form tag is typed, stored, shown, offered for completion elsewhere and found by search;
// - one annotation is deleted and brought back with Undo. The library writes a delete at once
//   (Undo writes the rows back), so while Undo is still offered it is checked gone: from the store,
//   the counts, a library search for its words typed again (no row), the library's own "Export
//   everything" (its JSON file caught in the page, no download) and the background's article
//   export. Deleting everything asks first (two articles), deletes both, exports nothing, and Undo
//   restores them;
// - an open tab is told of the library's deletes: one annotation deleted, its highlight goes from
//   the page; the whole article deleted, every highlight goes; Undo paints them again;
// - before anything slow while Undo is offered, the pointer rests on the offer, which holds its
//   time (LibraryApp, WCAG 2.2.1): the Undo click cannot race the offer's clock;
// - the library at 700 and 400 px keeps export and import above the rows;
// - a Hypothesis export imports with its tags as tags and its note, and an open tab of its
//   article paints the passage at once;
// - "Open at this annotation" opens the article, paints it and scrolls to the passage, found
//   again with its stored selectors.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportFile, PageReport } from '../../src/shared/messages';
import { annotationWords, searchWords } from '../../src/shared/search-words';
import type { AnnotationRecord } from '../../src/shared/model';
import type { BrowserName, TestPage } from './helpers/browsers';
import { annotate, ourErrors, paintedLayers, storedArticle, tabIdOf, waitFor, callBackground as call } from './helpers/extension';
import { SEED_PATH, webDevPages, webDevPath } from './helpers/server';
import { BLANK_PATH, openSession, type E2eSession } from './helpers/session';

const STEP_TIMEOUT = 90_000;

/** Clicks the middle of the first element matching selector (scrolled into view) with the mouse. */
async function clickOn(page: TestPage, selector: string): Promise<void> {
  const spot = await waitFor(
    `an element ${selector}`,
    () =>
      page.evaluate((sel) => {
        const el = document.querySelector(sel);
        if (!el) return null;
        el.scrollIntoView({ block: 'nearest' });
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0 ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
      }, selector),
    (p) => p !== null,
  );
  await page.click(spot!.x, spot!.y);
}

/** Opens a row's editor and waits until it has taken focus (into its note field). */
async function openEditor(page: TestPage, id: string): Promise<void> {
  await clickOn(page, `.row[data-id="${id}"] .row-edit`);
  await waitFor('the editor, focus in its note', () => page.evaluate(() => document.activeElement?.matches('.editor textarea') ?? false, null), (f) => f);
}

/** Clicks a field and waits until it has focus (a slow render must not send the keys elsewhere). */
async function focusField(page: TestPage, selector: string): Promise<void> {
  await clickOn(page, selector);
  await waitFor(`focus in ${selector}`, () => page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector), (f) => f);
}

async function typeText(page: TestPage, text: string): Promise<void> {
  for (const ch of text) await page.press(ch);
}

const textOf = (page: TestPage, selector: string) => page.evaluate((sel) => document.querySelector(sel)?.textContent ?? '', selector);

/**
 * Rests the pointer on the Undo offer (its text, not its button) and waits until the offer says it
 * is held: from then on its time stands still until the pointer leaves it.
 */
async function holdUndoOffer(page: TestPage): Promise<void> {
  const spot = await waitFor(
    'the Undo offer',
    () =>
      page.evaluate(() => {
        const r = document.querySelector('.undo span')?.getBoundingClientRect();
        return r && r.width > 0 && r.height > 0 ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
      }, null),
    (p) => p !== null,
  );
  await page.move(spot!.x, spot!.y);
  await waitFor('the Undo offer held', () => page.evaluate(() => document.querySelector('.undo')?.getAttribute('data-held') === 'true', null), (h) => h);
}

/** Focuses a field or button without the pointer (which stays on the Undo offer, holding it). */
async function focusWithoutPointer(page: TestPage, selector: string): Promise<void> {
  await page.evaluate((sel) => document.querySelector<HTMLElement>(sel)?.focus(), selector);
  await waitFor(`focus in ${selector}`, () => page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector), (f) => f);
}

interface ExportedJson {
  articles: Array<{ url: string }>;
  annotations: Array<{ id: string; text: string; article: string }>;
}

/**
 * The library's own "Export everything" as JSON, pressed with Enter (the pointer stays where it
 * is): the page's download link is caught in its click, its Blob read back, and nothing is saved.
 */
async function exportEverything(page: TestPage): Promise<ExportedJson> {
  await page.evaluate(() => {
    const w = window as unknown as { testExported?: string | null };
    w.testExported = null;
    const caught = (e: MouseEvent) => {
      const link = e.target;
      if (!(link instanceof HTMLAnchorElement) || !link.download) return;
      e.preventDefault();
      document.removeEventListener('click', caught, true);
      void fetch(link.href)
        .then((r) => r.text())
        .then((t) => (w.testExported = t));
    };
    document.addEventListener('click', caught, true);
  }, null);
  await page.evaluate(() => [...document.querySelectorAll('button')].find((b) => b.textContent === 'Export everything')?.setAttribute('data-test-target', 'Export everything'), null);
  await focusWithoutPointer(page, '[data-test-target="Export everything"]');
  await page.press('Enter');
  const text = await waitFor('the export file', () => page.evaluate(() => (window as unknown as { testExported?: string | null }).testExported ?? null, null), (t) => t !== null);
  return JSON.parse(text!) as ExportedJson;
}

/** Marks the button labelled exactly so (data-test-target = its label) for clickOn; true when there is one. */
const buttonWith = (page: TestPage, label: string) =>
  page.evaluate((l) => {
    const b = [...document.querySelectorAll('button')].find((x) => x.textContent === l);
    b?.setAttribute('data-test-target', l);
    return b !== undefined;
  }, label);

export function libraryEditsScenario(name: BrowserName): void {
  describe(`library edits, deletes and links in ${name}`, () => {
    let s: E2eSession;
    const reports: PageReport[] = [];
    let library: TestPage;
    const openLibrary = async () => {
      library = await s.browser.openExtensionPage('library.html', s.server.url(BLANK_PATH));
      await waitFor('the library counts', () => textOf(library, '.counts'), (t) => /\d+ annotations in \d+ articles/.test(t));
      await waitFor('rows', () => library.evaluate(() => document.querySelectorAll('.row[data-id]').length, null), (n) => n > 0);
      return library;
    };
    const stored = async (url: string) => (await storedArticle(s.control, url)).annotations;

    beforeAll(async () => {
      s = await openSession(name);
      for (const path of [SEED_PATH, webDevPath(webDevPages()[0]!)]) {
        await s.page.goto(s.server.url(path));
        const report = await annotate(s.control, await tabIdOf(s.control, s.server.url(path)));
        expect(report.state, String(report.message)).toBe('ready');
        reports.push(report);
      }
    }, STEP_TIMEOUT);
    afterAll(async () => {
      await s?.close();
    });

    it('stores a note typed in the library even when the page is closed at once', async () => {
      await openLibrary();
      const id = (await library.evaluate(() => document.querySelector('.row[data-id]')!.getAttribute('data-id'), null))!;
      await openEditor(library, id);
      await focusField(library, '.editor textarea');
      const text = 'Asked the press office';
      await typeText(library, text);
      await library.close();
      const url = reports.find((r) => r.annotations.some((a) => a.id === id))!.article!.url;
      const note = await waitFor('the library note stored', async () => (await stored(url)).find((a) => a.id === id)?.note, (n) => n === text);
      expect(note).toBe(text);
    }, STEP_TIMEOUT);

    it('adds a free-form tag, shows it, offers it for completion and finds it by search', async () => {
      await openLibrary();
      const [first, second] = await library.evaluate(() => [...document.querySelectorAll('.row[data-id]')].slice(0, 2).map((r) => r.getAttribute('data-id')!), null);
      await openEditor(library, first!);
      await focusField(library, '.editor .label-input');
      await typeText(library, 'kremlin');
      await library.press('Enter');
      await waitFor('the tag in the row', () => textOf(library, `.row[data-id="${first}"]`), (t) => t.includes('kremlin'));
      const url = reports.find((r) => r.annotations.some((a) => a.id === first))!.article!.url;
      expect((await stored(url)).find((a) => a.id === first)?.labels).toEqual(['kremlin']);
      await openEditor(library, second!);
      const offered = await waitFor(
        'the tag offered for completion',
        () => library.evaluate(() => [...document.querySelectorAll('datalist option')].map((o) => o.getAttribute('value')), null),
        (o) => o.includes('kremlin'),
      );
      expect(offered).toContain('kremlin');
      await focusField(library, 'input[type=search]');
      await typeText(library, 'kremlin');
      await waitFor('search by the tag', () => library.evaluate(() => [...document.querySelectorAll('.row[data-id]')].map((r) => r.getAttribute('data-id')), null), (ids) => ids.length === 1 && ids[0] === first);
      await library.close();
    }, STEP_TIMEOUT);

    it('deletes an annotation (gone from the store, the search and the exports) with Undo, and everything after a confirmation, with Undo', async () => {
      await openLibrary();
      const total = reports.reduce((n, r) => n + r.annotations.length, 0);
      await waitFor('counts', () => textOf(library, '.counts'), (t) => t.startsWith(`${total} annotations in 2 articles`));
      const id = (await library.evaluate(() => document.querySelector('.row[data-id]')!.getAttribute('data-id'), null))!;
      const record = reports.flatMap((r) => r.annotations).find((a) => a.id === id)!;
      const url = record.article;
      const rowIds = () => library.evaluate(() => [...document.querySelectorAll('.row[data-id]')].map((r) => r.getAttribute('data-id')!), null);
      const matches = (t: string) => Number(/· (\d+) match/.exec(t)?.[1] ?? NaN);
      // Its words, as the library indexes them (plain ones, typed as keys).
      const queryWords = searchWords(record.text).filter((w) => /^[a-z0-9]{3,}$/.test(w)).slice(0, 4);
      expect(queryWords.length).toBeGreaterThan(0);
      const words = queryWords.join(' ');
      // What the search must answer, worked out from the store (every word a prefix of a word of
      // the text, speaker, tags or note), so that the page's answer is known to be the final one.
      const expectedMatches = async () => {
        const all = (await Promise.all(reports.map((r) => stored(r.article!.url)))).flat();
        return all.filter((a) => queryWords.every((w) => annotationWords(a).some((x) => x.startsWith(w)))).length;
      };
      const search = async () => {
        await focusWithoutPointer(library, 'input[type=search]');
        await library.evaluate(() => document.querySelector<HTMLInputElement>('input[type=search]')!.select(), null);
        await typeText(library, words);
      };
      const articleExport = async () => {
        const file = await call<ExportFile>(library, 'exportArticle', { url, format: 'json' });
        if (!file.ok) throw new Error(file.error);
        return JSON.parse(file.value.text) as ExportedJson;
      };
      const isIt = (a: ExportedJson['annotations'][number]) => a.id === id || (a.article === url && a.text === record.text);
      // Before the delete, each check finds it (so that "not found" afterwards means something).
      const found = await expectedMatches();
      expect(found).toBeGreaterThan(0);
      await search();
      await waitFor(
        'the search finds it',
        async () => ({ ids: await rowIds(), n: matches(await textOf(library, '.counts')) }),
        (v) => v.n === found && v.ids.includes(id),
      );
      expect((await exportEverything(library)).annotations.filter(isIt).map((a) => a.id)).toEqual([id]);
      expect((await articleExport()).annotations.filter(isIt).map((a) => a.id)).toEqual([id]);

      await clickOn(library, `.row[data-id="${id}"] .row-delete`);
      await waitFor('the delete', () => textOf(library, '.undo'), (t) => t.includes('Deleted 1 annotation.'));
      await holdUndoOffer(library);
      expect((await stored(url)).some((a) => a.id === id)).toBe(false);
      await waitFor('counts after the delete', () => textOf(library, '.counts'), (t) => t.startsWith(`${total - 1} annotations`));
      // Searched again after the delete: no row of it (the other matches, if any, stay).
      expect(await expectedMatches()).toBe(found - 1);
      await search();
      const after = await waitFor(
        'the search after the delete',
        async () => ({ ids: await rowIds(), n: matches(await textOf(library, '.counts')) }),
        (v) => v.n === found - 1 && !v.ids.includes(id),
      );
      expect(after.ids).not.toContain(id);
      if (found === 1) expect(after.ids).toEqual([]);
      const everything = await exportEverything(library);
      expect(everything.annotations.filter(isIt)).toEqual([]);
      expect(everything.annotations).toHaveLength(total - 1);
      expect((await articleExport()).annotations.filter(isIt)).toEqual([]);
      expect(await textOf(library, '.undo')).toContain('Deleted 1 annotation.'); // still offered: held
      await clickOn(library, '.undo button');
      await waitFor('the annotation back', async () => (await stored(url)).some((a) => a.id === id), (b) => b);
      await waitFor('counts after undo', () => textOf(library, '.counts'), (t) => t.startsWith(`${total} annotations in 2 articles`));
      await focusWithoutPointer(library, 'input[type=search]');
      await library.evaluate(() => document.querySelector<HTMLInputElement>('input[type=search]')!.select(), null);
      await library.press('Backspace');
      await waitFor('the whole library listed', () => textOf(library, '.counts'), (t) => !t.includes('match'));

      await buttonWith(library, 'Delete everything…');
      await clickOn(library, '[data-test-target="Delete everything…"]');
      await waitFor('the question', () => textOf(library, '.confirm'), (t) => t.includes(`Delete all ${total} annotations in 2 articles?`));
      expect((await stored(url)).length).toBeGreaterThan(0);
      await buttonWith(library, 'Delete everything');
      await clickOn(library, '[data-test-target="Delete everything"]');
      await waitFor('everything deleted', () => textOf(library, '.counts'), (t) => t.startsWith('0 annotations in 0 articles'));
      await holdUndoOffer(library);
      for (const r of reports) expect(await storedArticle(s.control, r.article!.url)).toEqual({ article: null, annotations: [] });
      expect(await exportEverything(library)).toMatchObject({ articles: [], annotations: [] });
      await clickOn(library, '.undo button');
      await waitFor('everything back', () => textOf(library, '.counts'), (t) => t.startsWith(`${total} annotations in 2 articles`));
      expect((await stored(url)).length).toBe(reports.find((r) => r.article!.url === url)!.annotations.length);
      expect(ourErrors(library.events)).toEqual([]);
      await library.close();
    }, STEP_TIMEOUT);

    // Firefox: WebDriver BiDi browsingContext.setViewport (helpers/browsers.ts), Chromium: the page's viewport size.
    it('keeps export and import near the top of the library in narrow windows (700 and 400 px)', async () => {
      await openLibrary();
      for (const width of [700, 400]) {
        await library.setViewport(width, 700);
        const spots = await waitFor(
          `the library laid out at ${width} px`,
          () =>
            library.evaluate(() => {
              const top = (sel: string) => document.querySelector(sel)?.getBoundingClientRect().top ?? Infinity;
              return {
                width: document.documentElement.clientWidth,
                exportButton: top('[aria-label="Export"] button'),
                importField: top('input[type=file]'),
                firstRow: top('.row[data-id]'),
                scrolled: document.scrollingElement?.scrollTop ?? 0,
                view: innerHeight,
              };
            }, null),
          (v) => v.width <= width && v.firstRow !== Infinity,
        );
        // On the first screen, unscrolled, above the rows.
        expect(spots.scrolled).toBe(0);
        expect(spots.exportButton).toBeLessThan(spots.view);
        expect(spots.importField).toBeLessThan(spots.view);
        expect(spots.exportButton).toBeLessThan(spots.firstRow);
        expect(spots.importField).toBeLessThan(spots.firstRow);
      }
      await library.close();
    }, STEP_TIMEOUT);

    it('repaints an open tab when the library deletes one annotation or the whole article, and on Undo', async () => {
      await openLibrary();
      const id = (await library.evaluate(() => document.querySelector('.row[data-id]')!.getAttribute('data-id'), null))!;
      const report = reports.find((r) => r.annotations.some((a) => a.id === id))!;
      const url = report.article!.url;
      await s.page.goto(url);
      const shown = await annotate(s.control, await tabIdOf(s.control, url));
      const painted = async () =>
        Object.entries(await paintedLayers(s.page, s.control))
          .filter(([l]) => l.startsWith('kind-'))
          .reduce((n, [, t]) => n + t.length, 0);
      const all = shown.annotations.length - shown.orphaned.length;
      await waitFor('the page painted', painted, (n) => n === all);
      expect(all).toBeGreaterThan(1);
      // One annotation: its highlight goes from the open page, the others stay.
      await clickOn(library, `.row[data-id="${id}"] .row-delete`);
      await waitFor('the delete', () => textOf(library, '.undo'), (t) => t.includes('Deleted 1 annotation.'));
      await holdUndoOffer(library);
      await waitFor('its highlight gone from the open page', painted, (n) => n === all - 1);
      await clickOn(library, '.undo button');
      await waitFor('painted again after Undo', painted, (n) => n === all);
      // The whole article: every highlight goes.
      await clickOn(library, `.row[data-id="${id}"] .link-button`);
      await waitFor('the article delete', () => buttonWith(library, 'Delete this article and its annotations'), (b) => b);
      await clickOn(library, '[data-test-target="Delete this article and its annotations"]');
      await waitFor('the article deleted', () => textOf(library, '.undo'), (t) => t.includes('Deleted the article'));
      await holdUndoOffer(library);
      await waitFor('every highlight gone from the open page', painted, (n) => n === 0);
      expect(await storedArticle(s.control, url)).toEqual({ article: null, annotations: [] });
      await clickOn(library, '.undo button');
      await waitFor('the article painted again after Undo', painted, (n) => n === all);
      expect(ourErrors(library.events)).toEqual([]);
      expect(ourErrors(s.page.events)).toEqual([]);
      await library.close();
    }, STEP_TIMEOUT);

    it('imports a Hypothesis export: tags as tags, the note, counted, and an open tab of the article paints it at once', async () => {
      const seed = reports[0]!;
      const url = seed.article!.url;
      await s.page.goto(url);
      await annotate(s.control, await tabIdOf(s.control, url));
      // A passage no finding covers: words from the middle of the longest paragraph.
      const passage = await s.page.evaluate(() => {
        const p = [...document.querySelectorAll('p')].sort((a, b) => (b.textContent ?? '').length - (a.textContent ?? '').length)[0]!;
        const words = (p.textContent ?? '').replace(/\s+/g, ' ').trim().split(' ');
        const at = Math.floor(words.length / 2);
        return { prefix: words.slice(at - 4, at).join(' ') + ' ', exact: words.slice(at, at + 6).join(' '), suffix: ' ' + words.slice(at + 6, at + 10).join(' ') };
      }, null);
      const paintedPassage = async () =>
        Object.entries(await paintedLayers(s.page, s.control))
          .filter(([layer]) => layer.startsWith('kind-')) // its kind's layer; the verdict's bar is a layer of its own
          .flatMap(([, texts]) => texts)
          .filter((t) => t.replace(/\s+/g, ' ').includes(passage.exact)).length;
      expect(await paintedPassage()).toBe(0);
      const dir = mkdtempSync(join(tmpdir(), 'sourcelight-hypothesis-'));
      const file = join(dir, 'hypothesis.json');
      writeFileSync(
        file,
        JSON.stringify({
          export_date: '2025-03-06T00:00:00Z',
          export_userid: 'acct:reader@hypothes.is',
          client_version: '1.0',
          annotations: [
            {
              id: 'hypoSeedA1',
              created: '2025-03-04T10:11:12.345678+00:00',
              updated: '2025-03-05T08:00:00.000000+00:00',
              user: 'acct:reader@hypothes.is',
              uri: url,
              text: 'Check with the ministry',
              tags: ['hypoimported', 'disputed'],
              group: '__world__',
              target: [{ source: url, selector: [{ type: 'TextQuoteSelector', ...passage }] }],
              document: { title: ['The seed article'] },
            },
          ],
        }),
      );
      await openLibrary();
      const total = Number(/^(\d+) annotations/.exec(await textOf(library, '.counts'))![1]);
      // The browser reads a chosen file when the page asks for its bytes, not when it is chosen:
      // the file stays on disk until the import has reported.
      try {
        await library.setInputFiles('input[type=file]', file);
        await waitFor('the import counts', () => textOf(library, '.import-ok'), (t) => t.includes('1 added, 0 merged, 0 skipped'));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
      await waitFor('the library counts', () => textOf(library, '.counts'), (t) => t.startsWith(`${total + 1} annotations`));
      const imported = (await stored(url)).find((a) => a.id.endsWith('hypoSeedA1'));
      expect(imported).toMatchObject({ kind: 'manual', note: 'Check with the ministry', labels: ['hypoimported'], tags: ['disputed'] });
      // The open tab was told: the passage is painted there without a reload or a click.
      await waitFor('the imported passage painted in the open tab', paintedPassage, (n) => n === 1);
      await focusField(library, 'input[type=search]');
      await typeText(library, 'hypoimported');
      await waitFor('the tag found by search', () => library.evaluate(() => [...document.querySelectorAll('.row[data-id]')].map((r) => r.textContent ?? ''), null), (rows) => rows.length === 1 && rows[0]!.includes('hypoimported') && !rows[0]!.includes('Tags:'));
      expect(ourErrors(library.events)).toEqual([]);
      expect(ourErrors(s.page.events)).toEqual([]);
      await library.close();
    }, STEP_TIMEOUT);

    it('opens the article at an annotation far down the page: painted, scrolled to, re-anchored', async () => {
      const seed = reports[0]!;
      const last = [...seed.annotations].sort((a, b) => b.selectors.position.start - a.selectors.position.start)[0]!;
      // The library's own link (its click goes through the same background handler).
      await openLibrary();
      const href = await library.evaluate(() => document.querySelector('.row .open-link')?.getAttribute('href') ?? '', null);
      expect(href).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/.*#:~:text=/);
      const opened = await call<{ tabId: number; anchored: boolean; detail: string | null }>(library, 'openAnnotation', { id: last.id });
      if (!opened.ok) throw new Error(opened.error);
      expect(opened.value).toMatchObject({ anchored: true, detail: null });
      const view = await waitFor(
        'the passage painted in view',
        () => inTab(s.control, opened.value.tabId, last.selectors.quote.exact),
        (v) => v.painted > 0 && v.inView,
      );
      expect(view.scrollY).toBeGreaterThan(0);

      // A real click on a row's link does the same: one more tab, the page painted in it.
      const tabsOf = () =>
        s.control.evaluate(async (prefix) => {
          type Api = { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } };
          const g = globalThis as unknown as { browser?: Api; chrome?: Api };
          return (await (g.browser ?? g.chrome)!.tabs.query({})).filter((t) => t.url?.startsWith(prefix)).map((t) => t.id!);
        }, href.split('#')[0]!);
      const before = await tabsOf();
      await clickOn(library, '.row .open-link');
      const after = await waitFor('the new tab', tabsOf, (ids) => ids.length === before.length + 1);
      const fresh = after.find((t) => !before.includes(t))!;
      await waitFor('the new tab painted', () => inTab(s.control, fresh, ''), (v) => v.painted > 0);
      expect(ourErrors(library.events)).toEqual([]);
      await library.close();
    }, STEP_TIMEOUT);
  });
}

/** Reads, in a tab, how many highlight ranges there are and whether the passage's range is on screen. */
async function inTab(control: TestPage, tabId: number, exact: string): Promise<{ painted: number; inView: boolean; scrollY: number }> {
  return control.evaluate(
    async ({ tabId, exact }) => {
      type Api = { scripting: { executeScript(o: { target: { tabId: number }; world: 'MAIN'; func: (e: string) => unknown; args: string[] }): Promise<Array<{ result?: unknown; error?: unknown }>> } };
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      const [answer] = await (g.browser ?? g.chrome)!.scripting.executeScript({
        target: { tabId },
        // The page's own world: Firefox keeps CSS.highlights out of the extension's isolated one.
        world: 'MAIN',
        args: [exact.slice(0, 40)],
        func: (head: string) => {
          let painted = 0;
          let inView = false;
          CSS.highlights.forEach((h) => {
            h.forEach((r) => {
              painted++;
              const range = r as Range;
              if (range.toString().startsWith(head.slice(0, 20))) {
                const rect = range.getBoundingClientRect();
                if (rect.bottom > 0 && rect.top < innerHeight) inView = true;
              }
            });
          });
          return { painted, inView, scrollY: window.scrollY };
        },
      });
      if (!answer || answer.result === undefined) throw new Error(`executeScript gave no result: ${JSON.stringify(answer)}`);
      return answer.result as { painted: number; inView: boolean; scrollY: number };
    },
    { tabId, exact },
  );
}


