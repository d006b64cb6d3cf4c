// Places stored selectors in a text (a live page's text index, or any string): by position when
// the text there is still the quoted text, else by quote, else approximately; null means the
// annotation is orphaned on this version of the page (kept, shown as "not found", retried later).
import type { TextPositionSelector, TextQuoteSelector } from '../core/types';
import { fold, foldText, foldedOffset, sourceEnd, sourceStart, type FoldedText } from './fold-text';
import { SELF_EVIDENT_LENGTH, matchFolded, prepareQuote, toSource, type PreparedQuote } from './match-quote';
import type { TextIndex } from './text-index';

/** The selectors stored with an annotation. */
export interface AnchorSelectors {
  quote: TextQuoteSelector;
  /** Offsets in the text the annotation was last placed in (a hint and a fast path). */
  position?: TextPositionSelector;
}

/** How an annotation was placed. */
export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

/** Where an annotation was placed, as offsets in the text anchored against. */
export interface Anchored {
  start: number;
  end: number;
  method: AnchorMethod;
}

/** Anything with a text: a TextIndex, the content script's view of one, or a plain string. */
export type AnchorTarget = string | { readonly text: string };

const foldedByTarget = new WeakMap<object, FoldedText>();
let lastString: FoldedText | null = null;

/** The folded text of a target, computed once per index object (and for the last string seen). */
function foldedOf(target: AnchorTarget): FoldedText {
  if (typeof target === 'string') {
    if (lastString === null || lastString.source !== target) lastString = foldText(target);
    return lastString;
  }
  const cached = foldedByTarget.get(target);
  if (cached !== undefined && cached.source === target.text) return cached;
  const f = foldText(target.text);
  foldedByTarget.set(target, f);
  return f;
}

/** Folds a target's text now (once per index), so that the first anchor() on it does not pay for it. */
export function prepareAnchoring(target: AnchorTarget): void {
  foldedOf(target);
}

/** The stored position still holds the quoted words (and, for short quotes, their context). */
function positionHolds(f: FoldedText, selectors: AnchorSelectors, exactFolded: string): Anchored | null {
  const p = selectors.position;
  if (p === undefined || !Number.isInteger(p.start) || !Number.isInteger(p.end)) return null;
  if (p.start < 0 || p.end <= p.start || p.end > f.source.length) return null;
  if (fold(f.source.slice(p.start, p.end)) !== exactFolded) return null;
  if (exactFolded.length < SELF_EVIDENT_LENGTH) {
    // A short quote could land on the same words by chance after the text moved: its context must agree.
    const q = prepareQuote(selectors.quote);
    const s = foldedOffset(f, p.start);
    // Its context still there word for word: no search of the whole text (which could only pick this place).
    if (contextHolds(f, q, s, s + q.exact.length)) return { start: p.start, end: p.end, method: 'position' };
    const best = matchFolded(f, q, s);
    if (best === null || best.start !== s) return null;
  }
  return { start: p.start, end: p.end, method: 'position' };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * True when the folded text holds the quote's whole prefix right before folded offset s and its
 * whole suffix right after e (at least one of them not empty; an empty one only at the text's
 * edge), and the span starts and ends inside a word exactly where the quote did. Such a place
 * scores the most on every count matchFolded weighs and is nearest the hint, so matchFolded would
 * pick it: this is the same answer without looking at every other occurrence of a short quote.
 */
function contextHolds(f: FoldedText, q: PreparedQuote, s: number, e: number): boolean {
  if (q.prefix.length === 0 && q.suffix.length === 0) return false;
  if (q.prefix.length === 0 ? s !== 0 : s < q.prefix.length || !f.text.startsWith(q.prefix, s - q.prefix.length)) return false;
  if (q.suffix.length === 0 ? e !== f.text.length : !f.text.startsWith(q.suffix, e)) return false;
  const inWordAt = (i: number) => i > 0 && i < f.source.length && WORD_CHAR.test(f.source.charAt(i - 1)) && WORD_CHAR.test(f.source.charAt(i));
  return inWordAt(sourceStart(f, s)) === q.startsInWord && inWordAt(sourceEnd(f, e)) === q.endsInWord;
}

/** Stored selectors come from the database or an imported file: check their shape before use. */
function wellFormed(selectors: unknown): selectors is AnchorSelectors {
  if (typeof selectors !== 'object' || selectors === null) return false;
  const quote = (selectors as { quote?: unknown }).quote;
  if (typeof quote !== 'object' || quote === null) return false;
  const { exact, prefix, suffix } = quote as Record<string, unknown>;
  return typeof exact === 'string' && (prefix === undefined || typeof prefix === 'string') && (suffix === undefined || typeof suffix === 'string');
}

/** Anchors one annotation's selectors in a text. Null: orphaned (not on this version of the page), or malformed selectors. */
export function anchor(target: AnchorTarget, selectors: AnchorSelectors): Anchored | null {
  if (!wellFormed(selectors)) return null;
  const f = foldedOf(target);
  const q = prepareQuote(selectors.quote);
  if (q.exact.length === 0) return null;
  const byPosition = positionHolds(f, selectors, q.exact);
  if (byPosition !== null) return byPosition;
  const hint = selectors.position === undefined ? undefined : foldedOffset(f, selectors.position.start);
  const best = matchFolded(f, q, hint);
  if (best === null) return null;
  const [start, end] = toSource(f, best);
  return { start, end, method: best.quote === 1 ? 'quote' : 'fuzzy' };
}

/** Anchors many annotations in one text: the text is folded once, each search is bounded. */
export function anchorAll(target: AnchorTarget, list: readonly AnchorSelectors[]): Array<Anchored | null> {
  return list.map((selectors) => {
    try {
      return anchor(target, selectors);
    } catch {
      return null; // a malformed stored selector orphans its own annotation, not the others
    }
  });
}

/** Selectors for a DOM range (e.g. the reader's selection, for a manual annotation); null when it holds no indexed text. */
export function describeRange(index: TextIndex, range: AbstractRange): AnchorSelectors | null {
  const start = index.offsetOf(range.startContainer, range.startOffset);
  const end = index.offsetOf(range.endContainer, range.endOffset);
  if (start === null || end === null) return null;
  // Leave out separators and spaces at the edges of the selection.
  let s = start;
  let e = end;
  while (s < e && /\s/.test(index.text.charAt(s))) s++;
  while (e > s && /\s/.test(index.text.charAt(e - 1))) e--;
  return e > s ? describeSpan(index, s, e) : null;
}

/** Selectors describing text[start, end) of a text, for a new (e.g. manual) annotation. */
export function describeSpan(target: AnchorTarget, start: number, end: number, context = 32): AnchorSelectors {
  const text = typeof target === 'string' ? target : target.text;
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(s, e),
      prefix: text.slice(Math.max(0, s - context), s),
      suffix: text.slice(e, e + context),
    },
    position: { type: 'TextPositionSelector', start: s, end: e },
  };
}
