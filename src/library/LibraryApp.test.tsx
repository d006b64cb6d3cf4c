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
    render(<ImportPanel db={db} onImported={() => imported++} />, root);
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

    const before = await db.annotations.count();
    await pick('broken.json', '{"format":"sourcelight","version":9,"articles":[],"annotations":[]}');
    await until(() => text().includes('Nothing was imported from broken.json'), 'import error');
    expect(text()).toContain('schema version 9 is newer than this Sourcelight reads');
    expect(await db.annotations.count()).toBe(before);
    expect(imported).toBe(1);
  });
});
