// The library page's reads: a filtered, ordered view of the annotations that the windowed list
// pages through, facet lists for the filters, and the rows of an export. Every filter is answered
// from an index (multi-entry words, tags, kind, speaker, site, created, article); only primary
// keys are intersected in memory, never the rows of the whole table.
import type { SourcelightDb } from './db';
import type { ExportBundle } from '../format/bundle';
import type { AnnotationKind, AnnotationRecord, ArticleRecord, Tag } from '../shared/model';
import { searchWords } from '../shared/search-words';

/** What the reader filters by; every field is optional and they all must hold. */
export interface LibraryFilter {
  /** Full text: every word must appear in the text, speaker or note (the words as prefixes). */
  text?: string;
  /** Any of these tags. */
  tags?: Tag[];
  /** Any of these kinds. */
  kinds?: AnnotationKind[];
  /** This speaker, exactly as stored. */
  speaker?: string;
  /** Host name of the article. */
  site?: string;
  /** Created at or after (epoch ms). */
  from?: number;
  /** Created at or before (epoch ms). */
  to?: number;
  /** Only this article (its url). */
  article?: string;
}

/** A result the list can page through, newest change first. */
export interface LibraryView {
  total: number;
  /** Rows [offset, offset + limit) of the result. */
  page(offset: number, limit: number): Promise<AnnotationRecord[]>;
  /** The ids of the whole result, in order (for export). */
  ids(): Promise<string[]>;
}

export function isEmptyFilter(f: LibraryFilter): boolean {
  return !f.text?.trim() && !f.tags?.length && !f.kinds?.length && !f.speaker && !f.site && f.from === undefined && f.to === undefined && !f.article;
}

/**
 * Keys of rows whose index holds any of the values: one key range per value, united. (Dexie's
 * anyOf walks one cursor with jumps, which some IndexedDB implementations do in linear time
 * per jump; plain ranges are fast everywhere.)
 */
async function keysAnyOf(db: SourcelightDb, index: 'tags' | 'kind', values: readonly string[]): Promise<string[]> {
  const lists = await Promise.all([...new Set(values)].map((v) => db.annotations.where(index).equals(v).primaryKeys()));
  return lists.length === 1 ? lists[0]! : [...new Set(lists.flat())];
}

/**
 * Primary keys admitted by the selective clauses (words, speaker, site, article, dates), each
 * from its index; null when the filter has none of them.
 */
async function selectiveKeySets(db: SourcelightDb, f: LibraryFilter): Promise<Array<Set<string>> | null> {
  const t = db.annotations;
  const sets: Array<Promise<string[]>> = [];
  for (const word of searchWords(f.text ?? '')) sets.push(t.where('searchWords').startsWith(word).primaryKeys());
  if (f.speaker) sets.push(t.where('speaker').equals(f.speaker).primaryKeys());
  if (f.site) sets.push(t.where('searchSite').equals(f.site).primaryKeys());
  if (f.article) sets.push(t.where('article').equals(f.article).primaryKeys());
  if (f.from !== undefined || f.to !== undefined) {
    sets.push(t.where('created').between(f.from ?? 0, f.to ?? Number.MAX_SAFE_INTEGER, true, true).primaryKeys());
  }
  if (sets.length === 0) return null;
  return (await Promise.all(sets)).map((keys) => new Set(keys));
}

/** Primary keys admitted by the broad clauses (tags, kinds: few values, many rows each). */
async function broadKeySets(db: SourcelightDb, f: LibraryFilter): Promise<Array<Set<string>>> {
  const sets: Array<Promise<string[]>> = [];
  if (f.tags?.length) sets.push(keysAnyOf(db, 'tags', f.tags));
  if (f.kinds?.length) sets.push(keysAnyOf(db, 'kind', f.kinds));
  return (await Promise.all(sets)).map((keys) => new Set(keys));
}

/** The broad clauses checked on a row (the same test the indexes make). */
function passesBroad(a: AnnotationRecord, f: LibraryFilter): boolean {
  if (f.tags?.length && !a.tags.some((t) => f.tags!.includes(t))) return false;
  if (f.kinds?.length && !f.kinds.includes(a.kind)) return false;
  return true;
}

