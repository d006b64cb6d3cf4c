// The import fuzz (issue 12, item 5): generates broken and hostile import files deterministically
// from a seed (our JSON, W3C Web Annotations, Hypothesis exports, junk) and checks each against
// the rules: the importer never throws or takes longer than its budget, never pollutes a
// prototype, never stores a link that is not a web page address as a library link, never changes
// the database when it refuses a file, refuses every file that must be refused, and everything
// it accepts survives export and re-import in every format (JSON, W3C; CSV and Markdown are
// written and checked safe). Test support and `npm run fuzz:imports`, not shipped.
import fc from 'fast-check';
import { TAGS, type AnnotationRecord, type ArticleRecord } from '../shared/model';
import { annotationLink } from '../shared/article-link';
import { bundleArb, oddString } from './arbitraries';
import { brokenFileArb } from './broken-files';
import type { ExportBundle, ExportFormat } from './bundle';
import { formatBundle } from './index';
import { formatJson } from './json';
import { parseImport, type ImportFormat } from './import';
import { safeLinkUrl } from './markdown';
import { LIMITS } from './validate-records';
import { formatW3c } from './w3c';

/** One generated file and what it was made to be. */
export interface FuzzFile {
  /** How it was made (family and what was changed). */
  why: string;
  text: string;
  /** True when the file is broken on purpose: accepting it is a failure. */
  mustRefuse: boolean;
  maxBytes?: number;
}

type Json = Record<string, unknown>;

const BAD_SCHEMES = [
  'javascript:alert(1)', 'JaVaScRiPt:alert(document.domain)', ' javascript:alert(1)', 'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)', 'chrome://settings/', 'about:blank', 'blob:https://a.example/1', 'urn:x-pdf:6d5c', 'mailto:a@b.example', 'ftp://a.example/x',
  'moz-extension://x/popup.html', 'chrome-extension://abc/library.html', 'view-source:https://a.example/', 'https:', '//a.example/x',
];
const LONG = (n: number, unit = 'x') => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/** Values that break or stretch a field: wrong types, edges of the limits, odd text. */
const HOSTILE_VALUES: unknown[] = [
  null, true, 0, -1, 1.5, -0, 1e308, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2, '', ' ', '\u0000', '\ud800', 'a\udc00b',
  '\u202e\u2066evil', '<img src=x onerror=alert(1)>', '=HYPERLINK("http://evil.example")', '[]', '{}', [], {}, [null], [[[]]], { __proto__: { polluted: 1 } },
  LONG(LIMITS.id, '='), LONG(LIMITS.id + 1), LONG(LIMITS.context), LONG(LIMITS.context + 1), LONG(LIMITS.speaker + 1), LONG(LIMITS.cue + 1),
  LONG(LIMITS.title), LONG(LIMITS.title + 1), '😀'.repeat(LIMITS.id / 2), '😀'.repeat(LIMITS.id / 2 + 1), ...BAD_SCHEMES, 'https://a.example/' + LONG(LIMITS.url - 18),
  'https://a.example/' + LONG(LIMITS.url - 17), ...TAGS, 'Disputed', 'TAG', '2024-02-30T00:00:00Z', '9999-12-31T23:59:59.999Z', '10000-01-01T00:00:00Z',
];

const hostileValue = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_VALUES) },
  { weight: 1, arbitrary: oddString(40) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

/** Every path to a value in a parsed file (objects and arrays), up to a depth. */
function paths(value: unknown, at: Array<string | number> = [], out: Array<Array<string | number>> = [], depth = 0): Array<Array<string | number>> {
  if (depth > 8 || out.length > 2000) return out;
  if (Array.isArray(value)) value.forEach((v, i) => (out.push([...at, i]), paths(v, [...at, i], out, depth + 1)));
  else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) out.push([...at, k]), paths(v, [...at, k], out, depth + 1);
  return out;
}

function setAt(root: unknown, path: Array<string | number>, value: unknown, remove: boolean): void {
  let at = root as Json;
  for (const k of path.slice(0, -1)) at = at[k as string] as Json;
  const last = path.at(-1)!;
  if (remove) {
    if (Array.isArray(at)) at.splice(last as number, 1);
    else delete at[last as string];
  } else Object.defineProperty(at, last, { value, enumerable: true, writable: true, configurable: true });
}

/** A valid file of some format, as text, from a bundle. */
function exportOf(bundle: ExportBundle, format: 'json' | 'w3c' | 'hypothesis'): string {
  if (format === 'json') return formatJson(bundle);
  if (format === 'w3c') return formatW3c(bundle);
  return JSON.stringify(hypothesisExport(bundle));
}

