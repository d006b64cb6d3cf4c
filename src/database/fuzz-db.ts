// The database side of the import fuzz (src/format/fuzz-imports.ts): imports into a real Dexie
// database on fake-indexeddb, fingerprints every stored row, and round-trips an accepted file
// through an empty database. Test support, not shipped.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { ExportBundle } from '../format/bundle';
import { canonical, type FuzzDb } from '../format/fuzz-imports';
import { openDb, type SourcelightDb } from './db';
import { applyImport, importFile } from './import';
import { readBundle } from './queries';

/** A database holding `seed`, for refusals, and fresh databases for round trips. */
export async function fuzzDb(seed: ExportBundle): Promise<FuzzDb & { close(): void }> {
  const fresh = (): SourcelightDb => openDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  const db = fresh();
  await applyImport(db, seed);
  return {
    importFile: (text, options) => importFile(db, text, options),
    fingerprint: async () => canonical({ articles: await db.articles.toArray(), annotations: await db.annotations.toArray() }),
    roundTrip: async (bundle) => {
      const other = fresh();
      try {
        await applyImport(other, bundle);
        return await readBundle(other, 'all');
      } finally {
        other.close();
      }
    },
    close: () => db.close(),
  };
}
