// Writes a validated import into the database: one read-write transaction over both tables,
// so that a failure part-way leaves the database exactly as it was. What to write is decided by
// the pure merge plan; this module only reads the rows it needs and writes the plan.
import type { SourcelightDb } from './db';
import type { ExportBundle } from '../format/bundle';
import { parseImport, type ImportFormat, type ImportOptions } from '../format/import';
import { mergeArticles, mergePlan } from '../format/merge-plan';
import type { AnnotationRecord, ArticleRecord } from '../shared/model';

/** What an import did, for the reader. */
export interface ImportCounts {
  /** Annotations that were new. */
  added: number;
  /** Stored annotations replaced by a newer version from the file. */
  merged: number;
  /** Annotations from the file not written: the stored one is as new or newer. */
  skipped: number;
  /** Article rows added or updated. */
  articles: number;
}

/** Rows read and written per step inside the transaction (keeps memory flat for big files). */
const BATCH = 5000;

export async function applyImport(db: SourcelightDb, bundle: ExportBundle): Promise<ImportCounts> {
  return (await writeImport(db, bundle)).counts;
}

/** applyImport, and the addresses of the articles whose rows it wrote (open tabs of them repaint). */
async function writeImport(db: SourcelightDb, bundle: ExportBundle): Promise<{ counts: ImportCounts; changed: string[] }> {
  const changed = new Set<string>();
  const counts = await db.transaction('rw', db.articles, db.annotations, async () => {
    const counts: ImportCounts = { added: 0, merged: 0, skipped: 0, articles: 0 };
    for (let i = 0; i < bundle.articles.length; i += BATCH) {
      const slice = bundle.articles.slice(i, i + BATCH);
      const stored = await db.articles.bulkGet(slice.map((a) => a.url));
      const existing = new Map<string, ArticleRecord>();
      stored.forEach((row) => row && existing.set(row.url, row));
      const writes = mergeArticles(existing, slice);
      if (writes.length > 0) await db.articles.bulkPut(writes);
      for (const w of writes) changed.add(w.url);
      counts.articles += writes.length;
    }
    for (let i = 0; i < bundle.annotations.length; i += BATCH) {
      const slice = bundle.annotations.slice(i, i + BATCH);
      const stored = await db.annotations.bulkGet(slice.map((a) => a.id));
      const existing = new Map<string, AnnotationRecord>();
      stored.forEach((row) => row && existing.set(row.id, row));
      const plan = mergePlan(existing, slice);
      const writes = [...plan.add, ...plan.replace];
      if (writes.length > 0) await db.annotations.bulkPut(writes);
      for (const w of writes) changed.add(w.article);
      counts.added += plan.counts.added;
      counts.merged += plan.counts.merged;
      counts.skipped += plan.counts.skipped;
    }
    return counts;
  });
  return { counts, changed: [...changed] };
}

/** What importing a file did: the counts and warnings, or the first problems (nothing written). */
export type ImportOutcome =
  | {
      ok: true;
      counts: ImportCounts;
      warnings: string[];
      format: ImportFormat;
      /** The articles whose rows were written: a tab showing one repaints. */
      changed: string[];
    }
  | { ok: false; errors: string[] };

/**
 * Reads, validates and writes an import file. A file with any problem writes nothing; a failure
 * while writing rolls the transaction back and is reported the same way.
 */
export async function importFile(db: SourcelightDb, text: string, options: ImportOptions = {}): Promise<ImportOutcome> {
  const parsed = parseImport(text, options);
  if (!parsed.ok) return parsed;
  try {
    const { counts, changed } = await writeImport(db, parsed.bundle);
    return { ok: true, counts, warnings: parsed.warnings, format: parsed.format, changed };
  } catch (e) {
    return { ok: false, errors: [`Nothing was imported: the database refused the write (${e instanceof Error ? e.message : String(e)}).`] };
  }
}
