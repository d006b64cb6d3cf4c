// Splits a stretch of article text into word and punctuation tokens with their offsets. Spaced
// languages use one linear scan by character codes, a regex only for words beyond ASCII
// (abbreviations and initials keep their dot); unspaced writing (Chinese) uses Intl.Segmenter's
// word boundaries, corrected against the lexicon (unspaced.ts). Each token carries the lexicon
// tables its word is in (one look-up), so the rules test bits instead of sets.
import { compile, flagsOf, type CompiledLexicon } from './lexicon/compiled';
import type { Lexicon } from './lexicon/types';
import { unspacedTokens } from './unspaced';

export interface Token {
  text: string;
  /** Lowercased text, for lexicon look-ups. */
  lower: string;
  start: number;
  end: number;
  /** A word (letters or digits), as opposed to punctuation. */
  word: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** The lexicon tables `lower` is in (lexicon/compiled.ts CUE_* and WORD_* bits), looked up once. */
  flags: number;
}

/** A word (letters, digits, marks, joined by apostrophes, hyphens, dots or ampersands), read sticky at lastIndex. */
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’\-.&][\p{L}\p{N}\p{M}]+)*/uy;
const UPPER = /^\p{Lu}/u;

/** JavaScript's \s (and String.prototype.trim's white space): what stands between tokens. */
export function isSpace(ch: number): boolean {
  if (ch < 128) return ch === 32 || (ch >= 9 && ch <= 13);
  return ch === 0xa0 || ch === 0x1680 || (ch >= 0x2000 && ch <= 0x200a) || ch === 0x2028 || ch === 0x2029 || ch === 0x202f || ch === 0x205f || ch === 0x3000 || ch === 0xfeff;
}

/** A punctuation token: in no table unless the lexicon has a word that starts like one. */
function symbolToken(t: string, start: number, end: number, c: CompiledLexicon): Token {
  return { text: t, lower: t, start, end, word: false, cap: false, flags: c.symbolWords ? flagsOf(c, t) : 0 };
}

/** The word token of text[start, end), its spelling looked up in (or added to) known. */
function wordToken(text: string, start: number, end: number, c: CompiledLexicon, known: Spellings): Token {
  const h = hashOf(text, start, end);
  let spelling = known.find(text, start, end, h);
  if (spelling === null) {
    const t = ownCopy(text.slice(start, end));
    const first = t.charCodeAt(0);
    const lower = lowerCase(t);
    spelling = { text: t, lower, cap: first < 128 ? first >= 65 && first <= 90 : UPPER.test(t), flags: flagsOf(c, lower) };
    known.add(spelling, h);
  }
  return { text: spelling.text, lower: spelling.lower, start, end, word: true, cap: spelling.cap, flags: spelling.flags };
}

/**
 * A word as written, with what its tokens carry (lower case, capital, Token.flags). Each spelling
 * is read from the text by its character codes and looked up once in a table of its own
 * (Spellings): no slice of the text, lower-casing or map look-up of a fresh string (a hash V8
 * computes outside the compiled code) per token, and the tokens of one spelling share its strings.
 */
interface Spelling {
  text: string;
  lower: string;
  cap: boolean;
  flags: number;
}

/** FNV-1a of text[from, to), never 0 (Spellings' mark of an empty slot). */
function hashOf(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h === 0 ? 1 : h | 0;
}

/** A string of t's characters that holds no reference to the text t was sliced from (V8 slices of 13 characters or more are views). */
function ownCopy(t: string): string {
  return t.length < 13 ? t : (t + ' ').slice(0, -1);
}

/** An open-addressing table of spellings by the hash of their characters (0: an empty slot); emptied at MAX_SPELLINGS, so it stays bounded. */
class Spellings {
  private hashes = new Int32Array(1024);
  private slots: Array<Spelling | null> = new Array<Spelling | null>(1024).fill(null);
  private size = 0;

