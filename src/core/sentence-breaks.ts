// Sentence boundaries of plain text without Intl.Segmenter: the rules of Unicode's sentence
// segmentation (UAX #29, which ICU implements) for a paragraph written only in printable ASCII,
// the letters of Latin-1 and Latin Extended-A, no-break spaces, curly quotes, dashes and the
// ellipsis, as most English (and much European) news is. ICU costs a fixed price per
// call and an object per segment; this is one regex test for any other character, then a look
// at each full stop, question or exclamation mark. A paragraph with any other character returns
// null and goes to the segmenter, so the boundaries never differ.

/** Sentence_Break classes of the characters handled here (0: not handled). */
const UNKNOWN = 0;
const OTHER = 1;
const SP = 2;
const LOWER = 3;
const UPPER = 4;
const NUMERIC = 5;
const ATERM = 6;
const STERM = 7;
const CLOSE = 8;
const SCONTINUE = 9;

const ASCII = new Uint8Array(128);
for (let ch = 0x20; ch < 0x7f; ch++) {
  const s = String.fromCharCode(ch);
  ASCII[ch] =
    ch === 0x20 ? SP
    : ch >= 0x61 && ch <= 0x7a ? LOWER
    : ch >= 0x41 && ch <= 0x5a ? UPPER
    : ch >= 0x30 && ch <= 0x39 ? NUMERIC
    : s === '.' ? ATERM
    : s === '!' || s === '?' ? STERM
    : `"'()[]{}`.includes(s) ? CLOSE
    : s === ',' || s === '-' || s === ':' || s === ';' ? SCONTINUE
    : OTHER;
}

/** A character classOf does not handle (UNKNOWN). */
const UNHANDLED = /[^\x20-\x7e\u00a0\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u017f\u2018\u2019\u201c\u201d\u2013-\u2015\u2026]/;
/** The ATerm and STerm characters handled: where a break can follow. */
const TERMINATOR = /[.!?]/g;

/** Letters of Latin-1 and Latin Extended-A (U+00C0–U+017F): lower or upper case. */
const LATIN = new Uint8Array(0x180 - 0xc0);
for (let ch = 0xc0; ch < 0x180; ch++) {
  const s = String.fromCharCode(ch);
  LATIN[ch - 0xc0] = /\p{Ll}/u.test(s) ? LOWER : /\p{Lu}/u.test(s) ? UPPER : UNKNOWN;
}

function classOf(ch: number): number {
  if (ch < 128) return ASCII[ch]!;
  if (ch >= 0xc0 && ch < 0x180) return LATIN[ch - 0xc0]!; // "é", "č", "ß"
  switch (ch) {
    case 0xa0: return SP; // no-break space
    case 0x2018: case 0x2019: case 0x201c: case 0x201d: return CLOSE; // curly quotes
    case 0x2013: case 0x2014: return SCONTINUE; // en and em dash
    case 0x2015: case 0x2026: return OTHER; // horizontal bar, ellipsis
    default: return UNKNOWN;
  }
}

/**
 * Offsets where a new sentence starts inside text[from, to) (never from itself), as
 * Intl.Segmenter's sentence granularity finds them on that slice; null when the slice holds a
 * character outside the handled set (one regex test, first). Linear: each
 * look-ahead stops at the next letter, full stop or unhandled character.
 */
export function sentenceBreaks(text: string, from: number, to: number): number[] | null {
  const slice = text.slice(from, to);
  if (UNHANDLED.test(slice)) return null;
  const out: number[] = [];
  TERMINATOR.lastIndex = 0;
  while (TERMINATOR.test(slice)) {
    const p = from + TERMINATOR.lastIndex - 1;
    const t = classOf(text.charCodeAt(p));
    // SATerm Close* Sp*: the only place a break can be, right after the spaces (rules SB9, SB10).
    let r = p + 1;
    while (r < to && classOf(text.charCodeAt(r)) === CLOSE) r++;
    while (r < to && classOf(text.charCodeAt(r)) === SP) r++;
    if (r >= to) continue;
    const next = classOf(text.charCodeAt(r));
    if (t === ATERM && r === p + 1) {
      if (next === NUMERIC) continue; // SB6: "3.5"
      if (next === UPPER && p > from) {
        const before = classOf(text.charCodeAt(p - 1));
        if (before === UPPER || before === LOWER) continue; // SB7: "U.S"
      }
    }
    if (t === ATERM) {
      // SB8: "etc. 2) and": no break before a lower-case letter past anything but letters and stops.
      let k = r;
      let c = next;
      while (c !== LOWER && c !== UPPER && c !== ATERM && c !== STERM && c !== UNKNOWN && ++k < to) c = classOf(text.charCodeAt(k));
      if (k < to && c === LOWER) continue;
    }
    if (next === SCONTINUE || next === ATERM || next === STERM) continue; // SB8a
    out.push(r); // SB11
  }
  return out;
}
