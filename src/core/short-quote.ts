// A short quotation that no sieve attributed ("…called the plan “a big deal”", "die Lage sei
// „alarmierend“") is either someone's words or a scare quote: a term, a name, a word held at a
// distance. The short-scare sieve takes it for a scare quote; measured on the train splits,
// most of those are someone's words. This weighs the evidence with learned weights, read from
// positions, cues, punctuation and word classes, never from a name: the words around the
// quotation, the cues of its sentence, the claim it stands in, and who could have said it.
// `npm run train` (scripts/train.mjs) learns the weights from the train splits and writes
// short-quote.json, reviewed like code.
import { cueAt, sourceOfCue } from './attribution';
import { participleOpening, pronounSubject, sentenceSubject, type ClauseToken } from './clause';
import type { ArticleWords } from './article-words';
import type { EntityRegistry, Speaker } from './entities';
import { plausibleSource } from './plausible-source';
import { verbSecondSubject } from './verb-second';
import { WORD_DETERMINER, WORD_STOPWORD, type CompiledLexicon } from './lexicon/compiled';
import weights from './short-quote.json';
import { feature, pairFeature, probability, type LogisticModel } from './logistic';

/** A logistic model: the probability that a short quotation is its candidate's words. */
export type ShortQuoteModel = LogisticModel;

const MODELS = weights as { models: Record<string, ShortQuoteModel> };

/** The model for a language, or null where the train splits had too little to learn from (short quotes stay scare quotes). */
export function shortQuoteModelFor(lang: string): ShortQuoteModel | null {
  return MODELS.models[lang] ?? null;
}

/** Who may have said a short quotation, and how the sentence points at them. */
export interface ShortQuoteCandidate {
  speaker: Speaker | null;
  /** Where the candidate comes from: the claim the quotation stands in, the sentence's subject, the quote before, or nobody. */
  from: 'claim' | 'cue' | 'subject' | 'recent' | 'none';
}

/** What the choice weighed, shown by --explain and read by the training script. */
export interface ShortQuoteChoice {
  features: string[];
  /** The candidate's name (null when there is none). */
  speaker: string | null;
  /** The model's probability that the quotation is the candidate's words. */
  p: number;
}

/** The claim around a short quotation, if one holds it: its source's speaker. */
export interface EnclosingClaim {
  speaker: Speaker | null;
  /** The claim's verb is in the reporting mood ("sei", "habe"). */
  reporting: boolean;
}

/**
 * The candidate for the short quotation at token ti: the source of the claim it stands in, else
 * its sentence's subject (a participle's or a pronoun's), else the last speaker of this or the
 * paragraph before. Peeks at the registry: nothing is resolved until the choice is made.
 */
export function shortQuoteCandidate(
  tokens: readonly ClauseToken[],
  ti: number,
  claim: EnclosingClaim | null,
  recent: Speaker | null,
  registry: EntityRegistry,
  c: CompiledLexicon,
  words: ArticleWords,
): { candidate: ShortQuoteCandidate; subject: [number, number] | null } {
  const plausible = (s: Speaker | null): s is Speaker => s !== null && s.name !== null && s.kind !== 'unknown' && plausibleSource(s, c, words);
  if (plausible(claim?.speaker ?? null)) return { candidate: { speaker: claim!.speaker!, from: 'claim' }, subject: null };
  // "Several said they were “very worried”": the source of the sentence's first cue.
  const source = sentenceOf(tokens, c).firstCueSource;
  if (source) {
    const speaker = registry.peek(tokens.slice(source[0], source[1]), tokens[source[0]]!.start);
    if (plausible(speaker)) return { candidate: { speaker, from: 'cue' }, subject: source };
  }
  // Where the verb stands second the subject is read by the fields; elsewhere, by the clause.
  const subject = c.lex.verbSecond === true ? verbSecondSubject(tokens, ti, null, c, true) : sentenceSubject(tokens, ti, c) ?? participleOpening(tokens, ti, c) ?? pronounSubject(tokens, ti, c);
  if (subject) {
    const speaker = registry.peek(tokens.slice(subject[0], subject[1]), tokens[subject[0]]!.start);
    if (plausible(speaker)) return { candidate: { speaker, from: 'subject' }, subject };
  }
  if (plausible(recent)) return { candidate: { speaker: recent, from: 'recent' }, subject: null };
  return { candidate: { speaker: null, from: 'none' }, subject: null };
}

const WORDS = /[\p{L}\p{N}]+/gu;

/** What a sentence gives every short quotation in it alike: read once per sentence (sentenceOf). */
interface SentenceReading {
  /** The first cue of the sentence (among its words not capitalised past the first), by class. */
  cue: SentenceCue;
  naming: boolean;
  reported: boolean;
  /** Quotation tokens. */
  quotes: number;
  /** The first word outside a quotation (tokens.length when none). */
  firstWord: number;
  /** The source of the sentence's first cue that is not weak, when that cue has one. */
  firstCueSource: [number, number] | null;
}

/**
 * The sentence's reading for its short quotations, kept by its token list: each quotation read it
 * again before, all of the sentence's tokens each time, which cost quotations x tokens (a code
 * block of 298,914 characters was one sentence of tens of thousands of marks).
 */
const READINGS = new WeakMap<readonly ClauseToken[], SentenceReading>();

