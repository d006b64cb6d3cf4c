// Import into a real Dexie database on fake-indexeddb: export → wipe → import gives back the
// same rows; broken files change nothing; a write that fails half-way is rolled back; merges
// keep the newer row and count what they did.
import fc from 'fast-check';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openDb, type SourcelightDb } from './db';
import { bundleArb } from '../format/arbitraries';
import { brokenFileArb } from '../format/broken-files';
import type { ExportBundle } from '../format/bundle';
import { formatBundle } from '../format/index';
import type { AnnotationRecord } from '../shared/model';
import { applyImport, importFile } from './import';

function freshDb(): SourcelightDb {
  return openDb({ indexedDB: new IDBFactory(), IDBKeyRange });
}

/** Everything in the database, in key order. */
async function snapshot(db: SourcelightDb): Promise<ExportBundle> {
  return { articles: await db.articles.toArray(), annotations: await db.annotations.toArray() };
}

const byId = (a: AnnotationRecord, b: AnnotationRecord) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const sorted = (b: ExportBundle): ExportBundle => ({
  articles: [...b.articles].sort((x, y) => (x.url < y.url ? -1 : x.url > y.url ? 1 : 0)),
  annotations: [...b.annotations].sort(byId),
});

describe('import into the database', { timeout: 120_000 }, () => {
  it('export → wipe → import gives back identical rows (JSON and W3C)', async () => {
    await fc.assert(
      fc.asyncProperty(bundleArb, fc.constantFrom('json' as const, 'w3c' as const), async (bundle, format) => {
        const db = freshDb();
        await applyImport(db, bundle);
        const before = await snapshot(db);
        expect(sorted(before)).toEqual(sorted(bundle));
        const file = formatBundle(before, format);
        await db.delete();
        const again = freshDb();
        const outcome = await importFile(again, file);
        if (!outcome.ok) throw new Error(outcome.errors.join('\n'));
        expect(outcome.counts).toMatchObject({ added: bundle.annotations.length, merged: 0, skipped: 0 });
        expect(await snapshot(again)).toEqual(before);
        again.close();
      }),
      { numRuns: 40 },
    );
  });

  it('100 generated broken files: every one refused, no row lost or changed', async () => {
    const seed = fc.sample(bundleArb.filter((b) => b.annotations.length > 3), { numRuns: 1, seed: 7 })[0]!;
    const db = freshDb();
    await applyImport(db, seed);
    const before = await snapshot(db);
    const files = fc.sample(brokenFileArb, { numRuns: 100, seed: 42 });
    let refused = 0;
    for (const broken of files) {
      const outcome = await importFile(db, broken.text, broken.maxBytes === undefined ? {} : { maxBytes: broken.maxBytes });
      if (outcome.ok) throw new Error(`imported a broken file: ${broken.why}`);
      expect(outcome.errors.length).toBeGreaterThan(0);
      refused++;
    }
    expect(refused).toBe(100);
    expect(await snapshot(db)).toEqual(before);
    db.close();
  });

  it('a write that fails half-way leaves the database exactly as it was', async () => {
    const [bundle] = fc.sample(bundleArb.filter((b) => b.annotations.length > 0), { numRuns: 1, seed: 3 });
    const db = freshDb();
    const existing = { ...bundle!, annotations: bundle!.annotations.slice(0, 1) };
    await applyImport(db, existing);
    const before = await snapshot(db);
    const incoming = {
      articles: bundle!.articles.map((a) => ({ ...a, title: `${a.title} (changed)`, lastVisit: a.lastVisit + 1 })),
      annotations: bundle!.annotations.map((a) => ({ ...a, note: 'changed', updated: a.updated + 1 })),
    };
    const original = db.annotations.bulkPut.bind(db.annotations);
    db.annotations.bulkPut = (() => Promise.reject(new Error('disk full'))) as unknown as typeof original;
    const outcome = await importFile(db, formatBundle(incoming, 'json'));
    expect(outcome).toEqual({ ok: false, errors: [expect.stringMatching(/^Nothing was imported: .*disk full/)] });
    db.annotations.bulkPut = original;
    expect(await snapshot(db)).toEqual(before);
    db.close();
  });

  it('merges by id: the newer updated wins, ties and older rows are skipped', async () => {
    const [bundle] = fc.sample(bundleArb.filter((b) => b.annotations.length >= 3), { numRuns: 1, seed: 11 });
    const rows = bundle!.annotations.map((a, i) => ({ ...a, updated: 1000 + i }));
    const db = freshDb();
    await applyImport(db, { articles: bundle!.articles, annotations: rows });
    const [first, second, third, ...rest] = rows;
    const file = formatBundle(
      {
        articles: bundle!.articles,
        annotations: [
          { ...first!, note: 'newer', updated: first!.updated + 1 },
          { ...second!, note: 'same time', updated: second!.updated },
          { ...third!, note: 'older', updated: third!.updated - 1 },
          { ...third!, id: `${third!.id}-new`, note: 'new row' },
        ],
      },
      'json',
    );
    const outcome = await importFile(db, file);
    expect(outcome).toMatchObject({ ok: true, counts: { added: 1, merged: 1, skipped: 2 } });
    expect((await db.annotations.get(first!.id))?.note).toBe('newer');
    expect(await db.annotations.get(second!.id)).toEqual(second);
    expect(await db.annotations.get(third!.id)).toEqual(third);
    expect((await db.annotations.get(`${third!.id}-new`))?.note).toBe('new row');
    expect(await db.annotations.count()).toBe(rows.length + 1);
    expect(rest.length).toBe(rows.length - 3);
    db.close();
  });
});
