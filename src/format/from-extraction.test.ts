import { describe, expect, it } from 'vitest';
import type { Extraction, Finding } from '../core/types';
import { findingAnnotationId } from '../shared/stable-id';
import { fromExtraction } from './from-extraction';
import { formatBundle } from './index';
import { parseImport } from './import';

const finding = (id: string, kind: Finding['kind'], start: number, text: string): Finding => ({
  id, kind, text, speaker: kind === 'scare' ? null : 'A Speaker', speakerKind: kind === 'scare' ? 'unknown' : 'person', speakerId: kind === 'scare' ? null : 's1', speakerDescription: null, rule: 'test', mention: null,
  cue: kind === 'scare' ? null : 'said', partial: false, paragraph: 0,
  selector: { type: 'TextQuoteSelector', exact: text, prefix: 'before ', suffix: ' after' },
  position: { type: 'TextPositionSelector', start, end: start + text.length },
});

const extraction: Extraction = {
  url: 'https://news.example.com/2026/a-story',
  title: 'A story',
  byline: null,
  siteName: 'News',
  lang: 'en',
  findings: [finding('q0', 'quote', 10, 'words said'), finding('c1', 'claim', 40, 'taxes will rise'), finding('s2', 'scare', 90, 'experts')],
};

describe('fromExtraction', () => {
  it('makes one article and one auto annotation per finding, with the extension ids', () => {
    const bundle = fromExtraction(extraction, 1234);
    expect(bundle.articles).toEqual([{ url: extraction.url, title: 'A story', site: 'news.example.com', firstVisit: 1234, lastVisit: 1234 }]);
    expect(bundle.annotations).toHaveLength(3);
    const [q] = bundle.annotations;
    expect(q).toEqual({
      id: findingAnnotationId(extraction.url, 'quote', extraction.findings[0]!.selector),
      article: extraction.url, kind: 'quote', text: 'words said', speaker: 'A Speaker', speakerKind: 'person', cue: 'said',
      selectors: { quote: extraction.findings[0]!.selector, position: extraction.findings[0]!.position },
      tags: [], labels: [], note: '', origin: 'auto', created: 1234, updated: 1234,
    });
    expect(fromExtraction(extraction, 99).annotations.map((a) => a.id)).toEqual(bundle.annotations.map((a) => a.id));
    expect(new Set(bundle.annotations.map((a) => a.id)).size).toBe(3);
  });

  it('exports in every format, and the JSON imports back', () => {
    const bundle = fromExtraction(extraction, 0);
    for (const format of ['json', 'w3c', 'csv', 'md'] as const) expect(formatBundle(bundle, format).length).toBeGreaterThan(100);
    const back = parseImport(formatBundle(bundle, 'json'));
    expect(back.ok && back.bundle).toEqual(bundle);
  });
});