function sentenceOf(tokens: readonly ClauseToken[], c: CompiledLexicon): SentenceReading {
  let r = READINGS.get(tokens);
  if (r) return r;
  let cue: SentenceCue = 'none';
  let naming = false, reported = false, quotes = 0, firstWord = tokens.length;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.quote !== undefined) { quotes++; continue; }
    if (!t.word) continue;
    if (firstWord === tokens.length) firstWord = k;
    if (t.cap && k > 0) continue;
    if (c.namingVerbs.has(t.lower)) naming = true;
    if (c.reportedVerbs.has(t.lower)) reported = true;
    if (cue === 'none') {
      const found = cueAt(tokens, k, c);
      if (found) cue = c.weak.has(found.text.toLowerCase()) ? 'weak' : found.type;
    }
  }
  let firstCueSource: [number, number] | null = null;
  for (let k = 0; k < tokens.length; k++) {
    if (!tokens[k]!.word || tokens[k]!.quote !== undefined) continue;
    const found = cueAt(tokens, k, c);
    if (!found || c.weak.has(found.text.toLowerCase())) continue;
    firstCueSource = sourceOfCue(tokens, found, c);
    break;
  }
  r = { cue, naming, reported, quotes, firstWord, firstCueSource };
  READINGS.set(tokens, r);
  return r;
}

/** The token next to a quotation, by class. */
type Neighbour = 'none' | 'quote' | 'stop' | 'comma' | 'colon' | 'dash' | 'open' | 'mark' | 'determiner' | 'naming' | 'as' | 'title-cue' | 'function' | 'capital' | 'word';
/** How the quotation ends and opens. */
type QuoteEnd = 'exclaim' | 'stop' | 'comma' | 'none';
type QuoteOpen = 'capital' | 'lower' | 'other';
/** The first cue of the quotation's sentence, by class. */
type SentenceCue = 'none' | 'weak' | 'speech' | 'relay' | 'according' | 'colon';

/** The class of the token next to the quotation: punctuation by its mark, a word by its class. */
function neighbour(t: ClauseToken | undefined, c: CompiledLexicon): Neighbour {
  if (!t) return 'none';
  if (t.quote !== undefined) return 'quote';
  if (!t.word) return /^[.!?…]$/.test(t.text) ? 'stop' : /^[,;]$/.test(t.text) ? 'comma' : t.text === ':' ? 'colon' : /^[-\u2013\u2014\u2015]$/.test(t.text) ? 'dash' : /^[(\[]$/.test(t.text) ? 'open' : 'mark';
  if ((t.flags & WORD_DETERMINER) !== 0) return 'determiner';
  if (c.namingVerbs.has(t.lower)) return 'naming';
  if (c.asWords.has(t.lower)) return 'as';
  if (c.titleCues.has(t.lower)) return 'title-cue';
  if ((t.flags & WORD_STOPWORD) !== 0) return 'function';
  return t.cap ? 'capital' : 'word';
}

/** Binary features of one short quotation: each "group:value". */
export function shortQuoteFeatures(
  tokens: readonly ClauseToken[],
  ti: number,
  quoted: string,
  claim: EnclosingClaim | null,
  candidate: ShortQuoteCandidate,
  hasRecent: boolean,
  c: CompiledLexicon,
): string[] {
  const words = Math.min((quoted.match(WORDS) ?? []).length, 4);
  const trimmed = quoted.trim();
  const end: QuoteEnd = /[!?]$/.test(trimmed) ? 'exclaim' : /[.…]$/.test(trimmed) ? 'stop' : /[,;:]$/.test(trimmed) ? 'comma' : 'none';
  const open: QuoteOpen = /^\p{Lu}/u.test(trimmed) ? 'capital' : /^\p{Ll}/u.test(trimmed) ? 'lower' : 'other';
  const capitalised = (quoted.match(WORDS) ?? []).filter((w) => w.length > 3);
  const titleCase = capitalised.length > 0 && capitalised.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
  const { cue, naming, reported, quotes, firstWord } = sentenceOf(tokens, c);
  const wordsBefore = firstWord < ti ? 1 : 0;
  const before = neighbour(tokens[ti - 1], c), after = neighbour(tokens[ti + 1], c);
  const kind = candidate.speaker?.kind ?? 'none';
  return [
    feature('words:', words),
    feature('end:', end),
    feature('open:', open),
    pairFeature('words-open:', words, open),
    feature('title-case:', titleCase),
    feature('before:', before),
    feature('after:', after),
    feature('opens-sentence:', wordsBefore === 0),
    feature('cue:', cue),
    feature('naming-verb:', naming),
    feature('reporting-mood:', reported),
    feature('quotes:', Math.min(quotes, 3)),
    feature('claim:', claim ? (claim.speaker?.name ? 'named' : 'unnamed') : 'none'),
    feature('claim-mood:', claim ? claim.reporting : 'none'),
    feature('candidate:', candidate.from),
    feature('candidate-kind:', kind),
    pairFeature('candidate-cue:', candidate.from, cue),
    feature('recent:', hasRecent),
  ];
}

/** The model's probability that the quotation is its candidate's words. */
export function shortQuoteProbability(features: readonly string[], model: ShortQuoteModel): number {
  return probability(features, model);
}
