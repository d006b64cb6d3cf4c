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

const WORD = /[\p{L}\p{N}\p{M}]+(?:['’\-.&][\p{L}\p{N}\p{M}]+)*/uy;
const UPPER = /^\p{Lu}/u;
const SPACE = /\s/;


function token(text: string, start: number, end: number, word: boolean): Token {
  const t = text.slice(start, end);
  return { text: t, lower: t.toLowerCase(), start, end, word, cap: word && UPPER.test(t) };
}

/** Tokens of text[from, to). Offsets are offsets in text. */
export function tokenize(text: string, from: number, to: number, lex: Lexicon): Token[] {
  const out: Token[] = [];
  if (lex.unspaced) return unspacedTokens(text, from, to, lex); // segmenter words, lexicon words kept whole
  const abbreviations = abbreviationSet(lex);
  let i = from;
  while (i < to) {
    const c = text[i]!;
    if (SPACE.test(c)) {
      i++;
      continue;
    }
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (m && m.index === i) {
      // A word never runs past the stretch asked for (a cut inside a very long word).
      let end = Math.min(i + m[0].length, to);
      // Keep the dot of an abbreviation ("Mr.", "U.S.") or an initial ("J.") with its word.
      if (text[end] === '.' && end < to) {
        const word = text.slice(i, end);
        // …and the dot of a party-and-state tag ("R-Wis.", "D-Ky.").
        if (abbreviations.has(word.toLowerCase() + '.') || /^\p{Lu}$/u.test(word) || /\.\p{L}$/u.test(word) || /^\p{Lu}-\p{Lu}\p{Ll}{0,3}$/u.test(word)) end++;
      }
      out.push(token(text, i, end, true));
      i = end;
    } else {
      out.push(token(text, i, i + 1, false));
      i++;
    }
  }
  return out;
}

const abbreviationSets = new WeakMap<Lexicon, Set<string>>();
function abbreviationSet(lex: Lexicon): Set<string> {
  let s = abbreviationSets.get(lex);
  if (!s) abbreviationSets.set(lex, (s = new Set([...lex.abbreviations, ...lex.honorifics.filter((h) => h.endsWith('.'))])));
  return s;
}
