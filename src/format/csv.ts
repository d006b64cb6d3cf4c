// CSV export for spreadsheets: one row per annotation, grouped by article and in reading order
// within it; the columns a reader wants first (article title, speaker, kind, text, tags, note,
// date, URL), ids and selectors last. RFC 4180 quoting, UTF-8 with a byte order mark (so that
// spreadsheet programs read it as UTF-8), no line breaks inside a cell (a spreadsheet row stays
// one line; the JSON export is the lossless one), times in ISO 8601 with the local offset.
// No cell can start a formula: text that a spreadsheet would evaluate gets a leading apostrophe
// (OWASP "CSV injection"); plain text is written as it is.
import type { AnnotationRecord, ArticleRecord } from '../shared/model';
import { groupByArticle, type ExportBundle } from './bundle';
import { DEFAULT_CHUNK_SIZE, type ExportChunk } from './chunks';
import { correctionText } from './correction';

// corrected_by_reader (a sentence: what the reader changed and what the engine said) follows the
// readable columns, before the ids and selectors.
export const CSV_COLUMNS = [
  'article_title', 'speaker', 'kind', 'text', 'tags', 'note', 'date', 'article_url', 'corrected_by_reader',
  'site', 'speaker_kind', 'cue', 'origin', 'created', 'updated', 'id', 'exact', 'prefix', 'suffix', 'start', 'end',
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
/** Line breaks of every kind, tabs and the other vertical spaces, with the spaces around them. */
const BREAKS = /[ \t]*[\r\n\t\v\f\u0085\u2028\u2029]+[ \t]*/g;

/** A text cell made safe for a spreadsheet and quoted by RFC 4180 where needed. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A cell of one line: every line break (and tab) becomes one space, then the guard and quotes. */
export function csvLineCell(value: string): string {
  return csvCell(value.replace(BREAKS, ' '));
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * ISO 8601 in local time with its offset ("2026-11-29T14:03:07+01:00"). offsetMinutes is the
 * zone's offset east of UTC at that moment (default: this computer's).
 */
export function localIsoTime(ms: number, offsetMinutes: (ms: number) => number = (t) => -new Date(t).getTimezoneOffset()): string {
  const offset = offsetMinutes(ms);
  const d = new Date(ms + offset * 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return (
    `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

export interface CsvOptions {
  chunkSize?: number;
  /** Leave out the byte order mark (for programs that choke on it). */
  noBom?: boolean;
  /** The time zone's offset east of UTC, in minutes, at a moment (default: this computer's). */
  offsetMinutes?: (ms: number) => number;
}

function csvRow(a: AnnotationRecord, article: ArticleRecord, options: CsvOptions): string {
  const time = (ms: number) => localIsoTime(ms, options.offsetMinutes);
  return [
    csvLineCell(article.title.trim() === '' ? a.article : article.title),
    csvLineCell(a.speaker ?? ''),
    a.kind,
    csvLineCell(a.text),
    csvLineCell([...a.tags, ...(a.labels ?? [])].join('; ')),
    csvLineCell(a.note),
    time(a.created),
    csvLineCell(a.article),
    csvLineCell(correctionText(a)),
    csvLineCell(article.site),
    a.speakerKind,
    csvLineCell(a.cue ?? ''),
    a.origin,
    time(a.created),
    time(a.updated),
    csvLineCell(a.id),
    csvLineCell(a.selectors.quote.exact),
    csvLineCell(a.selectors.quote.prefix),
    csvLineCell(a.selectors.quote.suffix),
    String(a.selectors.position.start),
    String(a.selectors.position.end),
  ].join(',');
}

export function* csvChunks(bundle: ExportBundle, options: CsvOptions = {}): Generator<ExportChunk> {
  yield { text: (options.noBom ? '' : BOM) + CSV_COLUMNS.join(',') + CRLF, done: 0 };
  const size = Math.max(1, options.chunkSize ?? DEFAULT_CHUNK_SIZE);
  let done = 0;
  let text = '';
  let pending = 0;
  for (const group of groupByArticle(bundle)) {
    for (const a of group.annotations) {
      text += csvRow(a, group.article, options) + CRLF;
      if (++pending >= size) {
        done += pending;
        yield { text, done };
        text = '';
        pending = 0;
      }
    }
  }
  if (pending > 0) {
    done += pending;
    yield { text, done };
  }
}

export function formatCsv(bundle: ExportBundle, options: CsvOptions = {}): string {
  let out = '';
  for (const chunk of csvChunks(bundle, options)) out += chunk.text;
  return out;
}
