// Splits a stretch of article text into word and punctuation tokens with their offsets. Spaced
// languages use one linear regex scan (abbreviations and initials keep their dot); unspaced
// writing (Chinese) uses Intl.Segmenter's word boundaries, corrected against the lexicon (unspaced.ts).
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
}

/** A word (letters, digits, marks, joined by apostrophes, hyphens, dots or ampersands), or any other non-space character. */
const TOKEN = /([\p{L}\p{N}\p{M}]+(?:['’\-.&][\p{L}\p{N}\p{M}]+)*)|\S/gu;
const UPPER = /^\p{Lu}/u;

function token(t: string, start: number, end: number, word: boolean): Token {
  if (!word) return { text: t, lower: t, start, end, word, cap: false };
  const first = t.charCodeAt(0);
  const cap = first < 128 ? first >= 65 && first <= 90 : UPPER.test(t);
  return { text: t, lower: t.toLowerCase(), start, end, word, cap };
}

/** Tokens of text[from, to). Offsets are offsets in text. One regex scan, a match per token. */
export function tokenize(text: string, from: number, to: number, lex: Lexicon): Token[] {
  if (lex.unspaced) return unspacedTokens(text, from, to, lex); // segmenter words, lexicon words kept whole
  const out: Token[] = [];
  const abbreviations = abbreviationSet(lex);
  const re = TOKEN; // global: lastIndex is set here before every scan, and nothing runs in between
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < to) {
    const at = m.index;
    if (m[1] === undefined) {
      out.push(token(m[0], at, at + m[0].length, false));
      continue;
    }
    // A word never runs past the stretch asked for (a cut inside a very long word).
    let end = Math.min(at + m[1].length, to);
    // Keep the dot of an abbreviation ("Mr.", "U.S."), an initial ("J.") or a party-and-state
    // tag ("R-Wis.") with its word.
    if (text.charCodeAt(end) === 46 && end < to) {
      const word = text.slice(at, end);
      if (abbreviations.has(word.toLowerCase() + '.') || /^\p{Lu}$/u.test(word) || /\.\p{L}$/u.test(word) || /^\p{Lu}-\p{Lu}\p{Ll}{0,3}$/u.test(word)) end++;
    }
    out.push(token(text.slice(at, end), at, end, true));
    re.lastIndex = end;
  }
  return out;
}

const abbreviationSets = new WeakMap<Lexicon, Set<string>>();
function abbreviationSet(lex: Lexicon): Set<string> {
  let s = abbreviationSets.get(lex);
  if (!s) abbreviationSets.set(lex, (s = new Set([...lex.abbreviations, ...lex.honorifics.filter((h) => h.endsWith('.'))])));
  return s;
}
