// Hand-written checks of every field of a stored row read from a file: types, enums, lengths,
// tags from TAGS. A valid row is rebuilt field by field (unknown keys dropped, nothing shared
// with the parsed file), so what reaches the database has exactly the model's shape.
import { readCorrection } from './correction';
import type { SpeakerKind } from '../core/types';
import { cleanLabels, LABEL_LIMITS, TAGS, type AnnotationKind, type AnnotationRecord, type ArticleRecord, type Tag } from '../shared/model';
import { show, type Problems } from './problems';

/** Longest accepted strings (UTF-16 code units). */
export const LIMITS = {
  id: 1024,
  url: 8192,
  /** As long as a url: an article known only by its address gets the address as its title. */
  title: 8192,
  site: 1024,
  text: 200_000,
  speaker: 2000,
  cue: 500,
  context: 4000,
  note: 1_000_000,
} as const;

/** Timestamps from 1970 to the end of year 9999 (so that ISO 8601 can write them). */
export const MAX_TIME = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

export const ANNOTATION_KINDS: readonly AnnotationKind[] = ['quote', 'claim', 'scare', 'manual'];
export const SPEAKER_KINDS: readonly SpeakerKind[] = ['person', 'organization', 'anonymous', 'unknown'];
export const ORIGINS: readonly AnnotationRecord['origin'][] = ['auto', 'manual'];

export type Obj = Record<string, unknown>;

export function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads fields of one object, reporting each bad one under `path`. */
export class FieldReader {
  constructor(
    readonly obj: Obj,
    readonly path: string,
    readonly problems: Problems,
  ) {}

  private at(key: string): string {
    return `${this.path}.${key}`;
  }

  has(key: string): boolean {
    return Object.prototype.hasOwnProperty.call(this.obj, key);
  }

  string(key: string, max: number, options: { min?: number } = {}): string {
    const value = this.has(key) ? this.obj[key] : undefined;
    if (typeof value !== 'string') {
      this.problems.error(this.at(key), value === undefined ? 'missing (a string is needed)' : `must be a string, not ${show(value)}`);
      return '';
    }
    if (value.length < (options.min ?? 0)) this.problems.error(this.at(key), 'must not be empty');
    else if (value.length > max) this.problems.error(this.at(key), `too long (${value.length} characters, at most ${max})`);
    return value;
  }

  stringOrNull(key: string, max: number): string | null {
    if (this.has(key) && this.obj[key] === null) return null;
    const value = this.has(key) ? this.obj[key] : undefined;
    if (typeof value !== 'string') {
      this.problems.error(this.at(key), value === undefined ? 'missing (a string or null is needed)' : `must be a string or null, not ${show(value)}`);
      return null;
    }
    if (value.length > max) this.problems.error(this.at(key), `too long (${value.length} characters, at most ${max})`);
    return value;
  }

  url(key: string): string {
    const value = this.string(key, LIMITS.url, { min: 1 });
    const problem = value === '' ? null : articleUrlProblem(value);
    if (problem) this.problems.error(this.at(key), problem);
    return value;
  }

  /** An id: not empty, at most LIMITS.id, well-formed UTF-16 (so that every format can write it). */
  id(key: string): string {
    const value = this.string(key, LIMITS.id, { min: 1 });
    if (hasLoneSurrogate(value)) this.problems.error(this.at(key), 'broken text (a lone UTF-16 surrogate)');
    return value;
  }

  /** The reader's free-form tags: absent (none) or a list of short distinct strings, stored cleaned. */
  labels(key: string): string[] {
    if (!this.has(key)) return [];
    const value = this.obj[key];
    if (!Array.isArray(value)) {
      this.problems.error(this.at(key), `must be a list of tags, not ${show(value)}`);
      return [];
    }
    if (value.length > LABEL_LIMITS.count) this.problems.error(this.at(key), `more than ${LABEL_LIMITS.count} tags`);
    value.forEach((label: unknown, i) => {
      if (typeof label !== 'string' || label.trim() === '' || label.length > LABEL_LIMITS.length)
        this.problems.error(`${this.at(key)}[${i}]`, `must be a tag of 1 to ${LABEL_LIMITS.length} characters, not ${show(label)}`);
    });
    return cleanLabels(value.filter((l): l is string => typeof l === 'string'));
  }