/** The bundle as Hypothesis's client exports it (annotations of passages, page notes, a reply). */
export function hypothesisExport(bundle: ExportBundle): Json {
  const titles = new Map(bundle.articles.map((a) => [a.url, a.title]));
  const rows: Json[] = bundle.annotations.map((a, i) => ({
    id: `h${i}x${a.id.length}`,
    created: new Date(a.created).toISOString().replace('Z', '000+00:00'),
    updated: new Date(a.updated).toISOString().replace('Z', '000+00:00'),
    user: 'acct:reader@hypothes.is',
    uri: a.article,
    text: a.note,
    tags: [...a.tags, ...(a.labels ?? [])],
    group: '__world__',
    permissions: { read: ['group:__world__'] },
    target: [
      {
        source: a.article,
        selector: [
          { type: 'RangeSelector', startContainer: '/div[1]/p[2]', startOffset: 0, endContainer: '/div[1]/p[2]', endOffset: 5 },
          { type: 'TextPositionSelector', start: a.selectors.position.start, end: a.selectors.position.end },
          { type: 'TextQuoteSelector', exact: a.selectors.quote.exact, prefix: a.selectors.quote.prefix, suffix: a.selectors.quote.suffix },
        ],
      },
    ],
    document: { title: [titles.get(a.article) ?? ''] },
    links: { html: `https://hypothes.is/a/h${i}` },
    flagged: false,
    hidden: false,
  }));
  if (rows.length > 0) {
    rows.push({ ...rows[0]!, id: 'page-note', target: [{ source: bundle.annotations[0]!.article }] });
    rows.push({ ...rows[0]!, id: 'reply', references: ['h0x1'], target: [{ source: bundle.annotations[0]!.article }] });
  }
  return { export_date: '2026-11-30T10:00:00.000Z', export_userid: 'acct:reader@hypothes.is', client_version: '1.1500.0', annotations: rows };
}

const formatArb = fc.constantFrom('json' as const, 'w3c' as const, 'hypothesis' as const);

/** A valid export with one value somewhere replaced by a hostile one (or removed). May be valid. */
const mutatedArb: fc.Arbitrary<FuzzFile> = fc
  .tuple(bundleArb.filter((b) => b.annotations.length > 0), formatArb, fc.nat(), hostileValue, fc.boolean(), fc.integer({ min: 1, max: 3 }))
  .map(([bundle, format, pick, value, remove, times]) => {
    const data = JSON.parse(exportOf(bundle, format)) as unknown;
    const all = paths(data);
    const changed: string[] = [];
    for (let t = 0; t < times && all.length > 0; t++) {
      const path = all[(pick * (t + 7)) % all.length]!;
      try {
        setAt(data, path, value, remove && t === 0);
        changed.push(`${path.join('.')}${remove && t === 0 ? ' removed' : ` = ${String(JSON.stringify(value)).slice(0, 30)}`}`);
      } catch {
        /* the path went away with an earlier change */
      }
    }
    return { why: `${format} mutated: ${changed.join(', ')}`, text: JSON.stringify(data), mustRefuse: false };
  });

/** Valid exports stretched to the limits of every field (these must all be accepted and round-trip). */
const edgeArb: fc.Arbitrary<FuzzFile> = fc
  .tuple(bundleArb.filter((b) => b.annotations.length > 0), fc.constantFrom('json' as const, 'w3c' as const), fc.constantFrom(
    'id of = signs', 'id of % signs', 'astral id', 'long url without article', 'long title', 'long context', 'long speaker', 'many labels', 'huge offsets', 'no articles (W3C stand-ins)',
  ))
  .map(([bundle, format, edge]) => {
    const a = { ...bundle.annotations[0]! };
    let articles: ArticleRecord[] = bundle.articles;
    if (edge === 'id of = signs') a.id = LONG(LIMITS.id, '=');
    else if (edge === 'id of % signs') a.id = LONG(LIMITS.id, '%');
    else if (edge === 'astral id') a.id = '𝔘'.repeat(LIMITS.id / 2);
    else if (edge === 'long url without article' || edge === 'no articles (W3C stand-ins)') {
      if (edge === 'long url without article') a.article = `https://a.example/${LONG(LIMITS.url - 18, 'p')}`;
      articles = format === 'json' ? [{ url: a.article, title: a.article, site: 'a.example', firstVisit: 0, lastVisit: 0 }] : [];
    } else if (edge === 'long title') articles = articles.map((x) => ({ ...x, title: LONG(LIMITS.title, 'T') }));
    else if (edge === 'long context') a.selectors = { ...a.selectors, quote: { ...a.selectors.quote, prefix: LONG(LIMITS.context, 'p'), suffix: LONG(LIMITS.context, 's') } };
    else if (edge === 'long speaker') a.speaker = LONG(LIMITS.speaker, 'S');
    else if (edge === 'many labels') a.labels = Array.from({ length: 30 }, (_, i) => `${String(i).padStart(2, '0')}${LONG(58, 'l')}`);
    else if (edge === 'huge offsets') a.selectors = { ...a.selectors, position: { type: 'TextPositionSelector', start: Number.MAX_SAFE_INTEGER - 1, end: Number.MAX_SAFE_INTEGER } };
    const annotations = [a, ...bundle.annotations.slice(1).filter((x) => x.id !== a.id)];
    if (edge === 'long url without article' || edge === 'no articles (W3C stand-ins)') {
      for (const x of annotations) x.article = a.article;
    }
    return { why: `${format} at the limit: ${edge}`, text: exportOf({ articles, annotations }, format), mustRefuse: false };
  });

