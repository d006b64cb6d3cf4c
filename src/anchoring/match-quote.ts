// Finds a quote (exact text with some context either side) in a text that may have changed since
// the quote was taken, in the spirit of hypothesis/client's match-quote: exact occurrences first,
// told apart by their context and the distance to a hint; then a bounded approximate search
// (approx-string-match); every candidate is scored, and a poor best candidate is refused (null)
// rather than placed somewhere wrong. Comparison is on folded text (see fold-text.ts).
import search from 'approx-string-match';
import { contextSimilarity, editDistance, reversed, similarity } from './similarity';
import { fold, foldText, foldedOffset, paragraphEnd, paragraphStart, sourceEnd, sourceStart, type FoldedText } from './fold-text';

/** The quote to find: the span itself and the text around it when it was taken. */
export interface QuoteToMatch {
  exact: string;
  prefix?: string;
  suffix?: string;
}

/** Options for matchQuote. */
export interface MatchQuoteOptions {
  /** Where the quote is expected to start (offset in the text); breaks ties, slightly favours near matches. */
  hint?: number;
}

/** A match of a quote in the text. */
export interface QuoteMatch {
  /** Offset of the first matched character in the text. */
  start: number;
  /** Offset just after the last matched character. */
  end: number;
  /** Quality from 0 to 1 (1: the exact text with the same context). */
  score: number;
  /** True when the quote itself was found only approximately. */
  fuzzy: boolean;
}

/** Exact occurrences looked at (a very common short quote on a huge page stops here). */
const MAX_EXACT_CANDIDATES = 2000;
/** Candidates given the full (edit distance) context score, after a cheap first ranking. */
const MAX_SCORED = 24;
/** Longest folded text scanned approximately at once; longer texts are scanned near the hint only. */
const MAX_FUZZY_SCAN = 400_000;
/** Folded characters given to one approximate search call. */
const FUZZY_CHUNK = 16_384;
/** Approximate matches collected before scanning stops (only a repetitive text gets near this). */
const MAX_FUZZY_MATCHES = 512;
/** Approximate matches looked at. */
const MAX_FUZZY_CANDIDATES = 64;
/** An exact match this long (folded) that occurs once needs no context to be trusted. */
export const SELF_EVIDENT_LENGTH = 32;
/** Context similarity (0..1) taken as "the same context". */
const CONTEXT_OK = 0.5;

const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, edges: 4, position: 2 };
const WEIGHT_SUM = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.edges + WEIGHTS.position;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** A quote prepared for matching: folded pieces and what the context says about paragraph edges. */
export interface PreparedQuote {
  exact: string;
  /** Folded prefix, paragraph breaks dropped. */
  prefix: string;
  /** Folded prefix after its last paragraph break (the part in the quote's own paragraph). */
  prefixNear: string;
  /** The prefix crossed a paragraph break: the quote starts prefixNear.length after a paragraph start. */
  prefixBreak: boolean;
  suffix: string;
  suffixNear: string;
  suffixBreak: boolean;
  /** The quote began in the middle of a word (a letter or digit on both sides of its start). */
  startsInWord: boolean;
  /** The quote ended in the middle of a word. */
  endsInWord: boolean;
}

const BREAK = /\n\s*\n/;

/** Folds a quote's pieces once, so many candidates (and many texts) can be scored against it. */
export function prepareQuote(q: QuoteToMatch): PreparedQuote {
  const prefix = q.prefix ?? '';
  const suffix = q.suffix ?? '';
  const prefixParts = prefix.split(BREAK);
  const suffixParts = suffix.split(BREAK);
  return {
    exact: fold(q.exact),
    prefix: fold(prefix),
    prefixNear: fold(prefixParts[prefixParts.length - 1] ?? ''),
    prefixBreak: prefixParts.length > 1,
    suffix: fold(suffix),
    suffixNear: fold(suffixParts[0] ?? ''),
    suffixBreak: suffixParts.length > 1,
    startsInWord: WORD_CHAR.test(prefix.slice(-1)) && WORD_CHAR.test(q.exact.slice(0, 1)),
    endsInWord: WORD_CHAR.test(q.exact.slice(-1)) && WORD_CHAR.test(suffix.slice(0, 1)),
  };
}

