// Reads an import file (our JSON, W3C Web Annotations as we and other tools write them, or a
// Hypothesis export: see hypothesis.ts) and
// checks every field before anything is written. A file is taken whole or not at all: any
// error fails the import with the first problems named; the database is not touched here.
import { readCorrection } from './correction';
import type { ReaderCorrection } from '../shared/model';
import { cleanLabels, LABEL_LIMITS, TAGS, type AnnotationRecord, type ArticleRecord, type Tag } from '../shared/model';
import { standInArticle, type ExportBundle } from './bundle';
import { hypothesisRows, readHypothesis } from './hypothesis';
import { JSON_FORMAT_NAME, JSON_SCHEMA_VERSION } from './json';
import { Problems, show } from './problems';
import {
  ANNOTATION_KINDS, FieldReader, LIMITS, MAX_TIME, ORIGINS, SPEAKER_KINDS, annotationRecord, articleUrlProblem, hasLoneSurrogate, isObject,
  readAnnotation, readArticle, type Obj,
} from './validate-records';
import { SL_ANNOTATION_PREFIX } from './w3c';

/** Largest file read unless told otherwise: 100 MB. */
export const DEFAULT_MAX_BYTES = 100 * 1024 * 1024;

export interface ImportOptions {
  /** Files larger than this (UTF-8 bytes) are refused before parsing. */
  maxBytes?: number;
  /** Epoch ms used for W3C annotations that carry no dates. */
  now?: number;
}

/** The kinds of file import reads. */
export type ImportFormat = 'json' | 'w3c' | 'hypothesis';

export type ImportResult =
  | { ok: true; bundle: ExportBundle; warnings: string[]; format: ImportFormat }
  | { ok: false; errors: string[] };

/** UTF-8 length of a string without building the bytes. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Parses and validates an import file. Never throws. */
export function parseImport(text: string, options: ImportOptions = {}): ImportResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (text.length > maxBytes || (text.length * 3 > maxBytes && utf8Length(text) > maxBytes)) {
    return { ok: false, errors: [`The file is too large (${megabytes(utf8Length(text))}; at most ${megabytes(maxBytes)}).`] };
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, errors: ['The file is empty.'] };
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    return { ok: false, errors: [`The file is not valid JSON: ${e instanceof Error ? e.message : String(e)}`] };
  }
  const problems = new Problems();
  let bundle: ExportBundle | null = null;
  let format: ImportFormat = 'json';
  const hypothesis = hypothesisRows(data);
  if (isObject(data) && 'format' in data) {
    bundle = readSourcelightFile(data, problems);
  } else if (looksLikeW3c(data)) {
    format = 'w3c';
    bundle = readW3c(data, problems, options.now ?? Date.now());
  } else if (hypothesis !== null) {
    format = 'hypothesis';
    bundle = readHypothesis(hypothesis, problems);
  } else {
    problems.error('', 'This is not a Sourcelight export, W3C Web Annotations or a Hypothesis export (no "format", no "type": "Annotation", no Hypothesis annotations).');
  }
  if (problems.failed || bundle === null) return { ok: false, errors: problems.errorList() };
  return { ok: true, bundle, warnings: problems.warningList(), format };
}

// ---------------------------------------------------------------------------------------------
// Our own format

function readSourcelightFile(data: Obj, problems: Problems): ExportBundle | null {
  if (data.format !== JSON_FORMAT_NAME) {
    problems.error('format', `unknown format ${show(data.format)} (expected '${JSON_FORMAT_NAME}')`);
    return null;
  }
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    problems.error('version', version === undefined ? 'missing schema version' : `must be a whole number, not ${show(version)}`);
    return null;
  }
  if (version !== JSON_SCHEMA_VERSION) {
    problems.error(
      'version',
      version > JSON_SCHEMA_VERSION
        ? `schema version ${version} is newer than this Sourcelight reads (${JSON_SCHEMA_VERSION}); update the extension`
        : `schema version ${version} is not supported (this Sourcelight reads version ${JSON_SCHEMA_VERSION})`,
    );
    return null;
  }
  if (!Array.isArray(data.articles)) problems.error('articles', data.articles === undefined ? 'missing (a list)' : `must be a list, not ${show(data.articles)}`);
  if (!Array.isArray(data.annotations)) problems.error('annotations', data.annotations === undefined ? 'missing (a list)' : `must be a list, not ${show(data.annotations)}`);
  if (!Array.isArray(data.articles) || !Array.isArray(data.annotations)) return null;

  const articles: ArticleRecord[] = [];
  const articleIndex = new Map<string, number>();
  for (let i = 0; i < data.articles.length && !problems.full; i++) {
    const article = readArticle(data.articles[i], `articles[${i}]`, problems);
    if (!article) continue;
    const seen = articleIndex.get(article.url);
    if (seen !== undefined) problems.error(`articles[${i}].url`, `the same article as articles[${seen}]`);
    else articleIndex.set(article.url, i);
    articles.push(article);
  }
  const annotations: AnnotationRecord[] = [];
  const idIndex = new Map<string, number>();
  for (let i = 0; i < data.annotations.length && !problems.full; i++) {
    const annotation = readAnnotation(data.annotations[i], `annotations[${i}]`, problems);
    if (!annotation) continue;
    const seen = idIndex.get(annotation.id);
    if (seen !== undefined) problems.error(`annotations[${i}].id`, `the same id as annotations[${seen}]`);
    else idIndex.set(annotation.id, i);
    if (!articleIndex.has(annotation.article)) problems.error(`annotations[${i}].article`, `no article with this url in the file: ${show(annotation.article)}`);
    annotations.push(annotation);
  }
  return { articles, annotations };
}