/** Files every reader must refuse: a link that is no web page, a key that would pollute, junk. */
const hostileArb: fc.Arbitrary<FuzzFile> = fc.oneof(
  fc.tuple(bundleArb.filter((b) => b.annotations.length > 0), formatArb, fc.constantFrom(...BAD_SCHEMES)).map(([bundle, format, url]) => {
    const annotations = bundle.annotations.map((a) => ({ ...a, article: url }));
    const articles = [{ url, title: 't', site: '', firstVisit: 0, lastVisit: 0 }];
    return { why: `${format} article ${url}`, text: exportOf({ articles, annotations }, format), mustRefuse: true };
  }),
  fc.tuple(bundleArb.filter((b) => b.annotations.length > 0), fc.constantFrom('{', '"annotations":[\n{', '"selectors":{', '"quote":{', '"articles":[\n{')).map(([bundle, where]) => {
    // The keys go in as text: JSON.parse makes "__proto__" an own key, which is the attack.
    const poison = '"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},';
    const text = formatJson(bundle);
    const at = text.indexOf(where);
    const file = at < 0 ? text : `${text.slice(0, at + where.length)}${poison}${text.slice(at + where.length)}`;
    return { why: `prototype keys after ${JSON.stringify(where)}`, text: file, mustRefuse: false };
  }),
  fc.constantFrom<FuzzFile>(
    { why: 'deep arrays', text: `${'['.repeat(50_000)}${']'.repeat(50_000)}`, mustRefuse: true },
    { why: 'deep objects', text: `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`, mustRefuse: true },
    { why: 'deep W3C body', text: `{"type":"Annotation","id":"x","target":{"source":"https://a.example/","selector":{"type":"TextQuoteSelector","exact":"e"}},"body":${'['.repeat(10_000)}${']'.repeat(10_000)}}`, mustRefuse: true },
    { why: 'UTF-16 bytes', text: '\u00ff\u00fe{\u0000"\u0000f\u0000', mustRefuse: true },
    { why: 'NUL', text: '\u0000'.repeat(100), mustRefuse: true },
    { why: 'huge number', text: '1'.repeat(100_000), mustRefuse: true },
    { why: 'Hypothesis, empty rows', text: '{"rows":[],"total":0}', mustRefuse: true },
    { why: 'Hypothesis, not annotations', text: '{"rows":[{"uri":5,"target":"x"}]}', mustRefuse: true },
    { why: 'Hypothesis, javascript uri', text: JSON.stringify({ rows: [{ id: 'a', uri: 'javascript:alert(1)', created: '2024-01-01T00:00:00Z', target: [{ source: 'javascript:alert(1)', selector: [{ type: 'TextQuoteSelector', exact: 'x' }] }] }] }), mustRefuse: true },
    { why: 'W3C, 10,000 tag bodies', text: JSON.stringify({ type: 'Annotation', id: 'x', target: { source: 'https://a.example/', selector: { type: 'TextQuoteSelector', exact: 'e' } }, body: Array.from({ length: 10_000 }, (_, i) => ({ purpose: 'tagging', value: `t${i}` })) }), mustRefuse: true },
    { why: 'W3C, page by address only', text: '{"type":"AnnotationCollection","first":"https://evil.example/page1"}', mustRefuse: true },
    { why: 'W3C, next page by address', text: '{"type":"AnnotationCollection","first":{"type":"AnnotationPage","items":[],"next":"https://evil.example/2"}}', mustRefuse: true },
  ),
  fc.string({ maxLength: 200 }).map((s) => ({ why: 'random text', text: s, mustRefuse: true })),
  fc.jsonValue({ maxDepth: 4 }).map((v) => ({ why: 'random JSON', text: JSON.stringify(v) ?? 'null', mustRefuse: false })),
);