function intersect(sets: Array<Set<string>>): Set<string> {
  if (sets.length === 0) return new Set();
  const [smallest, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  const out = new Set<string>();
  for (const key of smallest!) if (rest.every((s) => s.has(key))) out.add(key);
  return out;
}

/** Up to this many rows are read to finish a filter or to sort a result in memory. */
const ROWS_IN_MEMORY = 5000;

/** Newest change first; ties by id from high to low, as a reversed walk of the `updated` index gives them. */
const newestFirst = (a: AnnotationRecord, b: AnnotationRecord) => b.updated - a.updated || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

async function rowsOf(db: SourcelightDb, ids: Iterable<string>): Promise<AnnotationRecord[]> {
  return (await db.annotations.bulkGet([...ids])).filter((r): r is AnnotationRecord => r !== undefined);
}

/** The ids that match a non-empty filter, newest change first. */
async function matchingIds(db: SourcelightDb, filter: LibraryFilter): Promise<string[]> {
  const selective = await selectiveKeySets(db, filter);
  const candidates = selective === null ? null : intersect(selective);
  if (candidates !== null && candidates.size <= ROWS_IN_MEMORY) {
    // Few candidates: read them and check tags and kinds on the rows.
    return (await rowsOf(db, candidates)).filter((a) => passesBroad(a, filter)).sort(newestFirst).map((a) => a.id);
  }
  const matches = intersect([...(candidates === null ? [] : [candidates]), ...(await broadKeySets(db, filter))]);
  if (matches.size <= ROWS_IN_MEMORY) return (await rowsOf(db, matches)).sort(newestFirst).map((a) => a.id);
  // Many matches: the order comes from the `updated` index (keys only).
  return (await db.annotations.orderBy('updated').reverse().primaryKeys()).filter((id) => matches.has(id));
}

/** Opens a view of the annotations that match the filter. */
export async function openView(db: SourcelightDb, filter: LibraryFilter): Promise<LibraryView> {
  const t = db.annotations;
  if (isEmptyFilter(filter)) {
    const total = await t.count();
    return {
      total,
      page: (offset, limit) => t.orderBy('updated').reverse().offset(offset).limit(limit).toArray(),
      ids: () => t.orderBy('updated').reverse().primaryKeys(),
    };
  }
  const ordered = await matchingIds(db, filter);
  return {
    total: ordered.length,
    page: (offset, limit) => rowsOf(db, ordered.slice(offset, offset + limit)),
    ids: async () => ordered,
  };
}

/** Distinct speakers (for the speaker filter), in index order. */
export async function listSpeakers(db: SourcelightDb): Promise<string[]> {
  return (await db.annotations.orderBy('speaker').uniqueKeys()) as string[];
}

/** Distinct sites of the stored articles. */
export async function listSites(db: SourcelightDb): Promise<string[]> {
  return (await db.articles.orderBy('site').uniqueKeys()) as string[];
}

/** The articles of these urls (for the rows on screen), by url. */
export async function articlesByUrl(db: SourcelightDb, urls: string[]): Promise<Map<string, ArticleRecord>> {
  const unique = [...new Set(urls)];
  const rows = await db.articles.bulkGet(unique);
  const out = new Map<string, ArticleRecord>();
  rows.forEach((r) => r && out.set(r.url, r));
  return out;
}

/** Counts for the header. */
export async function libraryCounts(db: SourcelightDb): Promise<{ articles: number; annotations: number }> {
  const [articles, annotations] = await Promise.all([db.articles.count(), db.annotations.count()]);
  return { articles, annotations };
}

/** Rows read per step of an export. */
const EXPORT_BATCH = 2000;

/**
 * The rows of an export: the annotations of these ids (in batches, reporting progress) and their
 * articles. `all` exports every article, also those without annotations.
 */
export async function readBundle(
  db: SourcelightDb,
  ids: string[] | 'all',
  onProgress?: (read: number, total: number) => void,
): Promise<ExportBundle> {
  const annotations: AnnotationRecord[] = [];
  if (ids === 'all') {
    const total = await db.annotations.count();
    let last: string | null = null;
    for (;;) {
      const batch: AnnotationRecord[] = await (last === null ? db.annotations.orderBy('id') : db.annotations.where('id').above(last)).limit(EXPORT_BATCH).toArray();
      if (batch.length === 0) break;
      annotations.push(...batch);
      last = batch[batch.length - 1]!.id;
      onProgress?.(annotations.length, total);
    }
    const articles = await db.articles.toArray();
    return { articles, annotations };
  }
  for (let i = 0; i < ids.length; i += EXPORT_BATCH) {
    const batch = await db.annotations.bulkGet(ids.slice(i, i + EXPORT_BATCH));
    for (const row of batch) if (row) annotations.push(row);
    onProgress?.(Math.min(ids.length, i + EXPORT_BATCH), ids.length);
  }
  const articles = [...(await articlesByUrl(db, annotations.map((a) => a.article))).values()];
  return { articles, annotations };
}
