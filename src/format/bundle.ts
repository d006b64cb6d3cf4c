// The one input every exporter takes and the importer gives back: stored rows, nothing else.
// Kept apart from the formats so that each format module depends only on this and the model.
import type { AnnotationRecord, ArticleRecord } from '../shared/model';

/** Rows to export, or rows an import file holds. */
export interface ExportBundle {
  /** The articles; every annotation's `article` should name one of them by url. */
  articles: ArticleRecord[];
  /** The annotations, in any order. */
  annotations: AnnotationRecord[];
}

/** The export formats. */
export const EXPORT_FORMATS = ['json', 'w3c', 'csv', 'md'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What a file of each format is called and served as. */
export const FORMAT_FILES: Record<ExportFormat, { extension: string; mime: string; label: string }> = {
  json: { extension: 'json', mime: 'application/json', label: 'Sourcelight JSON (lossless)' },
  w3c: { extension: 'jsonld', mime: 'application/ld+json', label: 'W3C Web Annotation (JSON-LD)' },
  csv: { extension: 'csv', mime: 'text/csv;charset=utf-8', label: 'CSV (spreadsheet)' },
  md: { extension: 'md', mime: 'text/markdown;charset=utf-8', label: 'Markdown' },
};

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** One article and its annotations, in text order. */
export interface ArticleGroup {
  article: ArticleRecord;
  annotations: AnnotationRecord[];
}

/**
 * Groups annotations under their articles (articles in the bundle's order, annotations by their
 * position in the text). An annotation whose article is missing gets a stand-in article named by
 * its url, so that no annotation is left out of a per-article format.
 */
export function groupByArticle(bundle: ExportBundle): ArticleGroup[] {
  const groups = new Map<string, ArticleGroup>();
  for (const article of bundle.articles) {
    if (!groups.has(article.url)) groups.set(article.url, { article, annotations: [] });
  }
  for (const annotation of bundle.annotations) {
    let group = groups.get(annotation.article);
    if (!group) {
      group = { article: standInArticle(annotation.article, annotation.created, annotation.updated), annotations: [] };
      groups.set(annotation.article, group);
    }
    group.annotations.push(annotation);
  }
  for (const group of groups.values()) {
    group.annotations.sort(
      (a, b) => a.selectors.position.start - b.selectors.position.start || compareStrings(a.id, b.id),
    );
  }
  return [...groups.values()];
}

/** An article record for a url we know nothing else about. */
export function standInArticle(url: string, firstVisit: number, lastVisit: number): ArticleRecord {
  return { url, title: url, site: siteOf(url), firstVisit, lastVisit };
}

/** The host name of a url, or "" when it is not a url. */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** Code-unit order, the same in every locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