/** The generated files: broken on purpose, hostile, at the limits, and mutated. */
export const fuzzFileArb: fc.Arbitrary<FuzzFile> = fc.oneof(
  { weight: 3, arbitrary: brokenFileArb.map((b): FuzzFile => ({ why: `broken: ${b.why}`, text: b.text, mustRefuse: true, ...(b.maxBytes === undefined ? {} : { maxBytes: b.maxBytes }) })) },
  { weight: 3, arbitrary: hostileArb },
  { weight: 2, arbitrary: edgeArb },
  { weight: 4, arbitrary: mutatedArb },
);

/** The database an import writes to, as the fuzz needs it. */
export interface FuzzDb {
  /** Imports a file (parse, check, write); refusals must write nothing. */
  importFile(text: string, options: { maxBytes?: number }): Promise<{ ok: boolean }>;
  /** A fingerprint of every stored row. */
  fingerprint(): Promise<string>;
  /** Writes an accepted bundle into an empty database and reads everything back. */
  roundTrip(bundle: ExportBundle): Promise<ExportBundle>;
}

export interface FuzzCounts {
  files: number;
  accepted: number;
  refused: number;
  crashes: number;
  overBudget: number;
  polluted: number;
  acceptedInvalid: number;
  badLinks: number;
  dbChangedOnRefusal: number;
  roundTripsBroken: number;
  maxMs: number;
  byFormat: Record<ImportFormat, number>;
}

export interface FuzzReport {
  counts: FuzzCounts;
  /** The first failures, each with how its file was made. */
  failures: string[];
}

export interface FuzzOptions {
  files?: number;
  seed?: number;
  /** Longest a file may take to import (ms). */
  budgetMs?: number;
  /** When given, refusals are checked against a real database and accepted files round-trip through it. */
  db?: FuzzDb;
  /** Called after each file (progress). */
  onFile?: (done: number) => void;
}

const byId = (a: AnnotationRecord, b: AnnotationRecord) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byUrl = (a: ArticleRecord, b: ArticleRecord) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);

/** The bundle in one order, as JSON text (what "the same rows" means). */
export function canonical(bundle: ExportBundle): string {
  return JSON.stringify({ articles: [...bundle.articles].sort(byUrl), annotations: [...bundle.annotations].sort(byId) });
}

const WEB = /^https?:$/;

function linkProblem(a: AnnotationRecord): string | null {
  let scheme = '';
  try {
    scheme = new URL(a.article).protocol;
  } catch {
    return `stored a non-URL article ${JSON.stringify(a.article.slice(0, 60))}`;
  }
  if (!['http:', 'https:', 'file:'].includes(scheme)) return `stored an article that is no web page: ${JSON.stringify(a.article.slice(0, 60))}`;
  const link = annotationLink(a);
  if (link !== null && !WEB.test(new URL(link).protocol)) return `library link to ${link.slice(0, 60)}`;
  if (WEB.test(scheme) ? false : link !== null) return `library link for a ${scheme} article`;
  const md = safeLinkUrl(a.article);
  if (md !== null && !WEB.test(new URL(md).protocol)) return `Markdown link to ${md.slice(0, 60)}`;
  return null;
}

function pollution(): string | null {
  const probe = {} as Record<string, unknown>;
  if (probe.polluted !== undefined || (Object.prototype as Record<string, unknown>).polluted !== undefined) return 'Object.prototype polluted';
  if (([] as unknown as Record<string, unknown>).polluted !== undefined) return 'Array.prototype polluted';
  return null;
}

function ownProtoKeys(bundle: ExportBundle): boolean {
  const rows: unknown[] = [...bundle.articles, ...bundle.annotations, ...bundle.annotations.map((a) => a.selectors), ...bundle.annotations.map((a) => a.selectors.quote)];
  return rows.some((r) => Object.getPrototypeOf(r) !== Object.prototype || Object.prototype.hasOwnProperty.call(r, '__proto__') || Object.prototype.hasOwnProperty.call(r, 'polluted'));
}

