// How a speaker label reads to someone checking it, independent of the rules that chose it: a
// label should be a name, a body, a document or a described anonymous source. `npm run eval`
// counts the labels that are not (issue 9: at most 1 % with a comma, at most 5 % suspect), so the
// share is measured by one definition rather than by eye. Words come from the article's lexicon.
import { CUE_SPEECH, WORD_COMPLEMENTIZER, WORD_RELATIVE, WORD_VERB_MODIFIER, compile, flagsOf, isPersonalPronoun, type CompiledLexicon } from './lexicon/compiled';
import { lexiconFor } from './lexicon/index';
import { sourceNoun } from './plausible-source';

/** Why a label is suspect: it holds a comma, runs over six words, names a date, is a pronoun, holds a clause, or is a fragment. */
export type LabelFlaw = 'comma' | 'long' | 'date' | 'pronoun' | 'clause' | 'fragment';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.\-&]*/gu;
const YEAR = /^\d{4}$/;
const LOWER = /^\p{Ll}/u;
const MAX_WORDS = 6;

const compiled = new Map<string, CompiledLexicon>();
function lexicon(lang: string): CompiledLexicon {
  let c = compiled.get(lang);
  if (!c) compiled.set(lang, (c = compile(lexiconFor(lang))));
  return c;
}

/** The first flaw of a speaker label in an article of language lang, or null for a clean label. */
export function labelFlaw(label: string, lang: string): LabelFlaw | null {
  if (label.includes(',')) return 'comma';
  const words = label.match(WORD) ?? [];
  if (words.length > MAX_WORDS) return 'long';
  const c = lexicon(lang);
  const lower = words.map((w) => w.toLowerCase());
  if (lower.some((w) => YEAR.test(w) || c.dateWords.has(w))) return 'date';
  // "officials who spoke", "she said", "was asked": a relative pronoun, a complementizer, an auxiliary or a say-verb.
  if (words.length === 1 && isPersonalPronoun(lower[0]!, c)) return 'pronoun';
  // A say-verb counts only lower-case inside the label ("New York Post", "show insiders" are names and nouns).
  const clauseWord = (w: string, k: number): boolean => (flagsOf(c, lower[k]!) & (WORD_RELATIVE | WORD_COMPLEMENTIZER | WORD_VERB_MODIFIER)) !== 0 ||
    (k > 0 && k < words.length - 1 && LOWER.test(w) && (flagsOf(c, lower[k]!) & CUE_SPEECH) !== 0);
  if (words.length > 1 && words.some(clauseWord)) return 'clause';
  // "types of dirt", "inside this simulation": lower-case, and no word of it can head a source.
  if (words.length > 0 && !c.lex.unspaced && LOWER.test(words[0]!) && !lower.some((w) => sourceNoun(w, c))) return 'fragment';
  // "Israeli election", "Angry expensive": capitalised, but what ends it is a lower-case word that heads no source.
  const last = words[words.length - 1];
  if (last && words.length > 1 && !c.lex.unspaced && !c.lex.capitalisedNouns && LOWER.test(last) && !lower.some((w) => sourceNoun(w, c))) return 'fragment';
  return null;
}
