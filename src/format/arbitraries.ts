// Test support (not shipped): fast-check generators of stored rows with odd Unicode (astral
// characters, combining marks, right-to-left text and bidi controls, control characters other
// than NUL), long notes and every tag, for the round-trip and import property tests.
import fc from 'fast-check';
import { cleanLabels, TAGS, type AnnotationRecord, type ArticleRecord } from '../shared/model';
import type { ExportBundle } from './bundle';
import { MAX_TIME } from './validate-records';

const ODD = [
  '😀', '👩🏽‍🔬', '𝔘', '𠜎', 'e\u0301', 'a\u0308\u0323', 'ع', 'שָׁלוֹם', '\u202e', '\u200f', '\u2066', '\u200d', '\ufeff',
  '\u0001', '\u0007', '\t', '\n', '\r', '\r\n', '\u001f', '\u007f', '\u0085', '\u2028', '"', "'", ',', ';', '\\', '=', '+', '-', '@',
  '<script>', '&amp;', '*', '_', '[', ']', '(', ')', '#', '`', '|', ' ', '  ', 'ß', 'İ', 'ﬁ', '\u00a0',
];

/** Strings mixing plain text with the odd characters above. */
export const oddString = (maxLength = 60): fc.Arbitrary<string> =>
  fc.string({ unit: fc.oneof({ weight: 3, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) }, fc.constantFrom(...ODD)), maxLength });

export const time = fc.integer({ min: 0, max: MAX_TIME });

export const urlArb: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('https', 'http'), fc.stringMatching(/^[a-z][a-z0-9-]{0,12}\.(com|org|cz|co\.uk)$/), fc.array(fc.stringMatching(/^[a-zA-Z0-9_~-]{1,10}$/), { maxLength: 4 }), fc.option(fc.stringMatching(/^[a-z]=[a-z0-9%]{0,8}$/)))
  .map(([scheme, host, path, query]) => `${scheme}://${host}/${path.join('/')}${query ? `?${query}` : ''}`)
  // Only addresses a browser parses ("https://xn--.org/" is broken punycode): no stored article has another.
  .filter((u) => {
    try {
      new URL(u);
      return true;
    } catch {
      return false;
    }
  });

export const tagsArb = fc.subarray([...TAGS]).chain((tags) => fc.shuffledSubarray(tags, { minLength: tags.length, maxLength: tags.length }));

/** The reader's own tags as stored (cleaned): often none, some odd. */
export const labelsArb = fc.oneof(
  { weight: 2, arbitrary: fc.constant([] as string[]) },
  { weight: 1, arbitrary: fc.array(fc.oneof(fc.constantFrom('kremlin', 'follow up', 'Budget 2026', 'ü-bahn'), oddString(20)), { maxLength: 4 }).map(cleanLabels) },
);
export const noteArb = fc.oneof(
  { weight: 3, arbitrary: oddString(200) },
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.tuple(oddString(40), fc.integer({ min: 1000, max: 20_000 })).map(([s, n]) => (s || 'x').repeat(Math.ceil(n / Math.max(1, s.length)))) },
);

export function articleArb(url: fc.Arbitrary<string> = urlArb): fc.Arbitrary<ArticleRecord> {
  return fc.record({
    url,
    title: oddString(80),
    site: fc.stringMatching(/^[a-z0-9.-]{0,20}$/),
    firstVisit: time,
    lastVisit: time,
  });
}

export function annotationArb(articleUrls: string[]): fc.Arbitrary<Omit<AnnotationRecord, 'id'>> {
  return fc
    .record({
      article: fc.constantFrom(...articleUrls),
      kind: fc.constantFrom('quote', 'claim', 'scare', 'manual' as const),
      text: oddString(120),
      speaker: fc.option(oddString(40), { nil: null }),
      speakerKind: fc.constantFrom('person', 'organization', 'anonymous', 'unknown' as const),
      cue: fc.option(oddString(15), { nil: null }),
      exact: oddString(120),
      prefix: oddString(32),
      suffix: oddString(32),
      start: fc.integer({ min: 0, max: 1_000_000 }),
      length: fc.integer({ min: 0, max: 5000 }),
      tags: tagsArb,
      labels: labelsArb,
      note: noteArb,
      origin: fc.constantFrom('auto', 'manual' as const),
      created: time,
      updated: time,
    })
    .map((r) => ({
      article: r.article,
      kind: r.kind,
      text: r.text,
      speaker: r.speaker,
      speakerKind: r.speakerKind,
      cue: r.cue,
      selectors: {
        quote: { type: 'TextQuoteSelector' as const, exact: r.exact, prefix: r.prefix, suffix: r.suffix },
        position: { type: 'TextPositionSelector' as const, start: r.start, end: r.start + r.length },
      },
      tags: r.tags,
      labels: r.labels,
      note: r.note,
      origin: r.origin,
      created: r.created,
      updated: r.updated,
    }));
}

/** A consistent bundle: unique article urls, unique annotation ids, every annotation's article present. */
export const bundleArb: fc.Arbitrary<ExportBundle> = fc
  .uniqueArray(urlArb, { minLength: 1, maxLength: 5 })
  .chain((urls) =>
    fc.record({
      articles: fc.tuple(...urls.map((u) => articleArb(fc.constant(u)))),
      annotations: fc.array(annotationArb(urls), { maxLength: 12 }),
      ids: fc.uniqueArray(fc.oneof(oddString(30).filter((s) => s.length > 0), fc.uuid()), { minLength: 12, maxLength: 12 }),
    }),
  )
  .map(({ articles, annotations, ids }) => ({
    articles,
    annotations: annotations.map((a, i) => ({ id: ids[i] ?? `id-${i}`, ...a })),
  }));