  oneOf<T extends string>(key: string, allowed: readonly T[]): T {
    const value = this.has(key) ? this.obj[key] : undefined;
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    this.problems.error(this.at(key), value === undefined ? `missing (one of ${allowed.join(', ')})` : `unknown value ${show(value)} (one of ${allowed.join(', ')})`);
    return allowed[0] as T;
  }

  time(key: string): number {
    const value = this.has(key) ? this.obj[key] : undefined;
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0 || value > MAX_TIME) {
      this.problems.error(this.at(key), value === undefined ? 'missing (epoch milliseconds)' : `must be epoch milliseconds between 1970 and 9999, not ${show(value)}`);
      return 0;
    }
    return value;
  }

  offset(key: string): number {
    const value = this.has(key) ? this.obj[key] : undefined;
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
      this.problems.error(this.at(key), value === undefined ? 'missing (an offset)' : `must be a whole number ≥ 0, not ${show(value)}`);
      return 0;
    }
    return value;
  }

  object(key: string): FieldReader | null {
    const value = this.has(key) ? this.obj[key] : undefined;
    if (!isObject(value)) {
      this.problems.error(this.at(key), value === undefined ? 'missing (an object is needed)' : `must be an object, not ${show(value)}`);
      return null;
    }
    return new FieldReader(value, this.at(key), this.problems);
  }

  literal(key: string, expected: string): void {
    const value = this.has(key) ? this.obj[key] : undefined;
    if (value !== expected) this.problems.error(this.at(key), `must be '${expected}', not ${show(value)}`);
  }

  tags(key: string): Tag[] {
    const value = this.has(key) ? this.obj[key] : undefined;
    if (!Array.isArray(value)) {
      this.problems.error(this.at(key), value === undefined ? 'missing (a list of tags)' : `must be a list of tags, not ${show(value)}`);
      return [];
    }
    const tags: Tag[] = [];
    value.forEach((tag: unknown, i) => {
      const path = `${this.at(key)}[${i}]`;
      if (typeof tag !== 'string' || !(TAGS as readonly string[]).includes(tag)) {
        this.problems.error(path, `unknown tag ${show(tag)} (one of ${TAGS.join(', ')})`);
      } else if (tags.includes(tag as Tag)) {
        this.problems.error(path, `tag ${show(tag)} given twice`);
      } else tags.push(tag as Tag);
    });
    return tags;
  }
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text);
}

/** Schemes an article may have: the web, and local files (the extension annotates those too). */
export const ARTICLE_SCHEMES: readonly string[] = ['http:', 'https:', 'file:'];

/** Why a url cannot name an article, or null when it can. */
export function articleUrlProblem(value: string): string | null {
  if (!isAbsoluteUrl(value)) return `not an absolute URL: ${show(value)}`;
  const scheme = new URL(value).protocol;
  return ARTICLE_SCHEMES.includes(scheme) ? null : `not a web page address (${show(scheme)}): ${show(value)}`;
}

/** Recent answers: an import names the same few article urls on thousands of rows. */
const urlVerdicts = new Map<string, boolean>();

export function isAbsoluteUrl(value: string): boolean {
  let ok = urlVerdicts.get(value);
  if (ok === undefined) {
    try {
      new URL(value);
      ok = true;
    } catch {
      ok = false;
    }
    if (urlVerdicts.size >= 10_000) urlVerdicts.clear();
    urlVerdicts.set(value, ok);
  }
  return ok;
}

