// The search fields on fake-indexeddb: every way of writing an annotation indexes its words and
// site, no way of reading shows them, and the version 2 upgrade fills them in for old rows.
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { AnnotationRecord } from '../shared/model';
import { openDb } from './db';

const row = (id: string, over: Partial<AnnotationRecord> = {}): AnnotationRecord => ({
  id, article: 'https://www.news.example/story', kind: 'quote', text: 'Bridge reopens in spring', speaker: 'Ada Lovel', speakerKind: 'person', cue: 'said',
  selectors: { quote: { type: 'TextQuoteSelector', exact: 'Bridge reopens in spring', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 24 } },
  tags: [], note: '', origin: 'auto', created: 1, updated: 2, ...over,
});

describe('search index middleware', () => {
  it('indexes words and site on add, put, bulkPut, update and modify', async () => {
    const db = openDb({ indexedDB: new IDBFactory(), IDBKeyRange });
    await db.annotations.add(row('a'));
    await db.annotations.put(row('b', { text: 'Taxes will rise', article: 'https://other.example/x' }));
    await db.annotations.bulkPut([row('c', { note: 'Café owners agree' })]);
    await db.annotations.update('a', { note: 'needs a second source' });
    await db.annotations.where('id').equals('b').modify((r) => { r.speaker = 'Grace Hopp'; });
    const ids = async (word: string) => (await db.annotations.where('searchWords').equals(word).primaryKeys()).sort();
    expect(await ids('bridge')).toEqual(['a', 'c']);
    expect(await ids('taxes')).toEqual(['b']);
    expect(await ids('cafe')).toEqual(['c']);
    expect(await ids('second')).toEqual(['a']);
    expect(await ids('hopp')).toEqual(['b']);
    expect(await ids('lovel')).toEqual(['a', 'c']);
    expect(await db.annotations.where('searchSite').equals('other.example').primaryKeys()).toEqual(['b']);
    db.close();
  });

  it('never shows the search fields to readers', async () => {
    const db = openDb({ indexedDB: new IDBFactory(), IDBKeyRange });
    await db.annotations.bulkPut([row('a'), row('b')]);
    const clean = (r: unknown) => expect(Object.keys(r as object)).not.toEqual(expect.arrayContaining(['searchWords']));
    clean(await db.annotations.get('a'));
    (await db.annotations.bulkGet(['a', 'b'])).forEach(clean);
    (await db.annotations.toArray()).forEach(clean);
    (await db.annotations.where('article').equals(row('a').article).toArray()).forEach(clean);
    (await db.annotations.filter(() => true).toArray()).forEach(clean);
    await db.annotations.each(clean);
    expect(await db.annotations.get('a')).toEqual(row('a'));
    db.close();
  });

  it('the version 2 upgrade indexes rows written by version 1 and keeps them as they were', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie('sourcelight', { indexedDB, IDBKeyRange });
    old.version(1).stores({ articles: 'url, site, lastVisit', annotations: 'id, article, kind, *tags, updated' });
    const rows = [row('a'), row('b', { text: 'Prices fell', tags: ['disputed'] })];
    await old.table('annotations').bulkPut(rows);
    await old.table('articles').put({ url: rows[0]!.article, title: 'T', site: 'www.news.example', firstVisit: 1, lastVisit: 2 });
    old.close();
    const db = openDb({ indexedDB, IDBKeyRange });
    expect(await db.annotations.toArray()).toEqual(rows);
    expect(await db.articles.count()).toBe(1);
    expect(await db.annotations.where('searchWords').equals('prices').primaryKeys()).toEqual(['b']);
    expect(await db.annotations.where('searchSite').equals('www.news.example').count()).toBe(2);
    db.close();
  });
});
