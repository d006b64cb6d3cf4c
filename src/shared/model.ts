// The stored records: what the background keeps in IndexedDB, what the exporters write and the
// importer reads back. Shared by the background, the extension pages and src/format (pure).
import type { SpeakerKind, TextPositionSelector, TextQuoteSelector } from '../core/types';

/** The reader's verdicts on a finding. */
export const TAGS = ['disputed', 'supported', 'needs-source'] as const;
export type Tag = (typeof TAGS)[number];

/** quote, claim and scare come from the engine; manual is text the reader marked by hand. */
export type AnnotationKind = 'quote' | 'claim' | 'scare' | 'manual';

/** One article the reader opened with Sourcelight. Keyed by its canonical URL. */
export interface ArticleRecord {
  /** Canonical URL (canonical link / og:url, tracking parameters stripped). */
  url: string;
  title: string;
  /** Host name of the site, e.g. "www.bbc.com". */
  site: string;
  /** Epoch milliseconds. */
  firstVisit: number;
  lastVisit: number;
}

/** One annotation: a finding of the engine (origin auto) or a manual one. */
export interface AnnotationRecord {
  /** Stable id: for engine findings derived from article URL + finding id, so re-runs merge. */
  id: string;
  /** ArticleRecord.url */
  article: string;
  kind: AnnotationKind;
  text: string;
  speaker: string | null;
  speakerKind: SpeakerKind;
  cue: string | null;
  selectors: { quote: TextQuoteSelector; position: TextPositionSelector };
  tags: Tag[];
  note: string;
  origin: 'auto' | 'manual';
  /** Epoch milliseconds. */
  created: number;
  updated: number;
}
