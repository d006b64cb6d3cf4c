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

/** The kinds a reader can correct a finding to ("none": it is not a quote, a claim or a scare quote). */
export type CorrectedKind = 'quote' | 'claim' | 'scare' | 'none';

/** A speaker as the reader set it: one of the article's speakers (with its id) or a typed name. */
export interface ReaderSpeaker {
  name: string;
  speakerKind: SpeakerKind;
  /** The engine's id of the article speaker picked; null for a typed name. */
  speakerId: string | null;
}

/**
 * What the reader corrected on a finding. The record's own kind and speaker fields already show
 * the corrected values; this keeps what the reader set (so the engine's next run re-applies it
 * instead of undoing it) and what the engine said (so a correction can be taken back).
 */
export interface ReaderCorrection {
  /** The speaker the reader gave (null: the reader removed the speaker). */
  speaker?: ReaderSpeaker | null;
  /** The kind the reader gave; "none" hides the finding (not a quote). */
  kind?: CorrectedKind;
  /** The reader dismissed the finding: stored, listed, never painted. */
  dismissed?: boolean;
  /** What the engine said at its latest run. */
  engine: { kind: AnnotationKind; speaker: string | null; speakerKind: SpeakerKind; speakerId: string | null };
  /** Epoch milliseconds of the reader's latest correction. */
  at: number;
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
  /** The engine's id of the speaker within the article (groups "he" and "Peskov"); absent or null when unknown. */
  speakerId?: string | null;
  cue: string | null;
  selectors: { quote: TextQuoteSelector; position: TextPositionSelector };
  tags: Tag[];
  note: string;
  origin: 'auto' | 'manual';
  /** Epoch milliseconds. */
  created: number;
  updated: number;
  /** The reader's corrections of the engine (absent: none). */
  correction?: ReaderCorrection;
}

/** True when the reader dismissed the annotation or said it is not a quote: stored, never painted. */
export const isDismissed = (a: Pick<AnnotationRecord, 'correction'>): boolean =>
  a.correction?.dismissed === true || a.correction?.kind === 'none';
