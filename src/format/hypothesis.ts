// Reads what Hypothesis exports (the client's "Export annotations" JSON, or rows of its search
// API) into stored rows: each highlight or annotation of a passage with its text-quote selector
// becomes a manual annotation, its tags tags (the three verdicts as verdicts, the rest as the
// reader's own tags), its text the note, and each page an article. Page notes and replies have
// no passage to anchor: they are left out and counted in a warning. Every field is checked the
// way our own files are; one bad field refuses the file.
import { cleanLabels, LABEL_LIMITS, TAGS, type AnnotationRecord, type ArticleRecord, type Tag } from '../shared/model';
import type { ExportBundle } from './bundle';
import { show, type Problems } from './problems';
import { annotationRecord, articleUrlProblem, hasLoneSurrogate, isObject, LIMITS, MAX_TIME, type Obj } from './validate-records';

/** Stored ids of Hypothesis annotations: this prefix and Hypothesis's own id (so re-imports merge). */
export const HYPOTHESIS_ID_PREFIX = 'hypothesis:';

const looksLikeOne = (v: unknown): boolean => isObject(v) && typeof v.uri === 'string' && Array.isArray(v.target);

/** The annotations of a Hypothesis file, or null when the file is not one. */
export function hypothesisRows(data: unknown): unknown[] | null {
  if (Array.isArray(data)) return data.length > 0 && data.every(looksLikeOne) ? data : null;
  if (!isObject(data)) return null;
  if (Array.isArray(data.annotations) && ('export_date' in data || 'export_userid' in data || 'client_version' in data)) return data.annotations;
  if (Array.isArray(data.rows) && data.rows.length > 0 && data.rows.some(looksLikeOne)) return data.rows;
  return null;
}

function time(value: unknown, path: string, problems: Problems): number | null {
  const ms = typeof value === 'string' && /^\d{4}-\d\d-\d\dT/.test(value) ? Date.parse(value) : NaN;
  if (!Number.isFinite(ms) || ms < 0 || ms > MAX_TIME) {
    problems.error(path, value === undefined ? 'missing (an ISO 8601 date-time)' : `must be an ISO 8601 date-time between 1970 and 9999, not ${show(value)}`);
    return null;
  }
  return ms;
}

function text(obj: Obj, key: string, path: string, max: number, problems: Problems, fallback?: string): string {
  const value = obj[key];
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value !== 'string') {
    problems.error(`${path}.${key}`, value === undefined ? 'missing (a string is needed)' : `must be a string, not ${show(value)}`);
    return '';
  }
  if (value.length > max) problems.error(`${path}.${key}`, `too long (${value.length} characters, at most ${max})`);
  return value;
}

interface Read {
  annotation: AnnotationRecord;
  title: string | null;
}