  /** The spelling of text[from, to) (hash h), or null. */
  find(text: string, from: number, to: number, h: number): Spelling | null {
    const mask = this.slots.length - 1;
    const len = to - from;
    // The hashes alone are read until one matches: the spellings themselves lie all over the heap.
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const hi = this.hashes[i]!;
      if (hi === 0) return null;
      if (hi === h) {
        const s = this.slots[i]!;
        if (s.text.length === len && sameChars(s.text, text, from)) return s;
      }
    }
  }

  add(s: Spelling, h: number): void {
    if (this.size >= MAX_SPELLINGS) {
      this.clear(1024);
      this.size = 0;
    } else if ((this.size + 1) * 2 > this.slots.length) this.grow();
    this.put(s, h);
    this.size++;
  }

  private put(s: Spelling, h: number): void {
    const mask = this.slots.length - 1;
    let i = h & mask;
    while (this.hashes[i] !== 0) i = (i + 1) & mask;
    this.slots[i] = s;
    this.hashes[i] = h;
  }

  private grow(): void {
    const slots = this.slots;
    const hashes = this.hashes;
    this.clear(slots.length * 2);
    for (let i = 0; i < slots.length; i++) if (slots[i] !== null) this.put(slots[i]!, hashes[i]!);
  }

  /** Empty slots for capacity spellings (a power of two); size is the caller's to set. */
  private clear(capacity: number): void {
    this.hashes = new Int32Array(capacity);
    this.slots = new Array<Spelling | null>(capacity).fill(null);
  }
}

/** a equals text[from, from + a.length) (the length already checked). */
function sameChars(a: string, text: string, from: number): boolean {
  for (let k = 0; k < a.length; k++) if (a.charCodeAt(k) !== text.charCodeAt(from + k)) return false;
  return true;
}

/** Spellings met so far, by compiled lexicon. */
const spellings = new WeakMap<CompiledLexicon, Spellings>();
const MAX_SPELLINGS = 100_000;

function spellingsOf(c: CompiledLexicon): Spellings {
  let m = spellings.get(c);
  if (!m) spellings.set(c, (m = new Spellings()));
  return m;
}

/**
 * t.toLowerCase(), without calling it for a word of ASCII small letters and digits (most words):
 * on an article with any character beyond Latin-1 every slice is a two-byte string, where the
 * call costs more than this scan.
 */
function lowerCase(t: string): string {
  for (let i = 0; i < t.length; i++) {
    const ch = t.charCodeAt(i);
    if ((ch >= 65 && ch <= 90) || ch >= 128) return t.toLowerCase();
  }
  return t;
}

/** An ASCII letter or digit. */
function asciiWord(ch: number): boolean {
  return (ch >= 97 && ch <= 122) || (ch >= 65 && ch <= 90) || (ch >= 48 && ch <= 57);
}

function isDigit(ch: number): boolean {
  return ch >= 48 && ch <= 57;
}

/** The characters that join the parts of a word: ' ’ - . & */
function joiner(ch: number): boolean {
  return ch === 39 || ch === 0x2019 || ch === 45 || ch === 46 || ch === 38;
}

/**
 * Where the word starting at `at` ends: WORD's match read by character codes while the word is
 * ASCII, the regex itself as soon as any other character stands in or right after it. -1: no word.
 */
function wordEnd(text: string, at: number): number {
  const n = text.length;
  let k = at;
  if (asciiWord(text.charCodeAt(k))) {
    for (;;) {
      k++;
      while (k < n && asciiWord(text.charCodeAt(k))) k++;
      const ch = text.charCodeAt(k);
      // "7,500", "1,5": a comma between two digits is inside the number.
      if (ch === 44 && isDigit(text.charCodeAt(k - 1)) && isDigit(text.charCodeAt(k + 1))) continue;
      if (k >= n || (ch < 128 && !joiner(ch))) return k;
      if (!joiner(ch)) break; // a letter, digit or mark beyond ASCII may go on with the word
      const next = text.charCodeAt(k + 1);
      if (k + 1 >= n || (next < 128 && !asciiWord(next))) return k;
      if (next >= 128) break;
      k++;
    }
  } else if (text.charCodeAt(at) < 128) return -1;
  WORD.lastIndex = at; // sticky: set right before the test, and nothing runs in between
  return WORD.test(text) ? WORD.lastIndex : -1;
}

