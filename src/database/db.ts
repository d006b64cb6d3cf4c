// The one module that opens Sourcelight's IndexedDB database (with Dexie), with its schema; its
// queries live beside it in src/database/ (store.ts: the background's reads and writes and the
// deletes; queries.ts: the library's views; import.ts: writing an import). The background worker
// and the extension pages (the library) share them; a content script never imports them: its
// IndexedDB would belong to the web page.
//
// Schema changes: add a new entry to SCHEMA (never edit an old one) and, when rows must change
// shape, an upgrade function that rewrites them. An upgrade must keep every row.
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { AnnotationRecord, ArticleRecord } from '../shared/model';
import { searchFieldsOf, searchIndexMiddleware } from './search-index';

export const DB_NAME = 'sourcelight';

/** One version of the schema: Dexie store specs and an optional row upgrade. */
export interface SchemaVersion {
  version: number;
  /** Dexie's store syntax: primary key first, then indexes ("*" = multi-entry). */
  stores: Record<string, string>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/** Every version there has been, oldest first. */
export const SCHEMA: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      articles: 'url, site, lastVisit',
      annotations: 'id, article, kind, *tags, updated',
    },
  },
  {
    // The library page: full-text search (multi-entry searchWords), filters by speaker, site and
    // date. The search fields are kept by search-index.ts on every write; this fills them in.
    version: 2,
    stores: {
      articles: 'url, site, lastVisit',
      annotations: 'id, article, kind, *tags, updated, created, speaker, searchSite, *searchWords',
    },
    upgrade: (tx) =>
      tx
        .table('annotations')
        .toCollection()
        .modify((row: AnnotationRecord) => {
          Object.assign(row, searchFieldsOf(row));
        })
        .then(() => undefined),
  },
  {
    // Free-form tags (issue 11): a multi-entry index for completion and filtering. Rows stored
    // before have no labels and are simply not in the index: nothing to rewrite.
    version: 3,
    stores: {
      articles: 'url, site, lastVisit',
      annotations: 'id, article, kind, *tags, *labels, updated, created, speaker, searchSite, *searchWords',
    },
  },
];

export type SourcelightDb = Dexie & {
  articles: EntityTable<ArticleRecord, 'url'>;
  annotations: EntityTable<AnnotationRecord, 'id'>;
};

/** IndexedDB implementation to use instead of the global one (tests pass fake-indexeddb). */
export interface DbDependencies {
  indexedDB: IDBFactory;
  IDBKeyRange: typeof IDBKeyRange;
}

/** Opens (lazily, on first use) the database with every schema version declared. */
export function openDb(deps?: DbDependencies, name = DB_NAME): SourcelightDb {
  const db = new Dexie(name, deps ? { indexedDB: deps.indexedDB, IDBKeyRange: deps.IDBKeyRange } : undefined) as SourcelightDb;
  for (const step of SCHEMA) {
    const v = db.version(step.version).stores(step.stores);
    if (step.upgrade) v.upgrade(step.upgrade);
  }
  db.use(searchIndexMiddleware);
  return db;
}
