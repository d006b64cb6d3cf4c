// Turns what the engine found on one page into stored-row shape, so that the CLI can print an
// extraction in any export format with the same exporters the extension uses.
import type { Extraction } from '../core/types';
import { findingAnnotationId } from '../shared/stable-id';
import type { AnnotationRecord } from '../shared/model';
import { siteOf, type ExportBundle } from './bundle';

/**
 * One article (extraction.url) and one annotation per finding: origin auto, no tags, empty
 * note, created and updated `now`, ids as the extension gives them (stable across runs).
 */
export function fromExtraction(extraction: Extraction, now: number): ExportBundle {
  const url = extraction.url;
  const annotations = extraction.findings.map(
    (f): AnnotationRecord => ({
      id: findingAnnotationId(url, f.kind, f.selector),
      article: url,
      kind: f.kind,
      text: f.text,
      speaker: f.speaker,
      speakerKind: f.speakerKind,
      cue: f.cue,
      selectors: {
        quote: { type: 'TextQuoteSelector', exact: f.selector.exact, prefix: f.selector.prefix, suffix: f.selector.suffix },
        position: { type: 'TextPositionSelector', start: f.position.start, end: f.position.end },
      },
      tags: [],
      labels: [],
      note: '',
      origin: 'auto',
      created: now,
      updated: now,
    }),
  );
  return {
    articles: [{ url, title: extraction.title, site: siteOf(url), firstVisit: now, lastVisit: now }],
    annotations,
  };
}