/**
 * Agreement of the quote's in-paragraph context with the live paragraph: it counts only where the
 * live paragraph edge sits where the selector says (a quote that opened its paragraph must open
 * one here too), and weighs little when that context is short.
 */
function nearScore(near: string, live: string, edgeDistance: number): number {
  if (Math.abs(edgeDistance - near.length) > Math.max(2, near.length / 4)) return 0;
  return similarity(near, live) * Math.min(1, 0.3 + near.length / 32);
}

/** How well the text before folded offset `s` agrees with the quote's prefix (0..1). */
function prefixScore(f: FoldedText, q: PreparedQuote, s: number): number {
  if (q.prefix.length === 0) return 0.5; // nothing to compare: neutral
  const slack = Math.ceil(q.prefix.length / 2);
  const far = contextSimilarity(reversed(q.prefix), reversed(f.text.slice(Math.max(0, s - q.prefix.length - slack), s)));
  if (!q.prefixBreak) return far;
  const para = paragraphStart(f, s);
  return Math.max(far, nearScore(q.prefixNear, f.text.slice(Math.max(para, s - q.prefixNear.length - 2), s), s - para));
}

/** How well the text after folded offset `e` agrees with the quote's suffix (0..1). */
function suffixScore(f: FoldedText, q: PreparedQuote, e: number): number {
  if (q.suffix.length === 0) return 0.5;
  const far = contextSimilarity(q.suffix, f.text.slice(e, e + q.suffix.length + Math.ceil(q.suffix.length / 2)));
  if (!q.suffixBreak) return far;
  const para = paragraphEnd(f, e);
  return Math.max(far, nearScore(q.suffixNear, f.text.slice(e, Math.min(para, e + q.suffixNear.length + 2)), para - e));
}

/** A candidate in folded coordinates with its component scores (each 0..1). */
export interface Candidate {
  /** Folded offset of the first character. */
  start: number;
  /** Folded offset after the last character. */
  end: number;
  /** Similarity of the span to the quote's exact text (1: the same). */
  quote: number;
  /** Agreement of the text before the span with the quote's prefix. */
  prefix: number;
  /** Agreement of the text after the span with the quote's suffix. */
  suffix: number;
  /** Weighted sum of all components, used to rank candidates. */
  total: number;
  /** Agreement (0..1) on whether the span starts and ends inside a word. */
  edges: number;
  /** The selector and the page agree that the span (with its near context) is a whole paragraph. */
  wholeParagraph: boolean;
}

/** Both selector contexts end at paragraph breaks, and the live paragraph holds just the span and that near context. */
function isWholeParagraph(f: FoldedText, q: PreparedQuote, start: number, end: number): boolean {
  if (!q.prefixBreak || !q.suffixBreak) return false;
  const s = start - q.prefixNear.length;
  const e = end + q.suffixNear.length;
  return (
    paragraphStart(f, start) === s &&
    paragraphEnd(f, end) === e &&
    f.text.slice(s, start) === q.prefixNear &&
    f.text.slice(end, e) === q.suffixNear
  );
}

/** Scores a folded span as a match for the quote. */
function scoreCandidate(f: FoldedText, q: PreparedQuote, start: number, end: number, quote: number, hint: number | undefined): Candidate {
  const prefix = prefixScore(f, q, start);
  const suffix = suffixScore(f, q, end);
  const position = hint === undefined || f.text.length === 0 ? 0.5 : 1 - Math.min(1, Math.abs(start - hint) / f.text.length);
  // Word edges: a quote that began on a word boundary should not begin inside a word now (and vice versa).
  const s0 = sourceStart(f, start);
  const e0 = sourceEnd(f, end);
  const inWordAt = (i: number) => i > 0 && i < f.source.length && WORD_CHAR.test(f.source.charAt(i - 1)) && WORD_CHAR.test(f.source.charAt(i));
  const edges = ((inWordAt(s0) === q.startsInWord ? 1 : 0) + (inWordAt(e0) === q.endsInWord ? 1 : 0)) / 2;
  const total =
    (WEIGHTS.quote * quote + WEIGHTS.prefix * prefix + WEIGHTS.suffix * suffix + WEIGHTS.edges * edges + WEIGHTS.position * position) /
    WEIGHT_SUM;
  return { start, end, quote, prefix, suffix, total, edges, wholeParagraph: isWholeParagraph(f, q, start, end) };
}

