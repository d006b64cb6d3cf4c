// The background's store on fake-indexeddb: upserts merge and never lose tags or notes, edits
// are checked, and reopening the database (schema upgrade path) keeps every row.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { FindingInput } from '../shared/messages';
import { openDb, SCHEMA } from './db';
import { searchWords } from '../shared/search-words';
import { openView } from './queries';
import { correctAnnotation, deleteAnnotations, deleteArticles, deleteEverything, getArticle, listLabels, restoreDeleted, saveFindings, updateAnnotation } from './store';

const URL_A = 'https://news.example/story';
const article = { url: URL_A, title: 'A story', site: 'news.example' };

function finding(id: string, start: number, extra: Partial<FindingInput> = {}): FindingInput {
  const exact = `words ${id}`;
  return {
    id,
    kind: 'quote',
    text: exact,
    speaker: 'Ada Example',
    speakerKind: 'person',
    cue: 'said',
    selectors: {
      quote: { type: 'TextQuoteSelector', exact, prefix: 'before ', suffix: ' after' },
      position: { type: 'TextPositionSelector', start, end: start + exact.length },
    },
    ...extra,
  };
}

function freshDb() {
  const deps = { indexedDB: new IDBFactory(), IDBKeyRange };
  return { deps, db: openDb(deps) };
}

describe('saveFindings', () => {
  it('stores the article and the findings in reading order', async () => {
    const { db } = freshDb();
    const out = await saveFindings(db, { article, findings: [finding('b', 50), finding('a', 10)] }, 1000);
    expect(out.article).toEqual({ ...article, firstVisit: 1000, lastVisit: 1000 });
    expect(out.annotations.map((a) => a.id)).toEqual(['a', 'b']);
    expect(out.annotations[0]).toMatchObject({ tags: [], note: '', origin: 'auto', created: 1000, updated: 1000, article: URL_A });
  });

  it('annotating twice neither duplicates findings nor loses tags and notes', async () => {
    const { db } = freshDb();
    await saveFindings(db, { article, findings: [finding('a', 10), finding('b', 50)] }, 1000);
    await updateAnnotation(db, { id: 'a', tags: ['disputed'], note: 'check this' }, 2000);
    const again = await saveFindings(
      db,
      { article, findings: [finding('a', 12, { speaker: 'Ada B. Example' }), finding('b', 50), finding('c', 90)] },
      3000,
    );
    expect(again.annotations.map((a) => a.id)).toEqual(['a', 'b', 'c']);
    const a = again.annotations[0]!;
    expect(a.tags).toEqual(['disputed']);
    expect(a.note).toBe('check this');
    expect(a.speaker).toBe('Ada B. Example');
    expect(a.selectors.position.start).toBe(12);
    expect(a.created).toBe(1000);
    expect(a.updated).toBe(3000);
    // An unchanged row is not rewritten.
    expect(again.annotations[1]!.updated).toBe(1000);
    expect(again.article).toMatchObject({ firstVisit: 1000, lastVisit: 3000 });
    expect(await db.annotations.count()).toBe(3);
  });

  it('keeps rows the engine no longer finds', async () => {
    const { db } = freshDb();
    await saveFindings(db, { article, findings: [finding('a', 10), finding('b', 50)] }, 1000);
    const again = await saveFindings(db, { article, findings: [finding('b', 50)] }, 2000);
    expect(again.annotations.map((a) => a.id)).toEqual(['a', 'b']);
  });

  it('refuses an id that belongs to another article and writes nothing', async () => {
    const { db } = freshDb();
    await saveFindings(db, { article, findings: [finding('a', 10)] }, 1000);
    const other = { url: 'https://other.example/x', title: 'Other', site: 'other.example' };
    await expect(saveFindings(db, { article: other, findings: [finding('z', 1), finding('a', 10)] }, 2000)).rejects.toThrow(
      /another article/,
    );
    expect(await db.articles.get(other.url)).toBeUndefined();
    expect(await db.annotations.get('z')).toBeUndefined();
  });
});

