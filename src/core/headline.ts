// A headline says who claims what in a form of its own: "Graham: Trump's rhetoric destroying
// GOP's chance", "Poll: Sanders leads", "County Says Trump Should Win". Its source stands before
// a colon, the claim after it; or, in title case, before a capitalised verb of speech.
// Its quotations are the article's to attribute where it reports them: in the headline they are
// held at a distance.
import type { ClaimMatch } from './claims';
import type { ClauseToken } from './clause';
import type { CompiledLexicon } from './lexicon/compiled';

/** The source before a headline's colon has at most this many words; the claim after it at least the other. */
const MAX_SOURCE_WORDS = 5;
const MIN_CLAIM_WORDS = 3;

/**
 * "Graham: Trump's rhetoric…": one to five words, the first capitalised, then a colon and a
 * claim of three words or more. The caller keeps it only when the article reports its source.
 */
export function headlineClaim(tokens: readonly ClauseToken[], c: CompiledLexicon): ClaimMatch | null {
  return colonClaim(tokens, c) ?? titleCaseClaim(tokens, c);
}

/**
 * "Bellwether County Says Trump Should Win": where every word of a headline has a capital, a verb
 * of speech has one too. One to five capitalised words, the verb (a one-word cue), a claim of
 * three words or more.
 */
function titleCaseClaim(tokens: readonly ClauseToken[], c: CompiledLexicon): ClaimMatch | null {
  if (c.lex.unspaced || c.lex.capitalisedNouns === true) return null;
  for (let k = 1; k <= MAX_SOURCE_WORDS && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!t.word || !t.cap || tokens[k - 1]!.quote !== undefined) return null;
    if (!(c.speech.get(t.lower) ?? []).some((phrase) => phrase.length === 1) || c.weak.has(t.lower)) continue;
    if (!tokens.slice(0, k).every((x) => x.word && x.cap)) return null;
    let end = tokens.length;
    while (end > k + 1 && !tokens[end - 1]!.word && tokens[end - 1]!.quote === undefined) end--;
    const rest = tokens.slice(k + 1, end);
    // Title case: every longer word of the claim has its capital.
    if (rest.filter((x) => x.word).length < MIN_CLAIM_WORDS || rest.some((x) => x.word && x.text.length > 3 && !x.cap)) return null;
    return { cue: { type: 'speech', at: k, len: 1, text: t.text }, source: [0, k], content: [k + 1, end] };
  }
  return null;
}

function colonClaim(tokens: readonly ClauseToken[], c: CompiledLexicon): ClaimMatch | null {
  const colon = tokens.findIndex((t) => !t.word && t.text === ':');
  if (colon < 1 || colon > MAX_SOURCE_WORDS * 2 || c.lex.unspaced) return null;
  let words = 0;
  for (let k = 0; k < colon; k++) {
    const t = tokens[k]!;
    if (t.quote !== undefined) return null;
    if (t.word) words++;
    else if (t.text !== '.' && t.text !== '’' && t.text !== "'") return null; // "Dr. Ben Carson", "Rubio’s camp"
  }
  if (words === 0 || words > MAX_SOURCE_WORDS || !tokens[0]!.word || !tokens[0]!.cap) return null;
  let end = tokens.length;
  while (end > colon + 1 && !tokens[end - 1]!.word && tokens[end - 1]!.quote === undefined) end--;
  // A quotation is a claim's words ("Trump: ‘I’m the worst thing…’").
  let claimWords = 0;
  for (let k = colon + 1; k < end; k++) claimWords += tokens[k]!.quote !== undefined ? MIN_CLAIM_WORDS : tokens[k]!.word ? 1 : 0;
  if (claimWords < MIN_CLAIM_WORDS) return null;
  return { cue: { type: 'colon', at: colon, len: 1, text: ':' }, source: [0, colon], content: [colon + 1, end] };
}