/** Runs the import fuzz; never throws (a throw of the importer is counted as a crash). */
export async function runImportFuzz(options: FuzzOptions = {}): Promise<FuzzReport> {
  const total = options.files ?? 1000;
  const budget = options.budgetMs ?? 2000;
  const files = fc.sample(fuzzFileArb, { numRuns: total, seed: options.seed ?? 12 });
  const counts: FuzzCounts = {
    files: 0, accepted: 0, refused: 0, crashes: 0, overBudget: 0, polluted: 0, acceptedInvalid: 0, badLinks: 0, dbChangedOnRefusal: 0, roundTripsBroken: 0, maxMs: 0,
    byFormat: { json: 0, w3c: 0, hypothesis: 0 },
  };
  const failures: string[] = [];
  const fail = (file: FuzzFile, what: string) => {
    if (failures.length < 20) failures.push(`${what} (file: ${file.why.slice(0, 160)})`);
  };
  const limits = (file: FuzzFile) => (file.maxBytes === undefined ? {} : { maxBytes: file.maxBytes });

  for (const file of files) {
    counts.files++;
    const started = performance.now();
    let result: ReturnType<typeof parseImport>;
    try {
      result = parseImport(file.text, limits(file));
    } catch (e) {
      counts.crashes++;
      fail(file, `parseImport threw ${e instanceof Error ? e.message : String(e)}`);
      continue;
    }
    const ms = performance.now() - started;
    counts.maxMs = Math.max(counts.maxMs, ms);
    if (ms > budget) {
      counts.overBudget++;
      fail(file, `took ${Math.round(ms)} ms`);
    }
    const polluted = pollution();
    if (polluted) {
      counts.polluted++;
      fail(file, polluted);
      delete (Object.prototype as Record<string, unknown>).polluted;
    }
    if (!result.ok) {
      counts.refused++;
      if (result.errors.length === 0 || result.errors.some((e) => e.trim().length < 5)) fail(file, 'refused without a clear reason');
      if (options.db) {
        const before = await options.db.fingerprint();
        let outcome: { ok: boolean } = { ok: false };
        try {
          outcome = await options.db.importFile(file.text, limits(file));
        } catch (e) {
          counts.crashes++;
          fail(file, `importFile threw ${e instanceof Error ? e.message : String(e)}`);
        }
        if (outcome.ok || (await options.db.fingerprint()) !== before) {
          counts.dbChangedOnRefusal++;
          fail(file, 'the database changed although the file was refused');
        }
      }
      options.onFile?.(counts.files);
      continue;
    }
    counts.accepted++;
    counts.byFormat[result.format]++;
    const bundle = result.bundle;
    if (file.mustRefuse) {
      counts.acceptedInvalid++;
      fail(file, 'accepted a file that must be refused');
    }
    if (ownProtoKeys(bundle)) {
      counts.polluted++;
      fail(file, 'an accepted row carries a prototype key');
    }
    const bad = bundle.annotations.map(linkProblem).find((p) => p !== null) ?? null;
    if (bad) {
      counts.badLinks++;
      fail(file, bad);
    }
    // Every format: JSON and W3C give back the same rows; CSV and Markdown are written.
    const want = canonical(bundle);
    let broken = '';
    for (const format of ['json', 'w3c', 'csv', 'md'] as ExportFormat[]) {
      try {
        const text = formatBundle(bundle, format, { now: 0 });
        if (format === 'json' || format === 'w3c') {
          const again = parseImport(text, { now: 0 });
          if (!again.ok) broken ||= `${format} re-import refused: ${again.errors[0]}`;
          else if (canonical(again.bundle) !== want) broken ||= `${format} re-import differs`;
        }
      } catch (e) {
        broken ||= `${format} export threw ${e instanceof Error ? e.message : String(e)}`;
      }
    }
    if (!broken && options.db) {
      try {
        const stored = await options.db.roundTrip(bundle);
        if (canonical(stored) !== want) broken = 'database round trip differs';
      } catch (e) {
        broken = `database round trip threw ${e instanceof Error ? e.message : String(e)}`;
      }
    }
    if (broken) {
      counts.roundTripsBroken++;
      fail(file, broken);
    }
    options.onFile?.(counts.files);
  }
  return { counts, failures };
}

/** The one line a run ends with. */
export function fuzzSummary(c: FuzzCounts): string {
  return (
    `imports: ${c.files} files, ${c.accepted} accepted (json ${c.byFormat.json}, w3c ${c.byFormat.w3c}, hypothesis ${c.byFormat.hypothesis}), ${c.refused} refused; ` +
    `crashes ${c.crashes}, over budget ${c.overBudget}, polluted ${c.polluted}, accepted invalid ${c.acceptedInvalid}, bad links ${c.badLinks}, ` +
    `database changed on refusal ${c.dbChangedOnRefusal}, round trips broken ${c.roundTripsBroken}; slowest ${Math.round(c.maxMs)} ms`
  );
}
