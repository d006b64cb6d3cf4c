// The library's queries on fake-indexeddb, checked against a plain scan of the same rows: every
// filter and combination gives the same annotations in the same order, and pages cut it right.
import fc from 'fast-check';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateLibrary } from '../../bench/export/library-data';
import { openDb, type SourcelightDb } from './db';
import type { ExportBundle } from '../format/bundle';
import { TAGS, type AnnotationKind, type AnnotationRecord } from '../shared/model';
import { foldForSearch, hostOf, searchWords } from '../shared/search-words';
import { applyImport } from './import';
import { listSites, listSpeakers, openView, readBundle, type LibraryFilter } from './queries';

let db: SourcelightDb;
let library: ExportBundle;

beforeAll(async () => {
  library = generateLibrary({ articles: 150, annotations: 3000, sites: 8, speakers: 40, seed: 99 });
  db = openDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  await applyImport(db, library);
}, 120_000);

/** The oracle: the filter applied to every row, newest change first. */
function scan(f: LibraryFilter): string[] {
  const words = searchWords(f.text ?? '');
  return library.annotations
    .filter((a) => {
      const hay = searchWords(`${a.text}\n${a.speaker ?? ''}\n${a.note}`);
      if (!words.every((w) => hay.some((h) => h.startsWith(w)))) return false;
      if (f.tags?.length && !a.tags.some((t) => f.tags!.includes(t))) return false;
      if (f.kinds?.length && !f.kinds.includes(a.kind)) return false;
      if (f.speaker && a.speaker !== f.speaker) return false;
      if (f.site && hostOf(a.article) !== f.site) return false;
      if (f.article && a.article !== f.article) return false;
      if (f.from !== undefined && a.created < f.from) return false;
      if (f.to !== undefined && a.created > f.to) return false;
      return true;
    })
    .sort((a, b) => b.updated - a.updated || (a.id < b.id ? 1 : -1))
    .map((a) => a.id);
}

function filterArb(): fc.Arbitrary<LibraryFilter> {
  const speakers = [...new Set(library.annotations.map((a) => a.speaker).filter((s): s is string => s !== null))];
  const sites = [...new Set(library.articles.map((a) => a.site))];
  const words = [...new Set(library.annotations.flatMap((a) => searchWords(a.text)))];
  const times = library.annotations.map((a) => a.created).sort((a, b) => a - b);
  return fc.record(
    {
      text: fc.oneof(
        fc.constantFrom(...words),
        fc.tuple(fc.constantFrom(...words), fc.constantFrom(...words)).map(([a, b]) => `${a.toUpperCase()}, ${b.slice(0, 3)}`),
        fc.constantFrom(...speakers).map((s) => s.split(' ')[1]!.slice(0, 4)),
      ),
      tags: fc.subarray([...TAGS], { minLength: 1 }),
      kinds: fc.subarray<AnnotationKind>(['quote', 'claim', 'scare', 'manual'], { minLength: 1 }),
      speaker: fc.constantFrom(...speakers),
      site: fc.constantFrom(...sites),
      from: fc.constantFrom(...times),
      to: fc.constantFrom(...times),
      article: fc.constantFrom(...library.articles.map((a) => a.url)),
    },
    { requiredKeys: [] },
  );
}

describe('library queries', { timeout: 120_000 }, () => {
  it('match a scan of all rows for generated filters, in the same order', async () => {
    await fc.assert(
      fc.asyncProperty(filterArb(), async (filter) => {
        const view = await openView(db, filter);
        const expected = scan(filter);
        expect(view.total).toBe(expected.length);
        expect(await view.ids()).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('pages through the unfiltered and a large filtered view without gaps or repeats', async () => {
    for (const filter of [{}, { kinds: ['quote', 'claim'] as AnnotationKind[] }]) {
      const view = await openView(db, filter);
      const expected = scan(filter);
      expect(view.total).toBe(expected.length);
      expect(view.total).toBeGreaterThan(2000);
      const seen: string[] = [];
      for (let offset = 0; offset < view.total; offset += 700) seen.push(...(await view.page(offset, 700)).map((r) => r.id));
      expect(seen.length).toBe(expected.length);
      expect(new Set(seen).size).toBe(expected.length);
      expect(seen).toEqual(expected);
    }
  });

  it('finds words whatever their case or accents, and nothing for a word no row has', async () => {
    const a = library.annotations.find((r) => r.note !== '')!;
    const word = searchWords(a.note)[0]!;
    const view = await openView(db, { text: word.toUpperCase() });
    expect(await view.ids()).toContain(a.id);
    expect((await openView(db, { text: 'zzzqqq' })).total).toBe(0);
    expect(foldForSearch('É')).toBe('e');
  });

  it('lists speakers and sites for the filter menus', async () => {
    const speakers = await listSpeakers(db);
    expect(speakers).toEqual([...new Set(library.annotations.map((a) => a.speaker).filter((s) => s !== null))].sort());
    expect(await listSites(db)).toEqual([...new Set(library.articles.map((a) => a.site))].sort());
  });

  it('reads an export bundle of a result, or of everything, with progress', async () => {
    const view = await openView(db, { tags: ['disputed'] });
    const progress: number[] = [];
    const bundle = await readBundle(db, await view.ids(), (n) => progress.push(n));
    expect(bundle.annotations.map((a) => a.id)).toEqual(scan({ tags: ['disputed'] }));
    expect(new Set(bundle.articles.map((a) => a.url))).toEqual(new Set(bundle.annotations.map((a) => a.article)));
    expect(progress.at(-1)).toBe(bundle.annotations.length);
    const all = await readBundle(db, 'all');
    const byId = (x: AnnotationRecord, y: AnnotationRecord) => (x.id < y.id ? -1 : 1);
    expect(all.annotations).toEqual([...library.annotations].sort(byId));
    expect(all.articles).toHaveLength(library.articles.length);
  });
});