/** An ArticleRecord from a file, or null with the problems reported. */
export function readArticle(value: unknown, path: string, problems: Problems): ArticleRecord | null {
  if (!isObject(value)) {
    problems.error(path, `must be an object, not ${show(value)}`);
    return null;
  }
  const before = problems.errors.length + problems.more;
  const r = new FieldReader(value, path, problems);
  const article: ArticleRecord = {
    url: r.url('url'),
    title: r.string('title', LIMITS.title),
    site: r.string('site', LIMITS.site),
    firstVisit: r.time('firstVisit'),
    lastVisit: r.time('lastVisit'),
  };
  return problems.errors.length + problems.more === before ? article : null;
}

/** An AnnotationRecord from a file, or null with the problems reported. */
export function readAnnotation(value: unknown, path: string, problems: Problems): AnnotationRecord | null {
  if (!isObject(value)) {
    problems.error(path, `must be an object, not ${show(value)}`);
    return null;
  }
  const before = problems.errors.length + problems.more;
  const r = new FieldReader(value, path, problems);
  const id = r.id('id');
  const article = r.url('article');
  const kind = r.oneOf('kind', ANNOTATION_KINDS);
  const text = r.string('text', LIMITS.text);
  const speaker = r.stringOrNull('speaker', LIMITS.speaker);
  const speakerKind = r.oneOf('speakerKind', SPEAKER_KINDS);
  const cue = r.stringOrNull('cue', LIMITS.cue);
  const selectors = r.object('selectors');
  const quote = selectors?.object('quote') ?? null;
  const position = selectors?.object('position') ?? null;
  quote?.literal('type', 'TextQuoteSelector');
  position?.literal('type', 'TextPositionSelector');
  const exact = quote?.string('exact', LIMITS.text) ?? '';
  const prefix = quote?.string('prefix', LIMITS.context) ?? '';
  const suffix = quote?.string('suffix', LIMITS.context) ?? '';
  const start = position?.offset('start') ?? 0;
  const end = position?.offset('end') ?? 0;
  if (position && end < start) problems.error(`${path}.selectors.position`, `end (${end}) is before start (${start})`);
  const tags = r.tags('tags');
  const labels = r.labels('labels');
  const note = r.string('note', LIMITS.note);
  const origin = r.oneOf('origin', ORIGINS);
  const created = r.time('created');
  const updated = r.time('updated');
  const speakerId = r.has('speakerId') && value.speakerId !== null ? r.string('speakerId', 200) : null;
  const speakerDescription = r.has('speakerDescription') && value.speakerDescription !== null ? r.string('speakerDescription', LIMITS.speaker) : null;
  const correction = readCorrection(value.correction, `${path}.correction`, problems);
  if (problems.errors.length + problems.more !== before) return null;
  return annotationRecord({ id, article, kind, text, speaker, speakerKind, cue, exact, prefix, suffix, start, end, tags, labels, note, origin, created, updated, speakerId, speakerDescription, correction });
}

/** The fields of an annotation as the readers check them one by one, flat. */
export type FlatAnnotation = Omit<AnnotationRecord, 'selectors' | 'labels'> & { labels: string[]; exact: string; prefix: string; suffix: string; start: number; end: number };

/** Builds the stored record (with its two selectors) from checked flat fields: both readers end here. */
export function annotationRecord(f: FlatAnnotation): AnnotationRecord {
  // Every field of the record travels as it is (a field added to AnnotationRecord needs no edit
  // here); only the flat selector fields are folded into the two selectors, and the optional
  // engine fields and the correction are left out when there are none.
  const { exact, prefix, suffix, start, end, speakerId, speakerDescription, correction, ...rest } = f;
  return {
    ...rest,
    selectors: {
      quote: { type: 'TextQuoteSelector', exact, prefix, suffix },
      position: { type: 'TextPositionSelector', start, end },
    },
    ...(speakerId ? { speakerId } : {}),
    ...(speakerDescription ? { speakerDescription } : {}),
    ...(correction ? { correction } : {}),
  };
}
