// The resolving stage's last step: drafts (offsets, a resolved speaker, the rule that decided)
// become findings. A speaker is shown as its entity is named best by the end of the article
// (the fullest name, never a description, which goes to speakerDescription), one id per entity,
// and only when it is a plausible source (plausible-source.ts): else the finding is unattributed.
import type { ArticleWords } from './article-words';
import type { Speaker } from './entities';
import { isPersonalPronoun, type CompiledLexicon } from './lexicon/compiled';
import { implausibleSpeaker, nounPhraseOnly, withoutLeadingConnectives, type Implausible } from './plausible-source';
import { confidence, modelFor, speakerFeatures } from './speaker-confidence';
import type { Draft } from './quote-speaker';
import { positionSelector, quoteSelector, spanId } from './selector';
import type { Finding, SpeakerKind } from './types';

/** The entity a speaker is: a person by identity, anything else by its kind and name. */
export function entityKey(s: Speaker, name: string): string {
  return s.person ? `p${s.person.id}` : `${s.kind}:${name.toLowerCase()}`;
}

const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’.\-]*$/u;

/**
 * The author a byline names ("By Jane Roe, Staff Writer" is Jane Roe): its capitalised words
 * after a prefix, up to the first that is not one. Null when it names nobody that way.
 */
export function authorOf(byline: string | null, c: CompiledLexicon): string | null {
  if (!byline) return null;
  const words = byline.trim().split(/\s+/);
  let i = 0;
  while (i < words.length && c.bylinePrefixes.has(words[i]!.toLowerCase())) i++;
  const name: string[] = [];
  for (; i < words.length && name.length < 4; i++) {
    const w = words[i]!.replace(/[,;|]+$/, '');
    if (!NAME_WORD.test(w)) break;
    name.push(w);
    if (w !== words[i]) break;
  }
  return name.length >= 2 ? name.join(' ') : null;
}

const ACRONYM_WORD = /^[\p{Lu}\d&]{2,6}$/u;

/** "UN Dmitry Polyanskiy" is Dmitry Polyanskiy: an acronym before a person's name is an affiliation. */
function withoutLeadingAcronym(name: string): string {
  const words = name.split(' ');
  let k = 0;
  while (k < words.length - 2 && ACRONYM_WORD.test(words[k]!)) k++;
  return k === 0 ? name : words.slice(k).join(' ');
}

/** "I" in the article's own voice (not inside a quotation's cue of someone else) is its author. */
function firstPersonAuthor(s: Speaker, c: CompiledLexicon, author: string | null): Speaker | null {
  if (!author || s.person || !s.mention || !c.firstPerson.has(s.mention.trim().toLowerCase())) return null;
  return { name: author, kind: 'person', mention: s.mention };
}

function isPronounMention(mention: string, c: CompiledLexicon): boolean {
  return isPersonalPronoun(mention.trim().toLowerCase(), c);
}

/** "die Kammer", "the chamber": a determiner, then one noun. */
function isDefiniteMention(mention: string, c: CompiledLexicon): boolean {
  const w = mention.trim().toLowerCase().split(/\s+/);
  return w.length === 2 && c.determiners.has(w[0]!);
}

/**
 * What shownSpeaker worked out for one article's findings, once all its words are read: the
 * name shown for a speaker's kind and name (with its count of words), what a mention says (a
 * pronoun, a definite description, its count of words), and the verdict on a name with what its
 * mention says. (Many findings share a speaker, and many speakers a name.) Keyed by the strings
 * themselves, nested, so that no key is built per finding.
 */
export interface ShownMemo {
  names: Map<SpeakerKind, Map<string, { name: string; words: number }>>;
  mentions: Map<string, { pronoun: boolean; definite: boolean; words: number }>;
  /** By name, then kind; then by the four flags as bits (pronoun, definite, described, quotation). */
  verdicts: Map<string, Map<SpeakerKind, Array<Implausible | null | undefined>>>;
}

/** A new memo for one article's findings. */
export function shownMemo(): ShownMemo {
  return { names: new Map(), mentions: new Map(), verdicts: new Map() };
}

/** The name shown for raw (shownSpeaker's first step). */
function shownName(raw: string, kind: SpeakerKind, c: CompiledLexicon): string {
  const shown = kind === 'person' ? withoutLeadingAcronym(raw) : raw;
  return nounPhraseOnly(withoutLeadingConnectives(shown, c), c);
}

/**
 * The name a finding shows for a speaker (its entity's fullest name, without an acronym or
 * connective before it, the noun phrase alone where every noun has a capital) and why it is no
 * plausible source, or null when it is one.
 */
