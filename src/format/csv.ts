// CSV export for spreadsheets: one row per annotation, RFC 4180 quoting, UTF-8 with a byte
// order mark (so that spreadsheet programs read it as UTF-8). No cell can start a formula:
// text that a spreadsheet would evaluate gets a leading apostrophe (OWASP "CSV injection").
import type { AnnotationRecord, ArticleRecord } from '../shared/model';
import { standInArticle, type ExportBundle } from './bundle';
import { DEFAULT_CHUNK_SIZE, slices, type ExportChunk } from './chunks';
import { correctionText } from './correction';

export const CSV_COLUMNS = [
  'id', 'article_url', 'article_title', 'site', 'kind', 'text', 'speaker', 'speaker_kind', 'cue',
  'tags', 'note', 'origin', 'created', 'updated', 'exact', 'prefix', 'suffix', 'start', 'end',
  'corrected_by_reader',
] as const;

const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * A cell a spreadsheet would read as a formula: starting with = + - @, a tab or a carriage
 * return, also after leading white space, and the full-width forms of = + - @ that some
 * spreadsheet programs fold to ASCII.
 */
const FORMULA_START = /^[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** A text cell made safe for a spreadsheet and quoted by RFC 4180 where needed. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString();
}

function csvRow(a: AnnotationRecord, article: ArticleRecord): string {
  return [
    csvCell(a.id),
    csvCell(a.article),
    csvCell(article.title),
    csvCell(article.site),
    a.kind,
    csvCell(a.text),
    csvCell(a.speaker ?? ''),
    a.speakerKind,
    csvCell(a.cue ?? ''),
    csvCell(a.tags.join(';')),
    csvCell(a.note),
    a.origin,
    isoDate(a.created),
    isoDate(a.updated),
    csvCell(a.selectors.quote.exact),
    csvCell(a.selectors.quote.prefix),
    csvCell(a.selectors.quote.suffix),
    String(a.selectors.position.start),
    String(a.selectors.position.end),
    csvCell(correctionText(a)),
  ].join(',');
}

export interface CsvOptions {
  chunkSize?: number;
  /** Leave out the byte order mark (for programs that choke on it). */
  noBom?: boolean;
}

export function* csvChunks(bundle: ExportBundle, options: CsvOptions = {}): Generator<ExportChunk> {
  const articles = new Map(bundle.articles.map((a) => [a.url, a]));
  yield { text: (options.noBom ? '' : BOM) + CSV_COLUMNS.join(',') + CRLF, done: 0 };
  let done = 0;
  for (const slice of slices(bundle.annotations, options.chunkSize ?? DEFAULT_CHUNK_SIZE)) {
    let text = '';
    for (const a of slice) {
      const article = articles.get(a.article) ?? standInArticle(a.article, a.created, a.updated);
      text += csvRow(a, article) + CRLF;
    }
    done += slice.length;
    yield { text, done };
  }
}

export function formatCsv(bundle: ExportBundle, options: CsvOptions = {}): string {
  let out = '';
  for (const chunk of csvChunks(bundle, options)) out += chunk.text;
  return out;
}
