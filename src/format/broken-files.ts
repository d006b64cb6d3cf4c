// Test support (not shipped): import files that must be refused, each made by breaking a valid
// export in one way (cut short, wrong version, a bad field, a duplicate, a dangling reference,
// too large, not ours at all…), with a note of what was broken for the failure message.
import fc from 'fast-check';
import type { ExportBundle } from './bundle';
import { bundleArb } from './arbitraries';
import { formatJson } from './json';
import { formatW3c } from './w3c';

export interface BrokenFile {
  /** What was broken. */
  why: string;
  text: string;
  /** The size limit to import with (only the oversize case lowers it). */
  maxBytes?: number;
}

type Json = Record<string, unknown>;

/** Bad values for annotation fields (dotted paths), each wrong by type, enum, range or length. */
const BAD_ANNOTATION_FIELDS: Array<[string, unknown]> = [
  ['id', ''], ['id', 7], ['id', 'x'.repeat(2000)], ['article', 'not a url'], ['article', null], ['kind', 'opinion'], ['kind', 'Quote'],
  ['text', 12], ['text', null], ['speaker', 5], ['speaker', ['a']], ['speakerKind', 'robot'], ['cue', {}], ['selectors', 'x'],
  ['selectors.quote', null], ['selectors.quote.type', 'TextPositionSelector'], ['selectors.quote.exact', 1], ['selectors.quote.prefix', null],
  ['selectors.position.start', -1], ['selectors.position.start', 1.5], ['selectors.position.end', '3'], ['selectors.position.type', 'Range'],
  ['tags', 'disputed'], ['tags', ['disputed', 'disputed']], ['tags', ['bogus']], ['tags', [1]], ['tags', ['Disputed']], ['note', null],
  ['note', 'n'.repeat(1_000_001)], ['origin', 'robot'], ['created', -1], ['created', 1.5], ['created', '2024-01-01'], ['updated', Number.MAX_SAFE_INTEGER],
  ['updated', null],
];
const BAD_ARTICLE_FIELDS: Array<[string, unknown]> = [
  ['url', 'relative/path'], ['url', ''], ['title', 3], ['title', 't'.repeat(8193)], ['site', null], ['firstVisit', 'yesterday'], ['lastVisit', -5],
];
const REQUIRED_ANNOTATION_FIELDS = ['id', 'article', 'kind', 'text', 'speaker', 'speakerKind', 'cue', 'selectors', 'tags', 'note', 'origin', 'created', 'updated'];

function setPath(obj: Json, path: string, value: unknown): void {
  const keys = path.split('.');
  let at: Json = obj;
  for (const k of keys.slice(0, -1)) at = at[k] as Json;
  at[keys.at(-1)!] = value;
}

/** A bundle with at least one annotation. */
const nonEmptyBundle: fc.Arbitrary<ExportBundle> = bundleArb.filter((b) => b.annotations.length > 0);

