// Keeps the library's search fields on every stored annotation, whoever writes it: a Dexie
// DBCore middleware adds `searchWords` (multi-entry index: full-text search) and `searchSite`
// (the article's host: filter by site without a join) to each annotation written, and takes
// them off again on every read, so that the rest of the extension only ever sees the model's
// AnnotationRecord.
import type { DBCore, DBCoreCursor, DBCoreTable, Middleware } from 'dexie';
import { annotationWords, hostOf } from '../shared/search-words';
import type { AnnotationRecord } from '../shared/model';

/** The fields the index adds to a stored annotation row. */
export interface SearchFields {
  /** Folded distinct words of text, speaker and note (see shared/search-words). */
  searchWords: string[];
  /** Host of the article url. */
  searchSite: string;
}

export type StoredAnnotation = AnnotationRecord & SearchFields;

export function searchFieldsOf(a: AnnotationRecord): SearchFields {
  return { searchWords: annotationWords(a), searchSite: hostOf(a.article) };
}

function withSearchFields(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const a = value as AnnotationRecord;
  if (typeof a.text !== 'string' || typeof a.note !== 'string' || typeof a.article !== 'string') return value;
  return { ...a, ...searchFieldsOf(a) };
}

/** The row without the search fields (the same object when it has none). */
export function withoutSearchFields<T>(value: T): T {
  if (typeof value !== 'object' || value === null || !('searchWords' in value || 'searchSite' in value)) return value;
  const { searchWords: _w, searchSite: _s, ...rest } = value as T & SearchFields;
  return rest as T;
}

function strippingCursor(cursor: DBCoreCursor | null): DBCoreCursor | null {
  if (cursor === null) return null;
  return new Proxy(cursor, {
    get(target, prop) {
      if (prop === 'value') return withoutSearchFields(target.value);
      const v = Reflect.get(target, prop, target) as unknown;
      return typeof v === 'function' ? (v as (...args: unknown[]) => unknown).bind(target) : v;
    },
  });
}

function indexTable(table: DBCoreTable): DBCoreTable {
  return {
    ...table,
    mutate: (req) =>
      req.type === 'add' || req.type === 'put' ? table.mutate({ ...req, values: req.values.map(withSearchFields) }) : table.mutate(req),
    get: (req) => table.get(req).then(withoutSearchFields),
    getMany: (req) => table.getMany(req).then((rows) => rows.map(withoutSearchFields)),
    query: (req) =>
      table.query(req).then((res) => (req.values === false ? res : { ...res, result: res.result.map(withoutSearchFields) })),
    openCursor: (req) => table.openCursor(req).then(strippingCursor),
  };
}

/** Registered by openDb on every database it opens. */
export const searchIndexMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'sourcelight-search-index',
  create: (down) => ({
    ...down,
    table: (name) => (name === 'annotations' ? indexTable(down.table(name)) : down.table(name)),
  }),
};