// ---------------------------------------------------------------------------------------------
// W3C Web Annotation

function typesOf(value: unknown): string[] {
  const t = isObject(value) ? value.type ?? value['@type'] : undefined;
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

function hasType(value: unknown, type: string): boolean {
  return typesOf(value).some((t) => t === type || t === `oa:${type}` || t === `as:${type}`);
}

function looksLikeW3c(data: unknown): boolean {
  if (Array.isArray(data)) return data.length > 0 && data.every((item) => hasType(item, 'Annotation'));
  return hasType(data, 'Annotation') || hasType(data, 'AnnotationCollection') || hasType(data, 'AnnotationPage') || hasType(data, 'OrderedCollectionPage');
}

function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** The annotations of the file with their paths, or null when it cannot hold any. */
function w3cItems(data: unknown, problems: Problems): Array<{ value: unknown; path: string }> | null {
  if (Array.isArray(data)) return data.map((value, i) => ({ value, path: `[${i}]` }));
  if (!isObject(data)) return null;
  if (hasType(data, 'Annotation')) return [{ value: data, path: 'annotation' }];
  if (hasType(data, 'AnnotationPage') || hasType(data, 'OrderedCollectionPage')) {
    if (!Array.isArray(data.items)) {
      problems.error('items', 'an AnnotationPage needs a list of items');
      return null;
    }
    return data.items.map((value, i) => ({ value, path: `items[${i}]` }));
  }
  // AnnotationCollection: its embedded pages, following `next` while pages are embedded.
  const out: Array<{ value: unknown; path: string }> = [];
  let page: unknown = data.first;
  let path = 'first';
  if (page === undefined) {
    if (data.total === 0) return out;
    problems.error('first', 'the collection has no first page');
    return null;
  }
  for (let n = 0; page !== undefined && n < 100_000; n++) {
    if (!isObject(page)) {
      problems.error(path, 'pages must be embedded in the file (a page given only by its address cannot be fetched)');
      return null;
    }
    if (!Array.isArray(page.items)) {
      problems.error(`${path}.items`, 'a page needs a list of items');
      return null;
    }
    for (let i = 0; i < page.items.length; i++) out.push({ value: page.items[i], path: `${path}.items[${i}]` });
    if (typeof page.next === 'string') {
      problems.error(`${path}.next`, 'the collection goes on in pages that are not in the file (only embedded pages can be imported)');
      return null;
    }
    page = isObject(page.next) ? page.next : undefined;
    path = `${path}.next`;
  }
  if (typeof data.total === 'number' && data.total !== out.length) {
    problems.warn('total', `the collection says ${data.total} annotations, the file holds ${out.length}`);
  }
  return out;
}

function readW3c(data: unknown, problems: Problems, now: number): ExportBundle | null {
  const items = w3cItems(data, problems);
  if (items === null) return null;
  const articles = new Map<string, ArticleRecord>();
  if (isObject(data) && data['sl:articles'] !== undefined) {
    if (!Array.isArray(data['sl:articles'])) problems.error('sl:articles', 'must be a list');
    else {
      data['sl:articles'].forEach((value, i) => {
        const article = readArticle(value, `sl:articles[${i}]`, problems);
        if (article) {
          if (articles.has(article.url)) problems.error(`sl:articles[${i}].url`, 'the same article appears twice');
          articles.set(article.url, article);
        }
      });
    }
  }
  const annotations: AnnotationRecord[] = [];
  const ids = new Map<string, string>();
  const seenTimes = new Map<string, { first: number; last: number }>();
  for (const { value, path } of items) {
    if (problems.full) break;
    const annotation = readW3cAnnotation(value, path, problems, now);
    if (!annotation) continue;
    const seen = ids.get(annotation.id);
    if (seen !== undefined) problems.error(`${path}.id`, `the same id as ${seen}`);
    else ids.set(annotation.id, path);
    annotations.push(annotation);
    const times = seenTimes.get(annotation.article);
    seenTimes.set(annotation.article, {
      first: Math.min(times?.first ?? annotation.created, annotation.created),
      last: Math.max(times?.last ?? annotation.updated, annotation.updated),
    });
  }
  for (const [url, times] of seenTimes) {
    if (!articles.has(url)) articles.set(url, standInArticle(url, times.first, times.last));
  }
  return { articles: [...articles.values()], annotations };
}

function isoTime(value: unknown, path: string, problems: Problems): number | null {
  if (value === undefined) return null;
  const first = Array.isArray(value) && value.length === 1 ? value[0] : value;
  const ms = typeof first === 'string' && /^\d{4}-\d\d-\d\dT/.test(first) ? Date.parse(first) : NaN;
  if (!Number.isFinite(ms) || ms < 0 || ms > MAX_TIME) {
    problems.error(path, `must be an ISO 8601 date-time between 1970 and 9999, not ${show(first)}`);
    return null;
  }
  return ms;
}

/** The stored id for a W3C id: ours decoded, anyone else's kept as it is. */
function storedId(id: string, path: string, problems: Problems): string {
  if (!id.startsWith(SL_ANNOTATION_PREFIX)) return id;
  try {
    return decodeURIComponent(id.slice(SL_ANNOTATION_PREFIX.length));
  } catch {
    problems.error(path, `broken percent-encoding in ${show(id)}`);
    return id;
  }
}

function sourceOf(target: Obj): string | null {
  const source = target.source;
  if (typeof source === 'string') return source;
  if (isObject(source) && typeof source.id === 'string') return source.id;
  return null;
}

function readW3cAnnotation(value: unknown, path: string, problems: Problems, now: number): AnnotationRecord | null {
  if (!isObject(value)) {
    problems.error(path, `must be an Annotation object, not ${show(value)}`);
    return null;
  }
  const before = problems.errors.length + problems.more;
  if (!hasType(value, 'Annotation')) problems.error(`${path}.type`, `must be 'Annotation', not ${show(value.type)}`);
  const r = new FieldReader(value, path, problems);
  // Our ids are percent-encoded: up to 9 characters per UTF-16 unit of the stored id.
  const rawId = r.string('id', SL_ANNOTATION_PREFIX.length + LIMITS.id * 9, { min: 1 });
  const id = storedId(rawId, `${path}.id`, problems);
  if (id.length > LIMITS.id) problems.error(`${path}.id`, `too long (${id.length} characters, at most ${LIMITS.id})`);
  else if (hasLoneSurrogate(id)) problems.error(`${path}.id`, 'broken text (a lone UTF-16 surrogate)');

  // Target: the first one that is (or names) a web page; its selectors.
  const targets = asList(value.target);
  if (targets.length === 0) problems.error(`${path}.target`, 'missing');
  let source: string | null = null;
  let selectors: unknown[] = [];
  let targetPath = `${path}.target`;
  for (let i = 0; i < targets.length && source === null; i++) {
    const t = targets[i];
    targetPath = Array.isArray(value.target) ? `${path}.target[${i}]` : `${path}.target`;
    if (typeof t === 'string') source = t;
    else if (isObject(t)) {
      source = sourceOf(t) ?? (typeof t.id === 'string' ? t.id : null);
      selectors = asList(t.selector);
    }
  }
  if (targets.length > 0 && source === null) problems.error(`${targetPath}.source`, 'missing (the address of the annotated page)');
  if (source !== null) {
    const problem = source.length > LIMITS.url ? `too long (${source.length} characters, at most ${LIMITS.url})` : articleUrlProblem(source);
    if (problem) problems.error(`${targetPath}.source`, problem);
  }
  const quoteSel = selectors.find((s) => hasType(s, 'TextQuoteSelector'));
  const positionSel = selectors.find((s) => hasType(s, 'TextPositionSelector'));
  let exact = '';
  let prefix = '';
  let suffix = '';
  if (!isObject(quoteSel)) {
    if (targets.length > 0 && source !== null) problems.error(`${targetPath}.selector`, 'no TextQuoteSelector: Sourcelight needs the quoted text');
  } else {
    const q = new FieldReader(quoteSel, `${targetPath}.selector`, problems);
    exact = q.string('exact', LIMITS.text);
    prefix = q.has('prefix') ? q.string('prefix', LIMITS.context) : '';
    suffix = q.has('suffix') ? q.string('suffix', LIMITS.context) : '';
  }
  let start = 0;
  let end = 0;
  if (isObject(positionSel)) {
    const p = new FieldReader(positionSel, `${targetPath}.selector`, problems);
    start = p.offset('start');
    end = p.offset('end');
    if (end < start) problems.error(`${targetPath}.selector`, `end (${end}) is before start (${start})`);
  } else if (isObject(quoteSel)) {
    problems.warn(path, 'no TextPositionSelector: the annotation is placed by its quote only');
    end = exact.length;
  }

  // Bodies: tags, notes, the speaker.
  const tags: Tag[] = [];
  const labels: string[] = [];
  const notes: string[] = [];
  let speaker: string | null = null;
  let correction: ReaderCorrection | undefined;
  const bodies = asList(value.body);
  if (typeof value.bodyValue === 'string') notes.push(value.bodyValue);
  bodies.forEach((body, i) => {
    const bodyPath = Array.isArray(value.body) ? `${path}.body[${i}]` : `${path}.body`;
    if (typeof body === 'string') {
      notes.push(body);
      return;
    }
    if (!isObject(body)) {
      problems.error(bodyPath, `must be an object or a URL, not ${show(body)}`);
      return;
    }
    const text = typeof body.value === 'string' ? body.value : typeof body.id === 'string' ? body.id : null;
    if (text === null) {
      problems.warn(bodyPath, 'a body with neither value nor id was left out');
      return;
    }
    const purposes = asList(body.purpose).filter((p): p is string => typeof p === 'string');
    const motivation = typeof value.motivation === 'string' ? value.motivation : '';
    if (purposes.includes('tagging') || (purposes.length === 0 && motivation === 'tagging')) {
      if ((TAGS as readonly string[]).includes(text)) {
        if (!tags.includes(text as Tag)) tags.push(text as Tag);
      } else if (text.trim() === '' || text.length > LABEL_LIMITS.length) {
        problems.error(bodyPath, `a tag must have 1 to ${LABEL_LIMITS.length} characters, not ${show(text)}`);
      } else labels.push(text);
    } else if (body['sl:role'] === 'correction' && purposes.includes('editing')) {
      correction = readCorrection(body['sl:correction'], `${bodyPath}.sl:correction`, problems);
    } else if (body['sl:role'] === 'speaker' || (purposes.includes('describing') && speaker === null && body['sl:role'] === undefined && hasSlTerms(value))) {
      speaker = text;
    } else notes.push(text);
  });
  if (labels.length > LABEL_LIMITS.count) problems.error(`${path}.body`, `more than ${LABEL_LIMITS.count} tags`);
  const note = notes.join('\n\n');
  if (note.length > LIMITS.note) problems.error(`${path}.body`, `note too long (${note.length} characters, at most ${LIMITS.note})`);
  if (speaker !== null && (speaker as string).length > LIMITS.speaker) problems.error(`${path}.body`, `speaker too long (at most ${LIMITS.speaker})`);

  const created = isoTime(value.created, `${path}.created`, problems);
  const modified = isoTime(value.modified, `${path}.modified`, problems);

  // Our own terms, when the file came from Sourcelight; defaults for anyone else's.
  const kind = r.has('sl:kind') ? r.oneOf('sl:kind', ANNOTATION_KINDS) : 'manual';
  const text = r.has('sl:text') ? r.string('sl:text', LIMITS.text) : exact;
  const speakerKind = r.has('sl:speakerKind') ? r.oneOf('sl:speakerKind', SPEAKER_KINDS) : 'unknown';
  const cue = r.has('sl:cue') ? r.stringOrNull('sl:cue', LIMITS.cue) : null;
  const origin = r.has('sl:origin') ? r.oneOf('sl:origin', ORIGINS) : 'manual';

  if (problems.errors.length + problems.more !== before || source === null) return null;
  return annotationRecord({
    id, article: source, kind, text, speaker, speakerKind, cue, exact, prefix, suffix, start, end, tags, labels: cleanLabels(labels), note, origin, correction,
    created: created ?? modified ?? now,
    updated: modified ?? created ?? now,
  });
}

function hasSlTerms(value: Obj): boolean {
  return 'sl:kind' in value;
}
