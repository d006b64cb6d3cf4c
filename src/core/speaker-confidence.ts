// How sure the engine is of a speaker, from learned weights: a reader forgives "unattributed"
// but not a wrong name, so a speaker the evidence backs too weakly is left out. The evidence is
// described by positions, cues, punctuation and word classes (the deciding rule, the kind of
// mention, how many words the name has, how often the article names the entity), never by a
// name. The weights come from the train splits (`npm run train`, scripts/train.mjs) and live in
// speaker-weights.json, reviewed like code.
import { isPersonalPronoun, type CompiledLexicon } from './lexicon/compiled';
import type { Speaker } from './entities';
import type { Draft } from './quote-speaker';
import weights from './speaker-weights.json';
import { feature, pairFeature, probability, type LogisticModel } from './logistic';

/** A logistic model: a bias, one weight per feature, and the probability below which to abstain. */
export interface SpeakerModel extends LogisticModel {
  threshold: number;
}

/** The learned models by language; a language without its own uses the default. */
const MODELS = weights as { models: Record<string, SpeakerModel>; default: string };

const WORDS = /[\p{L}\p{N}]+/gu;

/** How the sentence named the speaker, by word class. */
export type MentionClass = 'pronoun' | 'determiner' | 'lower' | 'one-capital' | 'capitals';
/** The cue, by class. */
type CueClass = 'none' | 'weak' | 'cue';

/** The features of one finding's speaker: names of binary features, each "group:value". */
export function speakerFeatures(d: Draft, s: Speaker, name: string, c: CompiledLexicon): string[] {
  const mention = mentionClass(s.mention ?? '', c);
  const nameWords = (name.match(WORDS) ?? []).length;
  const mentions = s.person ? s.person.mentions : 0;
  const cue: CueClass = d.cue === null ? 'none' : c.weak.has(d.cue.toLowerCase()) ? 'weak' : 'cue';
  return [
    feature('rule:', d.rule),
    feature('finding:', d.kind),
    feature('kind:', s.kind),
    feature('mention:', mention),
    pairFeature('rule-mention:', d.rule, mention),
    feature('name-words:', Math.min(nameWords, 3)),
    feature('mentions:', mentions === 0 ? 0 : mentions < 3 ? 1 : mentions < 6 ? 2 : 3),
    feature('cue:', cue),
    feature('partial:', d.partial),
    feature('described:', s.person?.description != null || s.person?.tag != null),
  ];
}

/** How a sentence named a speaker, by word class: a pronoun, a determiner first, no capital, one, or more. */
export function mentionClass(text: string, c: CompiledLexicon): MentionClass {
  let known = mentionClasses.get(c);
  if (!known) mentionClasses.set(c, (known = new Map()));
  let found = known.get(text);
  if (found === undefined) {
    if (known.size >= MAX_MENTIONS) known.clear();
    known.set(text, (found = classOfMention(text, c)));
  }
  return found;
}

/** Mentions already classed, by lexicon: the same few mentions ("he", "the senator") come back finding after finding. Bounded. */
const mentionClasses = new WeakMap<CompiledLexicon, Map<string, MentionClass>>();
const MAX_MENTIONS = 10_000;

function classOfMention(text: string, c: CompiledLexicon): MentionClass {
  const mentionWords = text.trim().match(WORDS) ?? [];
  const first = mentionWords[0]?.toLowerCase() ?? '';
  const pronoun = mentionWords.length === 1 && isPersonalPronoun(first, c);
  const capitals = mentionWords.filter((w) => /^\p{Lu}/u.test(w)).length;
  return pronoun ? 'pronoun' : c.determiners.has(first) ? 'determiner' : capitals === 0 ? 'lower' : capitals === 1 ? 'one-capital' : 'capitals';
}

/** The model for an article's language. */
export function modelFor(lang: string): SpeakerModel {
  return MODELS.models[lang] ?? MODELS.models[MODELS.default]!;
}

/** The probability that the speaker is right, under the model. */
export function confidence(features: readonly string[], model: SpeakerModel): number {
  return probability(features, model);
}
