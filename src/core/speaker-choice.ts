// Which of two candidates spoke, when a quote's own cue names one source and the subject of the
// sentence that cue stands in names another: "Gov. Jane Roe endorsed her, citing her “long
// experience”" (the cue's phrase is "her", the subject Jane Roe), against "“…,” Jane Roe told
// John Doe" (the cue's phrase is right). The quote sieves take the cue's phrase; this weighs the
// evidence for the subject instead with learned weights. The evidence is described by positions,
// cues, punctuation and word classes, never by a name. `npm run train` (scripts/train.mjs) learns
// the weights from the train splits and writes speaker-choice.json, reviewed like code.
import { endsAsParticiple, WORD_DETERMINER, WORD_STOPWORD, type CompiledLexicon } from './lexicon/compiled';
import type { QuoteAttribution } from './attribution';
import type { ClauseToken } from './clause';
import type { Speaker } from './entities';
import type { ArticleWords } from './article-words';
import { mentionClass } from './speaker-confidence';
import weights from './speaker-choice.json';
import { feature, pairFeature, probability, type LogisticModel } from './logistic';

/** A logistic model: the probability that the sentence's subject spoke rather than the cue's phrase. */
export type ChoiceModel = LogisticModel;

const MODELS = weights as { models: Record<string, ChoiceModel> };

/** The model for a language, or null where the train splits had too little to learn from (no choice is made). */
export function choiceModelFor(lang: string): ChoiceModel | null {
  return MODELS.models[lang] ?? null;
}

/** What the choice weighed, shown by --explain and read by the training script. */
export interface SpeakerChoice {
  /** The speaker the cue's phrase names, and the one the sentence's subject names. */
  cue: string;
  subject: string;
  features: string[];
  /** The model's probability that the subject spoke. */
  p: number;
}

/** Where the two candidates stand and what they are: binary features, each "group:value". */
export function choiceFeatures(
  tokens: readonly ClauseToken[],
  a: QuoteAttribution,
  source: readonly [number, number],
  subject: readonly [number, number],
  cueSpeaker: Speaker,
  subjectSpeaker: Speaker,
  recent: string | null,
  context: { partial: boolean; opensSentence: boolean },
  c: CompiledLexicon,
  words?: ArticleWords,
): string[] {
  const cueWord = tokens[a.cue.at]!.lower;
  const before = tokens[source[0] - 1];
  const afterPreposition = before !== undefined && before.word && !before.cap && (before.flags & WORD_STOPWORD) !== 0 && (before.flags & WORD_DETERMINER) === 0;
  const gap = a.after ? source[0] - (a.cue.at + a.cue.len) : a.cue.at - source[1];
  const first = mentionClass(cueSpeaker.mention ?? '', c);
  const second = mentionClass(subjectSpeaker.mention ?? '', c);
  return [
    feature('cue-type:', a.cue.type),
    feature('cue-side:', a.after ? 'after' : 'before'),
    feature('cue-participle:', endsAsParticiple(cueWord, c)),
    feature('cue-weak:', c.weak.has(a.cue.text.toLowerCase())),
    feature('comma-before-cue:', tokens[a.cue.at - 1]?.text === ','),
    feature('gap:', gap <= 0 ? 0 : gap <= 2 ? 1 : 2),
    feature('cue-mention:', first),
    feature('subject-mention:', second),
    pairFeature('mentions:', first, second),
    feature('cue-kind:', cueSpeaker.kind),
    feature('subject-kind:', subjectSpeaker.kind),
    pairFeature('kinds:', cueSpeaker.kind, subjectSpeaker.kind),
    feature('cue-opens:', source[0] === 0),
    feature('cue-after-preposition:', afterPreposition),
    feature('cue-recent:', recent !== null && cueSpeaker.name === recent),
    feature('subject-recent:', recent !== null && subjectSpeaker.name === recent),
    feature('subject-named-often:', (subjectSpeaker.person?.mentions ?? 0) >= 2),
    feature('cue-named-often:', (cueSpeaker.person?.mentions ?? 0) >= 2),
    feature('partial:', context.partial),
    feature('opens-sentence:', context.opensSentence),
    // "Orlando says “…”": one word the article also writes after "in" or "from" is a place first.
    feature('cue-place:', placeLike(tokens, source, words)),
    feature('subject-place:', placeLike(tokens, subject, words)),
  ];
}

/** A mention of one capitalised word that the article also writes after a locative ("from Orlando"). */
function placeLike(tokens: readonly ClauseToken[], [a, b]: readonly [number, number], words: ArticleWords | undefined): boolean {
  let word: ClauseToken | null = null;
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    if (!t.word || !t.cap) continue;
    if (word) return false;
    word = t;
  }
  return word !== null && words !== undefined && words.placeLike(word.lower);
}

/** The probability, under the model, that the sentence's subject spoke. */
export function subjectProbability(features: readonly string[], model: ChoiceModel): number {
  return probability(features, model);
}