/** Whether the best candidate is good enough to be placed (else the quote is orphaned). */
function acceptable(c: Candidate, q: PreparedQuote, unique: boolean): boolean {
  const context = Math.max(c.prefix, c.suffix);
  const bothContext = Math.min(c.prefix, c.suffix);
  const long = q.exact.length >= SELF_EVIDENT_LENGTH;
  if (c.quote === 1) {
    // The exact words: trusted when the context agrees on one side, or when long and the only occurrence
    // (fairly long and the only one: some agreement of context suffices).
    if (context >= CONTEXT_OK + 0.1 || (long && unique)) return true;
    if (unique && q.exact.length >= 16 && context >= CONTEXT_OK - 0.05) return true;
    // A whole paragraph (a heading, a one-line quote) that the page still has as a whole paragraph.
    if (unique && c.wholeParagraph && q.prefixNear.length + q.exact.length + q.suffixNear.length >= 8) return true;
    return context >= CONTEXT_OK && bothContext >= 0.35;
  }
  // Approximate: the words mostly agree and so does the context, on both sides or strongly on one
  // (a near-duplicate sentence elsewhere on the page, a teaser or a pull quote, must not qualify).
  if (c.quote < 0.8) return false;
  if (q.exact.length < 16) return bothContext >= CONTEXT_OK + 0.1;
  return bothContext >= CONTEXT_OK || (context >= 0.75 && c.quote >= 0.9 && c.edges === 1);
}

/** Cheap context agreement: characters that agree right next to the span (for ranking many candidates). */
function quickContext(f: FoldedText, q: PreparedQuote, s: number, e: number): number {
  let n = 0;
  const p = q.prefixNear;
  for (let i = 1; i <= p.length && s - i >= 0 && f.text.charCodeAt(s - i) === p.charCodeAt(p.length - i); i++) n++;
  const x = q.suffixNear;
  for (let i = 0; i < x.length && e + i < f.text.length && f.text.charCodeAt(e + i) === x.charCodeAt(i); i++) n++;
  return n;
}

/** Folded text of a string, remembered for the last string seen (matching many quotes in one text). */
let lastFolded: FoldedText | null = null;
function foldedOf(text: string | FoldedText): FoldedText {
  if (typeof text !== 'string') return text;
  if (lastFolded === null || lastFolded.source !== text) lastFolded = foldText(text);
  return lastFolded;
}

/** Finds `quote` in folded text f; the result is in folded offsets. Exposed for anchor.ts. */
export function matchFolded(f: FoldedText, q: PreparedQuote, hint: number | undefined): Candidate | null {
  if (q.exact.length === 0) return null;
  const exact: Array<{ s: number; quick: number }> = [];
  for (let at = f.text.indexOf(q.exact); at !== -1 && exact.length < MAX_EXACT_CANDIDATES; at = f.text.indexOf(q.exact, at + 1)) {
    exact.push({ s: at, quick: quickContext(f, q, at, at + q.exact.length) });
  }
  if (exact.length > 0) {
    const near = (s: number) => (hint === undefined ? 0 : Math.abs(s - hint));
    const ranked = exact.length <= MAX_SCORED ? exact : [...exact].sort((a, b) => b.quick - a.quick || near(a.s) - near(b.s)).slice(0, MAX_SCORED);
    let best: Candidate | null = null;
    for (const c of ranked) {
      const scored = scoreCandidate(f, q, c.s, c.s + q.exact.length, 1, hint);
      if (best === null || scored.total > best.total) best = scored;
    }
    if (best !== null && acceptable(best, q, exact.length === 1)) return best;
    if (exact.length > 1 || q.exact.length >= SELF_EVIDENT_LENGTH) return null; // the words are there, the place is not
  }
  return matchApproximately(f, q, hint);
}