describe('updateAnnotation', () => {
  it('sets tags in canonical order and leaves the note alone when not given', async () => {
    const { db } = freshDb();
    await saveFindings(db, { article, findings: [finding('a', 10)] }, 1000);
    await updateAnnotation(db, { id: 'a', note: 'n' }, 1500);
    const out = await updateAnnotation(db, { id: 'a', tags: ['supported', 'needs-source'] }, 2000);
    expect(out.tags).toEqual(['needs-source', 'supported']);
    expect(out.note).toBe('n');
    expect((await getArticle(db, URL_A)).annotations[0]!.tags).toEqual(['needs-source', 'supported']);
  });

  it('answers not-found for an unknown id', async () => {
    const { db } = freshDb();
    await expect(updateAnnotation(db, { id: 'nope', tags: [] }, 1)).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('getArticle', () => {
  it('answers null and no annotations for an unknown article', async () => {
    const { db } = freshDb();
    expect(await getArticle(db, 'https://nowhere.example/')).toEqual({ article: null, annotations: [] });
  });
});

describe('schema', () => {
  it('versions go up and no version drops a table or an index of the one before', () => {
    for (let i = 1; i < SCHEMA.length; i++) {
      const prev = SCHEMA[i - 1]!;
      const next = SCHEMA[i]!;
      expect(next.version).toBeGreaterThan(prev.version);
      for (const [table, spec] of Object.entries(prev.stores)) {
        expect(next.stores[table], `table ${table} kept in v${next.version}`).toBeDefined();
        // The primary key must not change: IndexedDB cannot change it without copying the rows.
        expect(next.stores[table]!.split(',')[0]!.trim()).toBe(spec.split(',')[0]!.trim());
      }
    }
    expect(SCHEMA.length).toBeGreaterThan(0);
  });

  it('reopening the database keeps every row', async () => {
    const { deps, db } = freshDb();
    await saveFindings(db, { article, findings: [finding('a', 10), finding('b', 20)] }, 1000);
    await updateAnnotation(db, { id: 'b', tags: ['disputed'] }, 1100);
    db.close();
    const reopened = openDb(deps);
    const out = await getArticle(reopened, URL_A);
    expect(out.annotations.map((a) => [a.id, a.tags])).toEqual([
      ['a', []],
      ['b', ['disputed']],
    ]);
    expect(reopened.verno).toBe(SCHEMA[SCHEMA.length - 1]!.version);
  });
});

describe('correctAnnotation', () => {
  it('keeps the reader’s speaker and kind over later engine runs, with the engine’s values under it', async () => {
    const { db } = freshDb();
    await saveFindings(db, { article, findings: [finding('a', 10, { speakerId: 'e1' })] }, 1000);
    const fixed = await correctAnnotation(db, { id: 'a', speaker: { name: '  Bo   Other ', speakerKind: 'person', speakerId: null }, kind: 'claim' }, 2000);
    expect(fixed).toMatchObject({ speaker: 'Bo Other', speakerKind: 'person', speakerId: null, kind: 'claim', updated: 2000 });
    expect(fixed.correction).toMatchObject({ kind: 'claim', at: 2000, engine: { kind: 'quote', speaker: 'Ada Example', speakerId: 'e1' } });
    // The engine runs again and now says something else: the reader's correction stands.
    const again = await saveFindings(db, { article, findings: [finding('a', 12, { speaker: 'Ada B. Example' })] }, 3000);
    expect(again.annotations[0]).toMatchObject({ speaker: 'Bo Other', kind: 'claim' });
    expect(again.annotations[0]!.correction?.engine).toMatchObject({ speaker: 'Ada B. Example', speakerId: null });
    expect(again.annotations[0]!.selectors.position.start).toBe(12);
    // Undo: the engine's latest values come back, and no correction is left.
    const reset = await correctAnnotation(db, { id: 'a', reset: true }, 4000);
    expect(reset).toMatchObject({ speaker: 'Ada B. Example', kind: 'quote' });
    expect(reset.correction).toBeUndefined();
  });

  it('dismisses and brings back; "not a quote" keeps the row, hidden', async () => {
    const { db } = freshDb();
    await saveFindings(db, { article, findings: [finding('a', 10)] }, 1000);
    expect((await correctAnnotation(db, { id: 'a', dismissed: true }, 2000)).correction?.dismissed).toBe(true);
    await saveFindings(db, { article, findings: [finding('a', 10)] }, 2500);
    expect((await getArticle(db, URL_A)).annotations[0]!.correction?.dismissed).toBe(true);
    const back = await correctAnnotation(db, { id: 'a', dismissed: false }, 3000);
    expect(back.correction).toBeUndefined();
    const none = await correctAnnotation(db, { id: 'a', kind: 'none' }, 4000);
    expect(none).toMatchObject({ kind: 'quote', correction: { kind: 'none' } });
    await expect(correctAnnotation(db, { id: 'nope', dismissed: true }, 5000)).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('corrections with tags, labels and notes', () => {
  it('keeps the reader’s correction through a note or tag edit and an engine run, and the labels through a correction', async () => {
    const { db } = freshDb();
    await saveFindings(db, { article, findings: [finding('a', 10, { speakerId: 'e1' })] }, 1000);
    await updateAnnotation(db, { id: 'a', labels: ['kremlin'], note: 'check' }, 1500);
    const fixed = await correctAnnotation(db, { id: 'a', kind: 'claim' }, 2000);
    expect(fixed).toMatchObject({ kind: 'claim', labels: ['kremlin'], note: 'check', speakerId: 'e1' });
    const edited = await updateAnnotation(db, { id: 'a', tags: ['disputed'], note: 'checked' }, 2500);
    expect(edited.correction).toEqual(fixed.correction);
    const again = await saveFindings(db, { article, findings: [finding('a', 14, { speakerId: 'e2' })] }, 3000);
    expect(again.annotations[0]).toMatchObject({ kind: 'claim', labels: ['kremlin'], tags: ['disputed'], note: 'checked', speakerId: 'e2' });
    expect(again.annotations[0]!.correction?.engine).toMatchObject({ kind: 'quote', speakerId: 'e2' });
  });
});

describe('free-form tags', () => {
  it('stores them cleaned, keeps them through an engine run, indexes them for completion and search', async () => {
    const { db } = freshDb();
    await saveFindings(db, { article, findings: [finding('a', 10), finding('b', 50)] }, 1000);
    const out = await updateAnnotation(db, { id: 'a', labels: ['  Kremlin ', 'follow\nup', 'Kremlin', '', 'disputed'] }, 2000);
    expect(out.labels).toEqual(['Kremlin', 'follow up']);
    await updateAnnotation(db, { id: 'b', labels: ['budget'] }, 2000);
    await saveFindings(db, { article, findings: [finding('a', 12), finding('b', 50)] }, 3000);
    expect((await getArticle(db, URL_A)).annotations.map((a) => a.labels)).toEqual([['Kremlin', 'follow up'], ['budget']]);
    expect(await listLabels(db)).toEqual(['Kremlin', 'budget', 'follow up']);
    const view = await openView(db, { text: searchWords('kremlin').join(' ') });
    expect(await view.ids()).toEqual(['a']);
  });
});

describe('deletes', () => {
  const URL_B = 'https://news.example/other';
  async function twoArticles() {
    const { db } = freshDb();
    await saveFindings(db, { article, findings: [finding('a', 10), finding('b', 50)] }, 1000);
    await saveFindings(db, { article: { ...article, url: URL_B }, findings: [finding('c', 10)] }, 1000);
    await updateAnnotation(db, { id: 'a', note: 'unique-word zebra' }, 1100);
    return db;
  }
  const everything = async (db: Awaited<ReturnType<typeof twoArticles>>) => ({
    articles: (await db.articles.toArray()).map((a) => a.url).sort(),
    annotations: (await db.annotations.toArray()).map((a) => a.id).sort(),
  });

  it('deletes one annotation: gone from reads and search; undo puts it back as it was', async () => {
    const db = await twoArticles();
    const before = await db.annotations.get('a');
    const deleted = await deleteAnnotations(db, ['a']);
    expect(deleted.annotations.map((a) => a.id)).toEqual(['a']);
    expect(deleted.articles).toEqual([]);
    expect(await everything(db)).toEqual({ articles: [URL_B, URL_A].sort(), annotations: ['b', 'c'] });
    expect(await (await openView(db, { text: 'zebra' })).ids()).toEqual([]);
    await restoreDeleted(db, deleted);
    expect(await db.annotations.get('a')).toEqual(before);
    expect(await (await openView(db, { text: 'zebra' })).ids()).toEqual(['a']);
  });

  it('takes the article away with its last annotation (no orphan), and undo brings both back', async () => {
    const db = await twoArticles();
    const deleted = await deleteAnnotations(db, ['c']);
    expect(deleted.articles.map((a) => a.url)).toEqual([URL_B]);
    expect(await everything(db)).toEqual({ articles: [URL_A], annotations: ['a', 'b'] });
    await restoreDeleted(db, deleted);
    expect(await everything(db)).toEqual({ articles: [URL_B, URL_A].sort(), annotations: ['a', 'b', 'c'] });
  });

  it('deletes an article with all its annotations, or everything; undo restores every row', async () => {
    const db = await twoArticles();
    const full = { articles: await db.articles.toArray(), annotations: await db.annotations.toArray() };
    const one = await deleteArticles(db, [URL_A]);
    expect(one.annotations.map((a) => a.id).sort()).toEqual(['a', 'b']);
    expect(await everything(db)).toEqual({ articles: [URL_B], annotations: ['c'] });
    await restoreDeleted(db, one);
    const all = await deleteEverything(db);
    expect(all.annotations).toHaveLength(3);
    expect(await everything(db)).toEqual({ articles: [], annotations: [] });
    expect(await db.annotations.where('searchWords').startsWith('zebra').count()).toBe(0);
    await restoreDeleted(db, all);
    expect({ articles: await db.articles.toArray(), annotations: await db.annotations.toArray() }).toEqual(full);
  });

  it('undo never overwrites a row stored again since the delete', async () => {
    const db = await twoArticles();
    const deleted = await deleteAnnotations(db, ['b']);
    await saveFindings(db, { article, findings: [finding('b', 50)] }, 5000);
    await updateAnnotation(db, { id: 'b', note: 'newer' }, 5001);
    await restoreDeleted(db, deleted);
    expect((await db.annotations.get('b'))?.note).toBe('newer');
  });
});