export function shownSpeaker(s: Speaker, kind: Draft['kind'], c: CompiledLexicon, words: ArticleWords, memo?: ShownMemo): { name: string | null; implausible: Implausible | null } {
  const raw = s.person?.name ?? s.name;
  if (raw === null) return { name: null, implausible: null };
  const quotation = kind === 'quote';
  if (!memo) {
    const name = shownName(raw, s.kind, c);
    const pronoun = s.mention !== null && isPronounMention(s.mention, c);
    const definite = s.mention !== null && isDefiniteMention(s.mention, c);
    const described = s.mention !== null && s.mention.trim().split(/\s+/).length > name.split(/\s+/).length;
    return { name, implausible: implausibleSpeaker({ name, kind: s.kind, pronoun, definite, described, quotation }, c, words) };
  }
  let byRaw = memo.names.get(s.kind);
  if (!byRaw) memo.names.set(s.kind, (byRaw = new Map()));
  let shown = byRaw.get(raw);
  if (!shown) {
    const name = shownName(raw, s.kind, c);
    byRaw.set(raw, (shown = { name, words: name.split(/\s+/).length }));
  }
  const { name } = shown;
  let mention: { pronoun: boolean; definite: boolean; words: number } | null = null;
  if (s.mention !== null) {
    mention = memo.mentions.get(s.mention) ?? null;
    if (!mention) memo.mentions.set(s.mention, (mention = { pronoun: isPronounMention(s.mention, c), definite: isDefiniteMention(s.mention, c), words: s.mention.trim().split(/\s+/).length }));
  }
  const pronoun = mention !== null && mention.pronoun;
  const definite = mention !== null && mention.definite;
  const described = mention !== null && mention.words > shown.words;
  let byKind = memo.verdicts.get(name);
  if (!byKind) memo.verdicts.set(name, (byKind = new Map()));
  let verdicts = byKind.get(s.kind);
  if (!verdicts) byKind.set(s.kind, (verdicts = new Array<Implausible | null | undefined>(16).fill(undefined)));
  const bits = (pronoun ? 1 : 0) | (definite ? 2 : 0) | (described ? 4 : 0) | (quotation ? 8 : 0);
  let implausible = verdicts[bits];
  if (implausible === undefined) {
    implausible = implausibleSpeaker({ name, kind: s.kind, pronoun, definite, described, quotation }, c, words);
    verdicts[bits] = implausible;
  }
  return { name, implausible };
}

/** Findings from drafts sorted by offset: final names, entity ids, descriptions, plausibility. */
export function findingsOf(text: string, drafts: readonly Draft[], c: CompiledLexicon, words: ArticleWords, byline: string | null, lang: string, explain = false): Finding[] {
  const model = modelFor(lang);
  const ids = new Map<string, string>();
  const out: Finding[] = [];
  const author = authorOf(byline, c);
  const memo = shownMemo();
  for (const d of drafts) {
    const selector = quoteSelector(text, d.start, d.end);
    const s = d.speaker && !d.speaker.person ? (firstPersonAuthor(d.speaker, c, author) ?? d.speaker) : d.speaker;
    const { name, implausible } = s ? shownSpeaker(s, d.kind, c, words, memo) : { name: null, implausible: null };
    // Evidence too weak for a name (learned weights, speaker-confidence.ts): unattributed.
    const features = s && name && !implausible ? speakerFeatures(d, s, name, c) : null;
    const p = features ? confidence(features, model) : 1;
    const rejected = implausible ?? (p < model.threshold ? 'weak-evidence' : null);
    const speaker = s && name && !rejected ? s : null;
    let speakerId: string | null = null;
    if (speaker && name) {
      const key = entityKey(speaker, name);
      speakerId = ids.get(key) ?? `s${ids.size + 1}`;
      ids.set(key, speakerId);
    }
    const finding: Finding = {
      id: spanId(d.kind, text, d.start, d.end),
      kind: d.kind,
      text: selector.exact,
      speaker: speaker ? name : null,
      speakerId,
      speakerKind: speaker?.kind ?? 'unknown',
      speakerDescription: speaker?.person ? (speaker.person.description ?? speaker.person.tag) : null,
      mention: s?.mention ?? null,
      cue: d.cue,
      partial: d.partial,
      rule: implausible ? `${d.rule}/not-a-source:${implausible}` : rejected ? `${d.rule}/abstained` : d.rule,
      paragraph: d.paragraph,
      selector,
      position: positionSelector(d.start, d.end),
    };
    if (explain) {
      finding.explain = { candidates: d.candidates ?? [], rejected: rejected && name ? { speaker: name, reason: rejected } : null, features: features ?? [], confidence: p };
      if (d.choice) finding.explain.choice = d.choice;
      if (d.shortQuote) finding.explain.shortQuote = d.shortQuote;
    }
    out.push(finding);
  }
  return out;
}