/** The bounded approximate search, for when the exact words are gone. */
function matchApproximately(f: FoldedText, q: PreparedQuote, hint: number | undefined): Candidate | null {
  const maxErrors = Math.min(32, Math.floor(q.exact.length / 4));
  if (maxErrors === 0) return null;
  // Scan the whole folded text when small enough; else only a window around the hint.
  let from = 0;
  let to = f.text.length;
  if (to > MAX_FUZZY_SCAN) {
    if (hint === undefined) return null;
    from = Math.max(0, hint - MAX_FUZZY_SCAN / 2);
    to = Math.min(f.text.length, from + MAX_FUZZY_SCAN);
  }
  // Scanned in overlapping chunks: each chunk reports its own best matches (so a slightly worse
  // match far away is still seen), and a repetitive hostile text cannot flood us with matches.
  const found: Array<{ s: number; e: number; errors: number }> = [];
  const chunk = Math.max(FUZZY_CHUNK, 4 * q.exact.length);
  const overlap = q.exact.length + maxErrors;
  for (let at = from; at < to && found.length < MAX_FUZZY_MATCHES; at += chunk) {
    const base = Math.max(from, at - overlap);
    for (const m of search(f.text.slice(base, Math.min(to, at + chunk)), q.exact, maxErrors)) {
      found.push({ s: m.start + base, e: m.end + base, errors: m.errors });
    }
  }
  if (found.length === 0) return null;
  const near = (s: number) => (hint === undefined ? 0 : Math.abs(s - hint));
  const ranked = found
    .sort((a, b) => a.errors - b.errors || near(a.s) - near(b.s))
    .slice(0, MAX_FUZZY_CANDIDATES);
  let best: Candidate | null = null;
  for (const m of ranked) {
    const [s, e] = refineEdges(f, q, m.s, m.e);
    const errors = s === m.s && e === m.e ? m.errors : editDistance(q.exact, f.text.slice(s, e), maxErrors + 2 * EDGE_SLACK);
    const scored = scoreCandidate(f, q, s, e, Math.max(0, 1 - errors / q.exact.length), hint);
    if (best === null || scored.total > best.total) best = scored;
  }
  const unique = ranked.length === 1;
  return best !== null && acceptable(best, q, unique) ? best : null;
}

/** How far an approximate match's edges may move to line up with the quote's context. */
const EDGE_SLACK = 4;

/**
 * An approximate match reports one of several equally cheap spans; its edges can stop short of a
 * changed word. Moves each edge (a few characters at most) to where the context agrees best.
 */
function refineEdges(f: FoldedText, q: PreparedQuote, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  if (q.prefix.length > 0) {
    let bestScore = prefixScore(f, q, start);
    for (let d = -EDGE_SLACK; d <= EDGE_SLACK; d++) {
      const at = start + d;
      if (d === 0 || at < 0 || at >= end) continue;
      const score = prefixScore(f, q, at);
      if (score > bestScore + 1e-9) [bestScore, s] = [score, at];
    }
  }
  if (q.suffix.length > 0) {
    let bestScore = suffixScore(f, q, end);
    for (let d = -EDGE_SLACK; d <= EDGE_SLACK; d++) {
      const at = end + d;
      if (d === 0 || at <= s || at > f.text.length) continue;
      const score = suffixScore(f, q, at);
      if (score > bestScore + 1e-9) [bestScore, e] = [score, at];
    }
  }
  return [s, e];
}

/** Moves offsets off the middle of a surrogate pair. */
function snapToCodePoints(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  const isLow = (i: number) => i > 0 && i < text.length && (text.charCodeAt(i) & 0xfc00) === 0xdc00 && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800;
  if (isLow(s)) s--;
  if (isLow(e)) e++;
  return [s, e];
}

/** Maps a folded candidate back to offsets in the source text. */
export function toSource(f: FoldedText, c: { start: number; end: number }): [number, number] {
  return snapToCodePoints(f.source, sourceStart(f, c.start), sourceEnd(f, c.end));
}

/**
 * Finds a quote in `text`: exact occurrences first (best context, nearest the hint), else an
 * approximate match with at most min(32, length/4) errors. Null when no candidate is good enough.
 */
export function matchQuote(text: string | FoldedText, quote: QuoteToMatch, options: MatchQuoteOptions = {}): QuoteMatch | null {
  const f = foldedOf(text);
  const q = prepareQuote(quote);
  const hint = options.hint === undefined ? undefined : foldedOffset(f, options.hint);
  const best = matchFolded(f, q, hint);
  if (best === null) return null;
  const [start, end] = toSource(f, best);
  return { start, end, score: best.total, fuzzy: best.quote < 1 };
}
