// Decides, before any write, what an import does to the database: rows that are new are added,
// rows whose id is already stored replace it only when their `updated` is newer, the rest are
// skipped. Pure, so the counts the reader sees are the counts that get written.
import type { AnnotationRecord, ArticleRecord } from '../shared/model';

export interface MergePlan {
  /** New annotations (id not stored yet). */
  add: AnnotationRecord[];
  /** Annotations that replace a stored one with an older `updated`. */
  replace: AnnotationRecord[];
  /** Annotations not written: the stored row is as new or newer. */
  skip: AnnotationRecord[];
  counts: { added: number; merged: number; skipped: number };
}

/** Newer `updated` wins; on a tie the stored row stays. */
export function mergePlan(existing: ReadonlyMap<string, AnnotationRecord>, incoming: readonly AnnotationRecord[]): MergePlan {
  const add: AnnotationRecord[] = [];
  const replace: AnnotationRecord[] = [];
  const skip: AnnotationRecord[] = [];
  for (const row of incoming) {
    const stored = existing.get(row.id);
    if (!stored) add.push(row);
    else if (row.updated > stored.updated) replace.push(row);
    else skip.push(row);
  }
  return { add, replace, skip, counts: { added: add.length, merged: replace.length, skipped: skip.length } };
}

/**
 * The article rows to write: new articles as they are; a stored article keeps the earliest
 * first visit and the latest last visit, and the title and site of the later visit (unless
 * that title is only a stand-in).
 * Articles that would not change are left out.
 */
export function mergeArticles(existing: ReadonlyMap<string, ArticleRecord>, incoming: readonly ArticleRecord[]): ArticleRecord[] {
  const out: ArticleRecord[] = [];
  for (const row of incoming) {
    const stored = existing.get(row.url);
    if (!stored) {
      out.push(row);
      continue;
    }
    const [newer, older] = row.lastVisit > stored.lastVisit ? [row, stored] : [stored, row];
    const merged: ArticleRecord = {
      url: stored.url,
      // A title that is just the url is a stand-in (a W3C file names no titles): keep a real one.
      title: newer.title === newer.url || newer.title === '' ? older.title : newer.title,
      site: newer.site || older.site,
      firstVisit: Math.min(stored.firstVisit, row.firstVisit),
      lastVisit: Math.max(stored.lastVisit, row.lastVisit),
    };
    if (merged.title !== stored.title || merged.site !== stored.site || merged.firstVisit !== stored.firstVisit || merged.lastVisit !== stored.lastVisit) {
      out.push(merged);
    }
  }
  return out;
}