export const brokenFileArb: fc.Arbitrary<BrokenFile> = fc.oneof(
  // Cut short anywhere before the final brace.
  fc.tuple(bundleArb, fc.double({ min: 0, max: 1, noNaN: true })).map(([b, f]) => {
    const text = formatJson(b);
    const end = Math.floor(f * text.lastIndexOf('}'));
    return { why: `truncated at ${end}`, text: text.slice(0, end) };
  }),
  // Wrong or missing schema version, wrong format name.
  fc.tuple(bundleArb, fc.constantFrom<unknown>(2, 0, 99, '1', 1.5, null, undefined)).map(([b, v]) => {
    const file = JSON.parse(formatJson(b)) as Json;
    if (v === undefined) delete file.version;
    else file.version = v;
    return { why: `version ${String(v)}`, text: JSON.stringify(file) };
  }),
  fc.tuple(bundleArb, fc.constantFrom('Sourcelight', 'hypothesis', 'sourcelight2', '')).map(([b, name]) => {
    const file = JSON.parse(formatJson(b)) as Json;
    file.format = name;
    return { why: `format ${name}`, text: JSON.stringify(file) };
  }),
  // One bad annotation field.
  fc.tuple(nonEmptyBundle, fc.nat(), fc.constantFrom(...BAD_ANNOTATION_FIELDS)).map(([b, i, [path, value]]) => {
    const file = JSON.parse(formatJson(b)) as { annotations: Json[] };
    const at = i % file.annotations.length;
    setPath(file.annotations[at]!, path, value);
    return { why: `annotations[${at}].${path} = ${JSON.stringify(value)?.slice(0, 30)}`, text: JSON.stringify(file) };
  }),
  // One missing annotation field.
  fc.tuple(nonEmptyBundle, fc.nat(), fc.constantFrom(...REQUIRED_ANNOTATION_FIELDS)).map(([b, i, key]) => {
    const file = JSON.parse(formatJson(b)) as { annotations: Json[] };
    const at = i % file.annotations.length;
    delete file.annotations[at]![key];
    return { why: `annotations[${at}].${key} missing`, text: JSON.stringify(file) };
  }),
  // One bad article field.
  fc.tuple(bundleArb, fc.nat(), fc.constantFrom(...BAD_ARTICLE_FIELDS)).map(([b, i, [path, value]]) => {
    const file = JSON.parse(formatJson(b)) as { articles: Json[] };
    const at = i % file.articles.length;
    setPath(file.articles[at]!, path, value);
    return { why: `articles[${at}].${path}`, text: JSON.stringify(file) };
  }),
  // Duplicates and dangling references.
  nonEmptyBundle.map((b) => {
    const file = JSON.parse(formatJson(b)) as { annotations: Json[] };
    file.annotations.push({ ...file.annotations[0]!, note: 'second copy' });
    return { why: 'duplicate annotation id', text: JSON.stringify(file) };
  }),
  nonEmptyBundle.map((b) => {
    const file = JSON.parse(formatJson(b)) as { annotations: Json[] };
    file.annotations[0]!.article = 'https://elsewhere.example/not-in-file';
    return { why: 'annotation of an article not in the file', text: JSON.stringify(file) };
  }),
  bundleArb.map((b) => {
    const file = JSON.parse(formatJson(b)) as { articles: Json[] };
    file.articles.push({ ...file.articles[0]! });
    return { why: 'duplicate article', text: JSON.stringify(file) };
  }),
  fc.tuple(bundleArb, fc.constantFrom<unknown>({}, 'x', null, 5)).map(([b, v]) => {
    const file = JSON.parse(formatJson(b)) as Json;
    file.annotations = v;
    return { why: 'annotations not a list', text: JSON.stringify(file) };
  }),
  // Too large for the limit.
  nonEmptyBundle.map((b) => {
    const text = formatJson(b);
    return { why: 'oversized', text, maxBytes: Math.max(1, text.length - 1) };
  }),
  // Not ours at all.
  fc.constantFrom(
    { why: 'empty', text: '' },
    { why: 'blank', text: ' \n\t ' },
    { why: 'null', text: 'null' },
    { why: 'empty list', text: '[]' },
    { why: 'number', text: '42' },
    { why: 'other JSON', text: '{"rows":[{"a":1}]}' },
    { why: 'CSV', text: 'id,text\r\n1,hello\r\n' },
    { why: 'HTML', text: '<!doctype html><title>x</title>' },
    { why: 'binary', text: '\u0000\u0001\u00ff\ufffd' },
    { why: 'prototype pollution', text: '{"__proto__":{"polluted":true},"format":"sourcelight","version":1,"articles":{},"annotations":[]}' },
  ),
  // Broken W3C: no target, no quote selector, a bad date, a page given only by address.
  fc.tuple(nonEmptyBundle, fc.constantFrom('target', 'selector', 'created', 'first', 'type', 'source')).map(([b, what]) => {
    const c = JSON.parse(formatW3c(b)) as Json & { first: { items: Json[] } };
    const item = c.first.items[0]!;
    if (what === 'target') delete item.target;
    else if (what === 'selector') (item.target as Json).selector = [{ type: 'CssSelector', value: 'p' }];
    else if (what === 'created') item.created = 'last tuesday';
    else if (what === 'first') c.first = 'https://example.org/page2' as never;
    else if (what === 'type') item.type = 'Highlight';
    else (item.target as Json).source = 'no-scheme';
    return { why: `W3C without a good ${what}`, text: JSON.stringify(c) };
  }),
);
