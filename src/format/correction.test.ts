// The reader's corrections travel in every export and come back from JSON and W3C.
import { describe, expect, it } from 'vitest';
import type { AnnotationRecord } from '../shared/model';
import { formatCsv } from './csv';
import { correctionText } from './correction';
import { formatBundle } from './index';
import { parseImport } from './import';
import { formatMarkdown } from './markdown';

const record: AnnotationRecord = {
  id: 'a1', article: 'https://news.example/s', kind: 'claim', text: 'the plan failed', speaker: 'Jo Bloggs', speakerKind: 'person',
  cue: 'said', selectors: { quote: { type: 'TextQuoteSelector', exact: 'the plan failed', prefix: 'x ', suffix: ' y' }, position: { type: 'TextPositionSelector', start: 2, end: 17 } },
  tags: [], note: '', origin: 'auto', created: 1000, updated: 2000,
  correction: { speaker: { name: 'Jo Bloggs', speakerKind: 'person', speakerId: null }, kind: 'claim', engine: { kind: 'quote', speaker: 'Ann Example', speakerKind: 'person', speakerId: 'e1' }, at: 2000 },
};
const article = { url: record.article, title: 'S', site: 'news.example', firstVisit: 1000, lastVisit: 2000 };
const bundle = { articles: [article], annotations: [record] };

describe('corrections in exports', () => {
  it('says what the reader changed and what the engine had said', () => {
    expect(correctionText(record)).toBe('corrected by the reader: speaker: Jo Bloggs (was Ann Example); kind: claim (was quote)');
    expect(correctionText({ correction: undefined })).toBe('');
  });

  it('marks the correction as the reader’s in CSV, Markdown and a W3C editing body', () => {
    expect(formatCsv(bundle)).toContain('corrected_by_reader');
    expect(formatCsv(bundle)).toContain('corrected by the reader: speaker: Jo Bloggs (was Ann Example)');
    // The column follows the readable ones (up to the article's URL), before the ids and selectors.
    const [head, row] = formatCsv(bundle, { noBom: true }).split('\r\n');
    const columns = head!.split(',');
    expect(columns.indexOf('corrected_by_reader')).toBe(columns.indexOf('article_url') + 1);
    expect(columns.indexOf('corrected_by_reader')).toBeLessThan(columns.indexOf('id'));
    expect(row!.split(',')[columns.indexOf('corrected_by_reader')]).toBe('corrected by the reader: speaker: Jo Bloggs (was Ann Example); kind: claim (was quote)');
    expect(formatMarkdown(bundle)).toContain('Corrected by the reader');
    const w3c = JSON.parse(formatBundle(bundle, 'w3c', { now: 0 }));
    const body = w3c.first.items[0].body.find((b: { purpose: string }) => b.purpose === 'editing');
    expect(body).toMatchObject({ type: 'TextualBody', purpose: 'editing', 'sl:role': 'correction', 'sl:correction': record.correction });
  });

  it('comes back from our JSON and from W3C', () => {
    for (const format of ['json', 'w3c'] as const) {
      const out = parseImport(formatBundle(bundle, format, { now: 0 }), { now: 5 });
      expect(out.ok, JSON.stringify(out)).toBe(true);
      if (out.ok) expect(out.bundle.annotations[0]!.correction).toEqual(record.correction);
    }
  });

  it('drops a broken correction with a warning and keeps the annotation', () => {
    const broken = JSON.parse(formatBundle(bundle, 'json', { now: 0 }));
    broken.annotations[0].correction = { kind: 'banana', engine: record.correction!.engine, at: 1 };
    const out = parseImport(JSON.stringify(broken), { now: 5 });
    expect(out.ok).toBe(true);
    if (out.ok) {
      expect(out.bundle.annotations[0]!.correction).toBeUndefined();
      expect(out.warnings.join(' ')).toMatch(/correction was left out/);
    }
  });
});