/** One Hypothesis annotation; null when it is left out (page note, reply) or broken (reported). */
function readOne(value: unknown, path: string, problems: Problems, leftOut: { pageNotes: number; replies: number }): Read | null {
  if (!isObject(value)) {
    problems.error(path, `must be an annotation object, not ${show(value)}`);
    return null;
  }
  const before = problems.errors.length + problems.more;
  const rawId = text(value, 'id', path, LIMITS.id - HYPOTHESIS_ID_PREFIX.length, problems);
  if (rawId === '' || hasLoneSurrogate(rawId)) problems.error(`${path}.id`, rawId === '' ? 'must not be empty' : 'broken text (a lone UTF-16 surrogate)');
  const uri = text(value, 'uri', path, LIMITS.url, problems);
  const note = text(value, 'text', path, LIMITS.note, problems, '');
  const created = time(value.created, `${path}.created`, problems);
  const updated = value.updated === undefined ? created : time(value.updated, `${path}.updated`, problems);

  const tags: Tag[] = [];
  const labels: string[] = [];
  const rawTags = value.tags === undefined ? [] : value.tags;
  if (!Array.isArray(rawTags)) problems.error(`${path}.tags`, `must be a list of tags, not ${show(rawTags)}`);
  else {
    if (rawTags.length > LABEL_LIMITS.count + TAGS.length) problems.error(`${path}.tags`, `more than ${LABEL_LIMITS.count} tags`);
    rawTags.forEach((tag: unknown, i) => {
      if (typeof tag !== 'string' || tag.trim() === '' || tag.length > LABEL_LIMITS.length) {
        problems.error(`${path}.tags[${i}]`, `must be a tag of 1 to ${LABEL_LIMITS.length} characters, not ${show(tag)}`);
      } else if ((TAGS as readonly string[]).includes(tag)) {
        if (!tags.includes(tag as Tag)) tags.push(tag as Tag);
      } else labels.push(tag);
    });
  }

  const references = value.references;
  if (references !== undefined && !Array.isArray(references)) problems.error(`${path}.references`, `must be a list, not ${show(references)}`);

  // The passage: the first target's text-quote selector (and its position, when given).
  const target = Array.isArray(value.target) ? value.target[0] : undefined;
  if (!Array.isArray(value.target)) problems.error(`${path}.target`, value.target === undefined ? 'missing (a list of targets)' : `must be a list, not ${show(value.target)}`);
  else if (target !== undefined && !isObject(target)) problems.error(`${path}.target[0]`, `must be an object, not ${show(target)}`);
  const source = isObject(target) && typeof target.source === 'string' ? target.source : uri;
  const urlProblem = source.length > LIMITS.url ? `too long (${source.length} characters, at most ${LIMITS.url})` : source === '' ? null : articleUrlProblem(source);
  if (urlProblem) problems.error(`${path}.uri`, urlProblem);
  const selectors = isObject(target) ? target.selector : undefined;
  if (selectors !== undefined && !Array.isArray(selectors)) problems.error(`${path}.target[0].selector`, `must be a list, not ${show(selectors)}`);
  const list = Array.isArray(selectors) ? selectors : [];
  const quote = list.find((s): s is Obj => isObject(s) && s.type === 'TextQuoteSelector');
  const position = list.find((s): s is Obj => isObject(s) && s.type === 'TextPositionSelector');
  const selPath = `${path}.target[0].selector`;
  const exact = quote ? text(quote, 'exact', selPath, LIMITS.text, problems) : '';
  const prefix = quote ? text(quote, 'prefix', selPath, LIMITS.context, problems, '') : '';
  const suffix = quote ? text(quote, 'suffix', selPath, LIMITS.context, problems, '') : '';
  let start = 0;
  let end = exact.length;
  if (position) {
    const ok = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
    if (!ok(position.start) || !ok(position.end) || position.end < position.start) {
      problems.error(selPath, `a TextPositionSelector needs whole numbers start ≤ end, not ${show(position.start)}–${show(position.end)}`);
    } else {
      start = position.start;
      end = position.end;
    }
  }

  let title: string | null = null;
  if (isObject(value.document) && Array.isArray(value.document.title) && typeof value.document.title[0] === 'string') {
    title = value.document.title[0].replace(/\s+/g, ' ').trim().slice(0, LIMITS.title);
  }

  if (problems.errors.length + problems.more !== before || created === null || updated === null) return null;
  if (Array.isArray(references) && references.length > 0) {
    leftOut.replies++;
    return null;
  }
  if (!quote) {
    leftOut.pageNotes++;
    return null;
  }
  const annotation = annotationRecord({
    id: HYPOTHESIS_ID_PREFIX + rawId,
    article: source,
    kind: 'manual',
    text: exact,
    speaker: null,
    speakerKind: 'unknown',
    cue: null,
    exact,
    prefix,
    suffix,
    start,
    end,
    tags,
    labels: cleanLabels(labels),
    note,
    origin: 'manual',
    created,
    updated: Math.max(created, updated),
  });
  return { annotation, title };
}

/** The rows of a Hypothesis file (see hypothesisRows), checked; null when nothing can be read. */
export function readHypothesis(rows: unknown[], problems: Problems): ExportBundle | null {
  const leftOut = { pageNotes: 0, replies: 0 };
  const annotations: AnnotationRecord[] = [];
  const articles = new Map<string, ArticleRecord>();
  const ids = new Map<string, number>();
  for (let i = 0; i < rows.length && !problems.full; i++) {
    const read = readOne(rows[i], `annotations[${i}]`, problems, leftOut);
    if (!read) continue;
    const { annotation: a, title } = read;
    const seen = ids.get(a.id);
    if (seen !== undefined) problems.error(`annotations[${i}].id`, `the same id as annotations[${seen}]`);
    else ids.set(a.id, i);
    annotations.push(a);
    const old = articles.get(a.article);
    articles.set(a.article, {
      url: a.article,
      title: old?.title && old.title !== old.url ? old.title : title || a.article,
      site: hostOf(a.article),
      firstVisit: Math.min(old?.firstVisit ?? a.created, a.created),
      lastVisit: Math.max(old?.lastVisit ?? a.updated, a.updated),
    });
  }
  if (leftOut.pageNotes + leftOut.replies > 0) {
    const parts = [];
    if (leftOut.pageNotes) parts.push(`${leftOut.pageNotes} page note${leftOut.pageNotes === 1 ? '' : 's'}`);
    if (leftOut.replies) parts.push(`${leftOut.replies} repl${leftOut.replies === 1 ? 'y' : 'ies'}`);
    problems.warn('', `${parts.join(' and ')} left out: Sourcelight keeps annotations of a passage of text only`);
  }
  return { articles: [...articles.values()], annotations };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
