// @vitest-environment jsdom
// The library page in jsdom on a fake-indexeddb database: counts, a windowed list, search and
// filters, "only this article", export with progress through the real formats, and import with
// its counts or its first problems.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateLibrary } from '../../bench/export/library-data';
import { openDb, type SourcelightDb } from '../database/db';
import type { ExportBundle } from '../format/bundle';
import { parseImport } from '../format/import';
import { formatBundle } from '../format/index';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { applyImport } from '../database/import';
import { LibraryApp } from './LibraryApp';
import { openView } from '../database/queries';

let root: HTMLElement;
let db: SourcelightDb;
let library: ExportBundle;

beforeEach(async () => {
  root = document.createElement('div');
  root.style.height = '600px';
  document.body.append(root);
  db = openDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  library = generateLibrary({ articles: 40, annotations: 600, sites: 4, speakers: 12, seed: 5 });
  await applyImport(db, library);
});
afterEach(() => {
  render(null, root);
  root.remove();
  db.close();
});

async function until(check: () => boolean, what: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}: ${text().slice(0, 300)}`);
    await act(() => new Promise((r) => setTimeout(r, 20)));
  }
}

const text = () => root.textContent ?? '';
const rows = () => root.querySelectorAll('.row[data-id]');

describe('library page', { timeout: 120_000 }, () => {
  it('shows the counts and only a window of the rows', async () => {
    render(<LibraryApp db={db} />, root);
    await until(() => text().includes('600 annotations in 40 articles'), 'counts');
    await until(() => rows().length > 0, 'rows');
    expect(rows().length).toBeLessThan(40);
    expect(root.querySelector('.results-space')?.getAttribute('style')).toContain(`height: ${600 * 132}px`);
  });

  it('toggles a tag in a row and stores it at once', async () => {
    render(<LibraryApp db={db} />, root);
    await until(() => rows().length > 0, 'rows');
    const row = rows()[0]!;
    const id = row.getAttribute('data-id')!;
    const before = (await db.annotations.get(id))!;
    const button = () => root.querySelector<HTMLButtonElement>(`.row[data-id="${id}"] .tag-supported`)!;
    const was = before.tags.includes('supported');
    expect(button().getAttribute('aria-pressed')).toBe(String(was));
    await act(() => button().click());
    await until(() => button().getAttribute('aria-pressed') === String(!was), 'the toggled tag');
    const after = (await db.annotations.get(id))!;
    expect(after.tags.includes('supported')).toBe(!was);
    expect(after.updated).toBeGreaterThanOrEqual(before.updated);
    await act(() => button().click()); // and back
    await until(() => button().getAttribute('aria-pressed') === String(was), 'the tag toggled back');
    expect((await db.annotations.get(id))!.tags).toEqual(before.tags);
  });

  it('searches, filters by tag and narrows to one article', async () => {
    render(<LibraryApp db={db} />, root);
    await until(() => rows().length > 0, 'rows');
    const speaker = library.annotations.find((a) => a.speaker)!.speaker!;
    const expected = library.annotations.filter((a) => a.speaker === speaker).length;
    const search = root.querySelector<HTMLInputElement>('input[type=search]')!;
    await act(() => {
      search.value = speaker.toUpperCase();
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await until(() => text().includes(` · ${expected} match`) || /· \d+ match/.test(text()), 'search result');
    const matched = Number(/· (\d+) match/.exec(text())![1]);
    expect(matched).toBeGreaterThanOrEqual(expected);
    await until(() => [...rows()].every((r) => r.textContent!.toLowerCase().includes(speaker.split(' ')[0]!.toLowerCase())), 'rows of the speaker');

    await act(() => root.querySelector<HTMLButtonElement>('button.button-quiet')!.click()); // clear
    await act(() => [...root.querySelectorAll<HTMLButtonElement>('.chip')].find((b) => b.textContent === 'Disputed')!.click());
    const disputed = library.annotations.filter((a) => a.tags.includes('disputed')).length;
    await until(() => text().includes(` · ${disputed} match`), 'tag filter');
    await until(() => rows().length > 0 && [...rows()].every((r) => r.querySelector('.tag-disputed')?.getAttribute('aria-pressed') === 'true'), 'disputed rows');

    const first = rows()[0]!;
    const url = library.annotations.find((a) => a.id === first.getAttribute('data-id'))!.article;
    await act(() => first.querySelector<HTMLButtonElement>('.link-button')!.click());
    const both = library.annotations.filter((a) => a.article === url && a.tags.includes('disputed')).length;
    await until(() => text().includes(` · ${both} match`), 'one article');
    await until(() => rows().length === both, 'rows of the article');
    expect(text()).toContain(`Export this article (${both})`);
    const link = rows()[0]!.querySelector('a')!;
    expect(link.getAttribute('href')).toMatch(/^https:\/\/.*#:~:text=/);
    expect(link.getAttribute('target')).toBe('_blank');
  });

  it('exports a result with progress, and the file imports back to the same rows', async () => {
    const view = await openView(db, { kinds: ['claim'] });
    const saved: Array<{ parts: string[]; name: string; mime: string }> = [];
    render(<ExportPanel db={db} view={view} filtered save={(parts, name, mime) => saved.push({ parts, name, mime })} now={() => Date.UTC(2026, 10, 29)} />, root);
    for (const format of ['json', 'w3c', 'csv', 'md'] as const) {
      const select = root.querySelector<HTMLSelectElement>('select')!;
      await act(() => {
        select.value = format;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await act(() => root.querySelector<HTMLButtonElement>('button.button')!.click());
      await until(() => root.querySelector('progress') !== null || saved.length > 0, 'progress');
      await until(() => saved.length > 0 && text().includes('Exported'), `${format} export`);
      const file = saved.pop()!;
      expect(file.name).toMatch(new RegExp(`^sourcelight-results-2026-11-29\\.${format === 'w3c' ? 'jsonld' : format}$`));
      if (format === 'json' || format === 'w3c') {
        const back = parseImport(file.parts.join(''));
        if (!back.ok) throw new Error(back.errors.join('\n'));
        const claims = library.annotations.filter((a) => a.kind === 'claim');
        expect(back.bundle.annotations).toHaveLength(claims.length);
        expect(new Set(back.bundle.annotations.map((a) => a.id))).toEqual(new Set(claims.map((a) => a.id)));
      }
    }
  });

  it('imports a file and reports counts, or the first problems with nothing written', async () => {
    let imported = 0;
    const told: string[][] = [];
    render(<ImportPanel db={db} onImported={(urls) => (imported++, told.push(urls))} />, root);
    const input = root.querySelector<HTMLInputElement>('input[type=file]')!;
    const pick = async (name: string, body: string) => {
      const file = new File([body], name, { type: 'application/json' });
      Object.defineProperty(input, 'files', { value: [file], configurable: true });
      await act(() => {
        input.dispatchEvent(new Event('change', { bubbles: true }));
      });
    };
    const changed = library.annotations.slice(0, 3).map((a) => ({ ...a, note: 'edited', updated: a.updated + 1 }));
    const fresh = { ...library.annotations[3]!, id: 'brand-new' };
    await pick('mine.json', formatBundle({ articles: library.articles.slice(0, 2), annotations: [...changed, fresh, library.annotations[4]!] }, 'json'));
    await until(() => text().includes('1 added, 3 merged, 1 skipped') || text().includes('Nothing'), 'import counts');
    expect(text()).toContain('1 added, 3 merged, 1 skipped');
    expect(imported).toBe(1);
    expect((await db.annotations.get(changed[0]!.id))?.note).toBe('edited');
    // The articles of the rows written (the merged and the added), not the skipped row's.
    expect(new Set(told[0])).toEqual(new Set([...changed, fresh].map((a) => a.article)));

    const before = await db.annotations.count();
    await pick('broken.json', '{"format":"sourcelight","version":9,"articles":[],"annotations":[]}');
    await until(() => text().includes('Nothing was imported from broken.json'), 'import error');
    expect(text()).toContain('schema version 9 is newer than this Sourcelight reads');
    expect(await db.annotations.count()).toBe(before);
    expect(imported).toBe(1);
  });
});

describe('library edits and deletes', { timeout: 120_000 }, () => {
  const button = (label: string) => [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === label);

  it('edits a note and free-form tags (with completion from the tags in use), stored on every change', async () => {
    await db.annotations.update(library.annotations[0]!.id, { labels: ['kremlin'] });
    await db.annotations.update(library.annotations[1]!.id, { labels: ['budget'] });
    render(<LibraryApp db={db} />, root);
    await until(() => rows().length > 0, 'rows');
    const id = rows()[0]!.getAttribute('data-id')!;
    await act(() => root.querySelector<HTMLButtonElement>(`.row[data-id="${id}"] .row-edit`)!.click());
    await until(() => root.querySelector('.editor textarea') !== null, 'the editor');
    const options = () => [...root.querySelectorAll('datalist option')].map((o) => o.getAttribute('value'));
    const own = (await db.annotations.get(id))!.labels ?? [];
    await until(() => options().length > 0, 'completion');
    expect(options().filter((o) => o === 'kremlin' || o === 'budget').length).toBeGreaterThan(0);
    expect(options().some((o) => own.includes(o!))).toBe(false);
    const note = root.querySelector<HTMLTextAreaElement>('.editor textarea')!;
    for (const text of ['N', 'No', 'Not']) {
      await act(() => {
        note.value = text;
        note.dispatchEvent(new Event('input', { bubbles: true }));
      });
    }
    await until(() => text().includes('Saved'), 'saved');
    expect((await db.annotations.get(id))!.note).toBe('Not');
    const tagBox = root.querySelector<HTMLInputElement>('.label-input')!;
    await act(() => {
      tagBox.value = '  Follow   up ';
      tagBox.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => void tagBox.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    await until(() => (root.querySelector(`.row[data-id="${id}"]`)?.textContent ?? '').includes('Follow up'), 'the tag in the row');
    expect((await db.annotations.get(id))!.labels).toContain('Follow up');
    // The new tag is offered to the next annotation, and searching finds it.
    const other = rows()[1]!.getAttribute('data-id')!;
    await act(() => root.querySelector<HTMLButtonElement>(`.row[data-id="${other}"] .row-edit`)!.click());
    await until(() => options().includes('Follow up'), 'the new tag offered');
    const searchBox = root.querySelector<HTMLInputElement>('input[type=search]')!;
    await act(() => {
      searchBox.value = 'follow';
      searchBox.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await until(() => rows().length === 1 && rows()[0]!.getAttribute('data-id') === id, 'the tagged row found by search');
  });

  it('tells the open tabs of an import: the articles it wrote', async () => {
    const told: Array<string[] | null> = [];
    render(<LibraryApp db={db} onStoreChanged={(urls) => told.push(urls)} />, root);
    await until(() => text().includes('600 annotations in 40 articles'), 'counts');
    const input = root.querySelector<HTMLInputElement>('input[type=file]')!;
    const fresh = { ...library.annotations[0]!, id: 'brand-new', note: 'from Hypothesis' };
    const file = new File([formatBundle({ articles: library.articles.filter((a) => a.url === fresh.article), annotations: [fresh] }, 'json')], 'one.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await until(() => text().includes('Imported one.json') || text().includes('Nothing was imported'), 'the import');
    expect(text()).toContain('Imported one.json: 1 added');
    await until(() => text().includes('601 annotations in 40 articles'), 'the import counted');
    expect(told).toEqual([[fresh.article]]);
  });

  it('deletes an annotation with Undo; deleting everything asks first', async () => {
    let expire: (() => void) | null = null;
    const schedule = (fn: () => void) => {
      expire = fn;
      return () => (expire = null);
    };
    const told: Array<string[] | null> = [];
    render(<LibraryApp db={db} schedule={schedule} onStoreChanged={(urls) => told.push(urls)} />, root);
    await until(() => text().includes('600 annotations in 40 articles'), 'counts');
    await until(() => rows().length > 0, 'rows');
    const id = rows()[0]!.getAttribute('data-id')!;
    const itsArticle = library.annotations.find((a) => a.id === id)!.article;
    await act(() => root.querySelector<HTMLButtonElement>(`.row[data-id="${id}"] .row-delete`)!.click());
    await until(() => text().includes('Deleted 1 annotation.') && text().includes('599 annotations'), 'deleted');
    expect(await db.annotations.get(id)).toBeUndefined();
    await act(() => button('Undo')!.click());
    await until(() => text().includes('600 annotations in 40 articles') && !text().includes('Deleted 1'), 'undone');
    expect(await db.annotations.get(id)).toBeDefined();
    // The open tabs are told of the delete and of its Undo: that article, no other.
    expect(told).toEqual([[itsArticle], [itsArticle]]);

    // One article: no question, Undo offered; the offer ends when its time is up.
    const url = (await db.annotations.get(id))!.article;
    await until(() => root.querySelector(`.row[data-id="${id}"] .link-button`) !== null, 'the row back');
    const inArticle = library.annotations.filter((a) => a.article === url).length;
    await act(() => root.querySelector<HTMLButtonElement>(`.row[data-id="${id}"] .link-button`)!.click());
    await until(() => button('Delete this article and its annotations') !== undefined, 'article delete');
    await act(() => button('Delete this article and its annotations')!.click());
    await until(() => text().includes(`Deleted the article and its ${inArticle} annotation`) && text().includes('39 articles'), 'article deleted');
    expect(await db.articles.get(url)).toBeUndefined();
    await act(() => expire!());
    await until(() => button('Undo') === undefined, 'the Undo offer gone');

    // Everything: a confirmation first; Cancel keeps it all.
    await act(() => button('Delete everything…')!.click());
    expect(text()).toContain(`Delete all ${600 - inArticle} annotations in 39 articles?`);
    await act(() => button('Cancel')!.click());
    expect(await db.annotations.count()).toBe(600 - inArticle);
    await act(() => button('Delete everything…')!.click());
    await act(() => button('Delete everything')!.click());
    await until(() => text().includes('0 annotations in 0 articles'), 'all deleted');
    expect(await db.articles.count()).toBe(0);
    await act(() => button('Undo')!.click());
    await until(() => text().includes(`${600 - inArticle} annotations in 39 articles`), 'all back');
    expect(told[2]).toEqual([url]);
    expect(told[3]).toBeNull(); // everything
    expect(told[4]).toHaveLength(39); // Undo of everything names what came back
  });
});
