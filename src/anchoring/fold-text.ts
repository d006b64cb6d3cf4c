// A whitespace- and typography-insensitive view of a text, with a map back to the original.
// Selectors come from Readability's text and are looked up in the live page's text: spacing,
// block joins, curly quotes and dashes can differ between the two, the words cannot. Matching
// on the folded form and mapping back keeps the offsets honest in the original text.

/** A text with whitespace and invisible characters removed and typographic variants unified. */
export interface FoldedText {
  /** The original text. */
  source: string;
  /** The folded text. */
  text: string;
  /** For each folded character, the offset of the character it came from in `source`. */
  map: Int32Array;
  /** Folded offsets (ascending) before which the source had a paragraph break ("\n\n"). */
  breaks: Int32Array;
}

// One pattern finds every character that folding changes; the runs between are copied as they are.
const SPECIAL = /[\s\u200b-\u200d\u2060\u00ad\u2018\u2019\u201a\u201b\u2032\u0060\u00b4\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\u2039\u203a\u2010-\u2015\u2212\u2026]/g;

const WHITESPACE = /\s/;
const INVISIBLE = /[\u200b-\u200d\u2060\u00ad]/;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4\u2039\u203a]/;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/;
const DASHES = /[\u2010-\u2015\u2212]/;

/** What a special character folds to: '' (dropped), or its replacement. */
function foldChar(c: string): string {
  if (WHITESPACE.test(c) || INVISIBLE.test(c)) return '';
  if (SINGLE_QUOTES.test(c)) return "'";
  if (DOUBLE_QUOTES.test(c)) return '"';
  if (DASHES.test(c)) return '-';
  if (c === '\u2026') return '...';
  return c;
}

/** Folds a string without keeping the map (for patterns: exact, prefix, suffix). */
export function fold(s: string): string {
  return s.replace(SPECIAL, foldChar);
}

/** Folds `source` in one linear pass, keeping a map from folded offsets back to source offsets. */
export function foldText(source: string): FoldedText {
  const parts: string[] = [];
  let map = new Int32Array(source.length + 16);
  const breaks: number[] = [];
  let n = 0;
  let newlines = 0;
  const push = (piece: string, from: number, step: 0 | 1): void => {
    if (piece.length === 0) return;
    if (newlines >= 2 && n > 0 && breaks[breaks.length - 1] !== n) breaks.push(n);
    newlines = 0;
    if (n + piece.length > map.length) {
      const grown = new Int32Array(Math.max(map.length * 2, n + piece.length + 16));
      grown.set(map);
      map = grown;
    }
    for (let i = 0; i < piece.length; i++) map[n + i] = from + i * step;
    n += piece.length;
    parts.push(piece);
  };
  let last = 0;
  SPECIAL.lastIndex = 0;
  for (let m = SPECIAL.exec(source); m !== null; m = SPECIAL.exec(source)) {
    const at = m.index;
    if (at > last) push(source.slice(last, at), last, 1);
    const c = m[0];
    if (c === '\n') newlines++;
    push(foldChar(c), at, 0);
    last = at + 1;
  }
  if (last < source.length) push(source.slice(last), last, 1);
  return { source, text: parts.join(''), map: map.subarray(0, n), breaks: Int32Array.from(breaks) };
}

/** Source offset where folded offset `i` starts (i may equal text.length: the source end). */
export function sourceStart(f: FoldedText, i: number): number {
  if (i >= f.map.length) return f.source.length;
  return f.map[Math.max(0, i)] ?? 0;
}

/** Source offset just after folded character `i - 1` (the end of a folded span ending at i). */
export function sourceEnd(f: FoldedText, i: number): number {
  if (i <= 0) return f.map.length > 0 ? (f.map[0] ?? 0) : 0;
  const last = f.map[Math.min(i, f.map.length) - 1] ?? 0;
  return last + 1;
}

/** The folded offset of the first folded character at or after source offset `s`. */
export function foldedOffset(f: FoldedText, s: number): number {
  let lo = 0;
  let hi = f.map.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((f.map[mid] ?? 0) < s) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The last paragraph start at or before folded offset `i` (0 if none). */
export function paragraphStart(f: FoldedText, i: number): number {
  let lo = 0;
  let hi = f.breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((f.breaks[mid] ?? 0) <= i) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? 0 : (f.breaks[lo - 1] ?? 0);
}

/** The first paragraph break at or after folded offset `i` (text length if none). */
export function paragraphEnd(f: FoldedText, i: number): number {
  let lo = 0;
  let hi = f.breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((f.breaks[mid] ?? 0) < i) lo = mid + 1;
    else hi = mid;
  }
  return lo < f.breaks.length ? (f.breaks[lo] ?? f.text.length) : f.text.length;
}
