import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnnotationRecord } from '../shared/model';
import { bundleArb } from './arbitraries';
import { parseImport } from './import';
import { formatW3c, toW3cAnnotation, w3cChunks, SL_ANNOTATION_PREFIX } from './w3c';

const record: AnnotationRecord = {
  id: 'auto-abc 1/2',
  article: 'https://news.example.org/story?id=7',
  kind: 'claim',
  text: 'the bridge will reopen in spring',
  speaker: 'The Mayor',
  speakerKind: 'person',
  cue: 'said',
  selectors: {
    quote: { type: 'TextQuoteSelector', exact: 'the bridge will reopen in spring', prefix: 'The mayor said ', suffix: '. Critics' },
    position: { type: 'TextPositionSelector', start: 120, end: 152 },
  },
  tags: ['disputed', 'needs-source'],
  labels: ['council', 'follow up'],
  note: 'Check the council minutes.',
  origin: 'auto',
  created: Date.UTC(2026, 0, 2, 3, 4, 5, 6),
  updated: Date.UTC(2026, 0, 3),
};

describe('W3C Web Annotation export', { timeout: 120_000 }, () => {
  it('maps one record to an Annotation with selectors, tagging, commenting and describing bodies', () => {
    const a = toW3cAnnotation(record);
    expect(a['@context']?.[0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(a.type).toBe('Annotation');
    expect(a.id).toBe(`${SL_ANNOTATION_PREFIX}auto-abc%201%2F2`);
    expect(a.created).toBe('2026-01-02T03:04:05.006Z');
    expect(a.target.source).toBe(record.article);
    expect(a.target.selector).toEqual([
      { type: 'TextQuoteSelector', exact: 'the bridge will reopen in spring', prefix: 'The mayor said ', suffix: '. Critics' },
      { type: 'TextPositionSelector', start: 120, end: 152 },
    ]);
    expect(a.body?.filter((b) => b.purpose === 'tagging').map((b) => b.value)).toEqual(['disputed', 'needs-source', 'council', 'follow up']);
    expect(a.body?.find((b) => b.purpose === 'commenting')?.value).toBe('Check the council minutes.');
    expect(a.body?.find((b) => b.purpose === 'describing')?.value).toBe('The Mayor');
  });

  it('writes a collection with one embedded page, total and items', () => {
    const text = formatW3c({ articles: [], annotations: [record, { ...record, id: 'second' }] }, { now: 5 });
    const c = JSON.parse(text) as { type: string; total: number; first: { type: string; items: unknown[]; startIndex: number } };
    expect(c.type).toBe('AnnotationCollection');
    expect(c.total).toBe(2);
    expect(c.first.type).toBe('AnnotationPage');
    expect(c.first.startIndex).toBe(0);
    expect(c.first.items).toHaveLength(2);
  });

  it('round-trips through our importer: same annotations and articles', () => {
    fc.assert(
      fc.property(bundleArb, fc.integer({ min: 1, max: 4 }), (bundle, chunkSize) => {
        const text = [...w3cChunks(bundle, { chunkSize })].map((c) => c.text).join('');
        const result = parseImport(text);
        if (!result.ok) throw new Error(result.errors.join('\n'));
        expect(result.format).toBe('w3c');
        expect(result.bundle.annotations).toEqual(bundle.annotations);
        expect(result.bundle.articles).toEqual(bundle.articles);
      }),
      { numRuns: 150 },
    );
  });

  it('imports a single exported Annotation with a stand-in article', () => {
    const result = parseImport(JSON.stringify(toW3cAnnotation(record)));
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.bundle.annotations).toEqual([record]);
    expect(result.bundle.articles).toEqual([
      { url: record.article, title: record.article, site: 'news.example.org', firstVisit: record.created, lastVisit: record.updated },
    ]);
  });

  it('imports annotations as other tools write them (no sl: terms, free tags, bodyValue)', () => {
    const foreign = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'https://annotations.example.net/a/42',
      type: 'Annotation',
      created: '2025-05-01T10:00:00Z',
      bodyValue: 'Nice line',
      body: [{ type: 'TextualBody', purpose: 'tagging', value: 'supported' }, { type: 'TextualBody', purpose: 'tagging', value: 'politics' }],
      target: {
        source: 'https://example.com/a',
        selector: [{ type: 'RangeSelector' }, { type: 'TextQuoteSelector', exact: 'hello', prefix: 'say ' }],
      },
    };
    const result = parseImport(JSON.stringify([foreign]), { now: 99 });
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const [a] = result.bundle.annotations;
    expect(a).toMatchObject({
      id: 'https://annotations.example.net/a/42',
      kind: 'manual',
      origin: 'manual',
      text: 'hello',
      speaker: null,
      tags: ['supported'],
      labels: ['politics'],
      note: 'Nice line',
      created: Date.parse('2025-05-01T10:00:00Z'),
      updated: Date.parse('2025-05-01T10:00:00Z'),
    });
    expect(a?.selectors.quote).toEqual({ type: 'TextQuoteSelector', exact: 'hello', prefix: 'say ', suffix: '' });
    expect(result.warnings.some((w) => w.includes('TextPositionSelector'))).toBe(true);
  });
});

describe('w3cAnnotationJson (the fast path of the collection export)', { timeout: 120_000 }, () => {
  it('writes exactly the JSON of toW3cAnnotation without context', async () => {
    const { bundleArb: arb } = await import('./arbitraries');
    const { w3cAnnotationJson } = await import('./w3c');
    fc.assert(
      fc.property(arb, (bundle) => {
        for (const a of bundle.annotations) expect(w3cAnnotationJson(a)).toBe(JSON.stringify(toW3cAnnotation(a, false)));
      }),
      { numRuns: 100 },
    );
  });
});

describe('W3C ids', () => {
  it('never throws on an id with a lone surrogate', async () => {
    const { w3cAnnotationId } = await import('./w3c');
    expect(w3cAnnotationId('a\ud800b')).toBe(`${SL_ANNOTATION_PREFIX}a%EF%BF%BDb`);
    expect(w3cAnnotationId('😀')).toBe(`${SL_ANNOTATION_PREFIX}%F0%9F%98%80`);
  });
});

describe('W3C collections from elsewhere', () => {
  it('refuses a collection whose further pages are only addresses, and warns on a wrong total', () => {
    const annotation = JSON.parse(JSON.stringify(toW3cAnnotation(record, false))) as object;
    const paged = { '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'https://x.example/c', type: 'AnnotationCollection', total: 2,
      first: { id: 'https://x.example/c/1', type: 'AnnotationPage', items: [annotation], next: 'https://x.example/c/2' } };
    expect(parseImport(JSON.stringify(paged))).toEqual({
      ok: false,
      errors: ['first.next: the collection goes on in pages that are not in the file (only embedded pages can be imported)'],
    });
    const { next: _next, ...onlyPage } = paged.first;
    const result = parseImport(JSON.stringify({ ...paged, first: onlyPage }));
    expect(result.ok && result.warnings).toEqual(['total: the collection says 2 annotations, the file holds 1']);
  });
});
