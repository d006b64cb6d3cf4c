// The stored records: what the background keeps in IndexedDB, what the exporters write and the
// importer reads back. Shared by the background, the extension pages, the content script and
// src/format (pure). The annotation is written out once, here: every other shape of it (what the
// content script hands over, what the card shows, what a reader may change) is a Pick/Omit view
// of AnnotationRecord, and copyAnnotation is the one copy. A new field is added to the interface
// below; views that should carry it name it in their Pick, copies carry it without an edit.
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
  /** How the article describes the engine's speaker ("the Kremlin spokesman"), shown in the card; absent or null when it gives none. */
  speakerDescription?: string | null;
  cue: string | null;
  selectors: { quote: TextQuoteSelector; position: TextPositionSelector };
  /** The reader's verdicts (from TAGS), in TAGS order. */
  tags: Tag[];
  /**
   * The reader's own free-form tags ("kremlin", "follow up"): cleaned, distinct, sorted (see
   * cleanLabels). Absent on rows stored or exported before free-form tags existed: none.
   */
  labels?: string[];
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

// ---------------------------------------------------------------------------------------------
// Views of the one record

/** What the engine decides about a finding (a new run may refresh these). */
export type EngineFields = Pick<AnnotationRecord, 'kind' | 'text' | 'speaker' | 'speakerKind' | 'speakerId' | 'speakerDescription' | 'cue' | 'selectors'>;
/**
 * What only the reader decides (an engine run never touches these). The reader's corrections of
 * the engine (correction) are the reader's too, but change through correctAnnotation, not a patch.
 */
export type ReaderFields = Pick<AnnotationRecord, 'tags' | 'labels' | 'note'>;
/** One engine finding as the content script hands it to the store. */
export type FindingInput = Pick<AnnotationRecord, 'id'> & EngineFields;
/** A change the reader makes to one annotation; absent fields stay as they are. */
export type AnnotationPatch = Pick<AnnotationRecord, 'id'> & Partial<ReaderFields>;
/** What the card over a highlight shows. */
export type AnnotationView = Omit<AnnotationRecord, 'article' | 'selectors' | 'origin' | 'created' | 'updated'>;

/** Limits of the reader's free-form tags. */
export const LABEL_LIMITS = { length: 60, count: 30 } as const;

/** A free-form tag as stored: white space folded and trimmed, at most LABEL_LIMITS.length long. */
export function cleanLabel(text: string): string {
  return text.replace(/[\s\u0000-\u001f\u007f]+/g, ' ').trim().slice(0, LABEL_LIMITS.length).trim();
}

/** The stored form of a set of free-form tags: cleaned, no empties or repeats, sorted, at most LABEL_LIMITS.count. */
export function cleanLabels(labels: readonly string[]): string[] {
  const out = new Set<string>();
  for (const l of labels) {
    const c = cleanLabel(l);
    if (c !== '' && !(TAGS as readonly string[]).includes(c)) out.add(c);
  }
  return [...out].sort().slice(0, LABEL_LIMITS.count);
}

/** Verdicts in the canonical (TAGS) order, each once. */
export function canonicalTags(tags: readonly Tag[]): Tag[] {
  return TAGS.filter((t) => tags.includes(t));
}

/** Plain data only (strings, numbers, booleans, null, arrays, plain objects): copied deeply. */
function copyPlain<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copyPlain) as T;
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = copyPlain(v);
    return out as T;
  }
  return value;
}

/** The one copy of an annotation: every field, nothing shared with the original. */
export function copyAnnotation(record: AnnotationRecord): AnnotationRecord {
  return copyPlain(record);
}
