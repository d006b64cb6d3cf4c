// The resolving stage's last step: drafts (offsets, a resolved speaker, the rule that decided)
// become findings. A speaker is shown as its entity is named best by the end of the article
// (the fullest name, never a description, which goes to speakerDescription), one id per entity,
// and only when it is a plausible source (plausible-source.ts): else the finding is unattributed.
import type { ArticleWords } from './article-words';
import type { Speaker } from './entities';
import { isPersonalPronoun, type CompiledLexicon } from './lexicon/compiled';
import { implausibleSpeaker, nounPhraseOnly, withoutLeadingConnectives, withoutTrailingFunctionWords, type Implausible } from './plausible-source';
import { confidence, modelFor, speakerFeatures } from './speaker-confidence';
import type { Draft } from './quote-speaker';
import { positionSelector, quoteSelector, spanId } from './selector';
import { isSpace } from './tokens';
import type { Finding } from './types';

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
  // mention.trim().toLowerCase().split(/\s+/): two words, the first a determiner; read by
  // character codes (a regex split costs a call into the runtime at every finding).
  const t = mention.trim();
  let gap = 0;
  while (gap < t.length && !isSpace(t.charCodeAt(gap))) gap++;
  if (gap === t.length) return false;
  let next = gap;
  while (isSpace(t.charCodeAt(next))) next++;
  for (let k = next; k < t.length; k++) if (isSpace(t.charCodeAt(k))) return false;
  return c.determiners.has(t.slice(0, gap).toLowerCase());
}

/** s.split(/\s+/).length, by character codes: one more than its runs of white space. */
function pieceCount(s: string): number {
  let n = 1;
  for (let k = 0; k < s.length; k++) {
    if (!isSpace(s.charCodeAt(k))) continue;
    n++;
    while (k + 1 < s.length && isSpace(s.charCodeAt(k + 1))) k++;
  }
  return n;
}

/**
 * What shownSpeaker worked out for one article's findings, once all its words are read: the
 * name shown for a speaker's kind and name, and the verdict on a name with what its mention
 * says. (Many findings share a speaker, and many speakers a name.)
 */
export interface ShownMemo {
  names: Map<string, string>;
  verdicts: Map<string, Implausible | null>;
}

/**
 * The name a finding shows for a speaker (its entity's fullest name, without an acronym or
 * connective before it, the noun phrase alone where every noun has a capital) and why it is no
 * plausible source, or null when it is one.
 */
export function shownSpeaker(s: Speaker, kind: Draft['kind'], c: CompiledLexicon, words: ArticleWords, memo?: ShownMemo, cueless = false): { name: string | null; implausible: Implausible | null } {
  const raw = s.person?.name ?? s.name;
  if (raw === null) return { name: null, implausible: null };
  const nameKey = memo ? `${s.kind}\u0000${raw}` : '';
  let name = memo?.names.get(nameKey);
  if (name === undefined) {
    const shown = s.kind === 'person' ? withoutLeadingAcronym(raw) : raw;
    name = nounPhraseOnly(withoutLeadingConnectives(shown, c), c);
    memo?.names.set(nameKey, name);
  }
  const pronoun = s.mention !== null && isPronounMention(s.mention, c);
  const definite = s.mention !== null && isDefiniteMention(s.mention, c);
  const described = s.mention !== null && pieceCount(s.mention.trim()) > pieceCount(name);
  const quotation = kind === 'quote';
  // The verdict reads the name whole; the name shown leaves out function words the sentence ran into it.
  const shownName = withoutTrailingFunctionWords(name, c);
  if (!memo) return { name: shownName, implausible: implausibleSpeaker({ name, kind: s.kind, pronoun, definite, described, quotation, cueless }, c, words) };
  const verdictKey = `${+pronoun}${+definite}${+described}${+quotation}${+cueless}${s.kind}\u0000${name}`;
  let implausible = memo.verdicts.get(verdictKey);
  if (implausible === undefined) {
    implausible = implausibleSpeaker({ name, kind: s.kind, pronoun, definite, described, quotation, cueless }, c, words);
    memo.verdicts.set(verdictKey, implausible);
  }
  return { name: shownName, implausible };
}

/**
 * "her mother, Fiona, said …" and later "Fiona Parry issued a plea": a speaker named by one
 * word alone (a name only, or a person of one word) is the one speaking person of the article
 * whose name opens with that word, unless some speaking person's name ends with it (then it may
 * be a surname).
 * Returns, by that first word, the person's speaker (null where two persons share it).
 */
function personsByGivenName(drafts: readonly Draft[]): Map<string, Speaker | null> {
  const out = new Map<string, Speaker | null>();
  const surnames = new Set<string>();
  for (const d of drafts) {
    const p = d.speaker?.person;
    if (!p || p.parts.length < 2) continue;
    surnames.add(p.parts[p.parts.length - 1]!);
    const given = p.parts[0]!;
    const known = out.get(given);
    if (known === undefined) out.set(given, d.speaker);
    else if (known !== null && known.person !== p) out.set(given, null);
  }
  for (const s of surnames) out.set(s, null);
  return out;
}

/** The person one word alone means (personsByGivenName), or the speaker as it is. */
function byGivenName(s: Speaker, persons: Map<string, Speaker | null>): Speaker {
  if (s.kind !== 'person' || (s.person && s.person.parts.length !== 1)) return s;
  const word = (s.person?.name ?? s.name ?? '').trim();
  if (!word || /\s/.test(word)) return s;
  const p = persons.get(word.toLowerCase())?.person;
  return p ? { ...s, person: p } : s;
}

/** Findings from drafts sorted by offset: final names, entity ids, descriptions, plausibility. */
export function findingsOf(text: string, drafts: readonly Draft[], c: CompiledLexicon, words: ArticleWords, byline: string | null, lang: string, explain = false): Finding[] {
  const model = modelFor(lang);
  const ids = new Map<string, string>();
  const out: Finding[] = [];
  const author = authorOf(byline, c);
  const memo: ShownMemo = { names: new Map(), verdicts: new Map() };
  const givenNames = personsByGivenName(drafts);
  for (const d of drafts) {
    const selector = quoteSelector(text, d.start, d.end);
    const s = d.speaker ? byGivenName(d.speaker.person ? d.speaker : (firstPersonAuthor(d.speaker, c, author) ?? d.speaker), givenNames) : d.speaker;
    // (No cue: the speaker stands only by where it stands in the sentence, and a capital is all the evidence of a name.)
    const { name, implausible } = s ? shownSpeaker(s, d.kind, c, words, memo, d.cue === null) : { name: null, implausible: null };
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