/**
 * Tokens of text[from, to), appended to `out` (returned). Offsets are offsets in text. One pass:
 * spaces are skipped by their character code, a word is read by character codes while ASCII
 * (else one sticky regex test, no match arrays), anything else is one character (a surrogate
 * pair taken whole).
 */
export function tokenize(text: string, from: number, to: number, lex: Lexicon, out: Token[] = []): Token[] {
  if (lex.unspaced) {
    // segmenter words, lexicon words kept whole
    for (const t of unspacedTokens(text, from, to, lex)) out.push(t);
    return out;
  }
  const abbreviations = abbreviationSet(lex);
  const c = compile(lex);
  const known = spellingsOf(c);
  let at = from;
  while (at < to) {
    const ch = text.charCodeAt(at);
    if (isSpace(ch)) {
      at++;
      continue;
    }
    const wordTo = wordEnd(text, at);
    if (wordTo < 0) {
      const len = ch >= 0xd800 && ch <= 0xdbff && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      out.push(symbolToken(text.slice(at, at + len), at, at + len, c));
      at += len;
      continue;
    }
    // A word never runs past the stretch asked for (a cut inside a very long word), nor past a
    // full stop that ends a sentence written with no space after it ("Merkel.Als").
    let end = Math.min(gluedStop(text, at, wordTo, c), to);
    // Keep the dot of an abbreviation ("Mr.", "U.S."), an initial ("J.") or a party-and-state
    // tag ("R-Wis.") with its word.
    if (text.charCodeAt(end) === 46 && end < to) {
      const word = text.slice(at, end);
      if (abbreviations.has(lowerCase(word) + '.') || INITIAL.test(word) || DOTTED.test(word) || PARTY_STATE.test(word)) end++;
    }
    out.push(wordToken(text, at, end, c, known));
    at = end;
  }
  return out;
}

/**
 * Words whose dot tokenize keeps: an initial ("J."), a dotted abbreviation ("U.S."), a
 * party-and-state tag ("R-Wis."). Compiled once: a literal in the loop is a new RegExp object at
 * every word before a full stop.
 */
const INITIAL = /^\p{Lu}$/u;
const DOTTED = /\.\p{L}$/u;
const PARTY_STATE = /^\p{Lu}-\p{Lu}\p{Ll}{0,3}$/u;

/**
 * The first full stop in text[from, to) that ends a sentence written with no space after it
 * (isGluedStop), else to.
 */
function gluedStop(text: string, from: number, to: number, c: CompiledLexicon): number {
  for (let k = from + 2; k < to - 3; k++) if (text.charCodeAt(k) === 46 && isGluedStop(text, k, c)) return k;
  return to;
}

const GLUED = /\p{Ll}\p{Ll}[.!?](\p{Lu}\p{Ll}+)/uy;
const WORD_BEFORE = /[\p{L}\p{N}\p{M}]+$/u;

/**
 * text[k] (a full stop, ! or ?) ends a sentence with no space after it ("sagte Merkel.Als
 * Nächstes"): two small letters before it, a capital and small letters after, and either the
 * word before opens in lower case ("wurden.Das") or the word after is a function word or a
 * connective of the language ("Merkel.Als"). A domain ("t-online.de"), an abbreviation
 * ("z.B."), an initial ("J.R.") or a name written with a stop ("Football.London") is none.
 */
export function isGluedStop(text: string, k: number, c: CompiledLexicon): boolean {
  GLUED.lastIndex = k - 2;
  const m = GLUED.exec(text);
  if (!m) return false;
  const after = m[1]!.toLowerCase();
  if (c.stopwords.has(after) || c.connectives.has(after)) return true;
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, k - 40), k));
  return before !== null && /^\p{Ll}/u.test(before[0]);
}

const abbreviationSets = new WeakMap<Lexicon, Set<string>>();
function abbreviationSet(lex: Lexicon): Set<string> {
  let s = abbreviationSets.get(lex);
  if (!s) abbreviationSets.set(lex, (s = new Set([...lex.abbreviations, ...lex.honorifics.filter((h) => h.endsWith('.'))])));
  return s;
}
