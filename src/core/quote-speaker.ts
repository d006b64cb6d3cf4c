// Decides what a quotation is (someone's quote or a scare quote) and whose it is, from its
// sentence's tokens, the entity registry and the quotes before it.
import { attributeQuote, type QuoteAttribution } from './attribution';
import { participleOpening, personPronoun, sentenceSubject, type ClauseToken } from './clause';
import type { EntityRegistry, Speaker } from './entities';
import { WORD_STOPWORD, type CompiledLexicon } from './lexicon/compiled';
import type { QuoteSpan } from './quotes';
import type { FindingKind } from './types';

/** A finding before it has its selector: offsets, kind and source. */
export interface Draft {
  kind: FindingKind;
  start: number;
  end: number;
  paragraph: number;
  speaker: Speaker | null;
  cue: string | null;
  partial: boolean;
}

/** Quotes of at most this many words with no source are scare quotes. */
const SCARE_MAX_WORDS = 4;

function wordsIn(s: string): number {
  return (s.match(/[\p{L}\p{N}]+/gu) ?? []).length || [...s].filter((ch) => /\p{L}/u.test(ch)).length / 2;
}

/** The speaker's gender shown by the cue's verb form ("řekla", "сказал"), or null. */
function cueGender(cue: string, c: CompiledLexicon): 'm' | 'f' | null {
  const g = c.lex.cueGender;
  if (!g) return null;
  const words = cue.toLowerCase().split(/\s+/);
  if (words.some((w) => g.female.some((e) => w.endsWith(e)))) return 'f';
  if (words.some((w) => g.male.some((e) => w.endsWith(e)))) return 'm';
  return null;
}

/**
 * Who a quotation belongs to, in the order a reader tries: its own cue; the subject of a
 * participle's sentence; a named subject just before; the speaker it continues; the sentence's
 * person subject. What is left is a scare quote when short (or a title), else an unattributed quote.
 */
export function quoteDraft(
  text: string,
  span: QuoteSpan,
  tokens: ClauseToken[],
  ti: number,
  registry: EntityRegistry,
  c: CompiledLexicon,
  lastQuote: Draft | null,
  heading: boolean,
  prevSubject: { tokens: ClauseToken[] } | null,
  earlier: Draft | null = null,
): Draft {
  /** The draft of this quote: one object shape for every outcome (no spread of a base object). */
  const draft = (kind: FindingKind, speaker: Speaker | null, cue: string | null, partial: boolean): Draft => ({
    kind, start: span.start, end: span.end, paragraph: span.paragraph, speaker, cue, partial,
  });
  const attribution: QuoteAttribution | null = span.continued ? null : attributeQuote(tokens, ti, c);
  const partial = tokens.slice(0, ti).some((t) => t.word) && tokens[ti - 1]?.text !== ':' && !/^\p{Lu}/u.test(text.slice(span.start, span.start + 1));
  const quoted = text.slice(span.start, span.end);
  const venue = tokens[ti - 1] !== undefined && tokens[ti - 1]!.word && ((tokens[ti - 1]!.flags & WORD_STOPWORD) !== 0 || /['’]s$/.test(tokens[ti - 1]!.text));
  const named = attribution !== null && c.namingVerbs.has(attribution.cue.text.toLowerCase()) && ti - attribution.cue.at <= 6;
  const opensSentence = !tokens.slice(0, ti).some((t) => t.word);
  const goesOn = opensSentence && lastQuote !== null && lastQuote.paragraph === span.paragraph && lastQuote.kind === 'quote';
  // A nickname inside a name is read as a word of it (clauseTokens): Rep. Robert C. “Bobby” Scott.
  if (tokens[ti]!.word || titled(tokens, ti, c)) {
    // …and a spot titled “Arrogant”: a name, not anyone's words.
    return draft('scare', null, null, true);
  }
  if (!named && !goesOn && (venue || !(attribution && adjacent(attribution, ti))) && looksLikeTitle(quoted)) {
    // "appeared on “Morning Joe”": the name of a show, book or slogan, held at a distance.
    return draft('scare', null, null, true);
  }
  if (attribution?.source) {
    const [a, b] = attribution.source;
    const speaker = registry.resolve(tokens.slice(a, b), tokens[a]!.start);
    registry.noteGender(speaker, cueGender(attribution.cue.text, c));
    return draft('quote', speaker, attribution.cue.text, partial);
  }
  if (attribution && !heading && earlier?.kind === 'quote' && earlier.speaker) {
    // "“…,” Blige sings, before asking her, “…”": a cue with no subject goes on with the sentence's speaker.
    return draft('quote', earlier.speaker, attribution.cue.text, partial);
  }
  if (attribution && !heading) {
    // "Yoon apologised, saying they “…”": a participle's subject is the sentence's.
    const subject = sentenceSubject(tokens, attribution.cue.at, c);
    if (subject) {
      const speaker = registry.resolve(tokens.slice(subject[0], subject[1]), tokens[subject[0]]!.start);
      if (speaker.name) return draft('quote', speaker, attribution.cue.text, partial);
    }
    if (c.lex.proDrop && attribution.cue.type === 'speech') {
      // "«…», señaló.": the left-out subject is the person in focus.
      const speaker = registry.implicitSubject(tokens[attribution.cue.at]!.start, cueGender(attribution.cue.text, c), attribution.cue.text);
      if (speaker) return draft('quote', speaker, attribution.cue.text, partial);
    }
  }
  if (prevSubject && opensSentence && !attribution?.source && !span.continued && !heading) {
    // "Web X sees it the same way. “…”": a quote with no cue of its own after a sentence whose subject is named.
    const speaker = registry.resolve(prevSubject.tokens, prevSubject.tokens[0]!.start);
    if (speaker.name && speaker.kind !== 'unknown') return draft('quote', speaker, null, partial);
  }
  // A whole paragraph in quotation marks may follow its speaker's last words after a paragraph or two.
  const reach = opensSentence && span.end - span.start > 120 ? 3 : 1;
  const recent = lastQuote && lastQuote.speaker && span.paragraph - lastQuote.paragraph <= reach ? lastQuote : null;
  // A quote with no cue of its own that follows someone's quote goes on with that speaker.
  if (recent && !heading && (span.continued || opensSentence || span.source !== 'marks')) {
    return draft('quote', recent.speaker, recent.cue, partial);
  }
  if (!heading) {
    // "Trump praised him as a “strong leader”": no speech verb, but a person's words; so too
    // "Bemoaning the “phony system,” Trump accused…", where the subject comes after.
    const subject = sentenceSubject(tokens, ti, c) ?? participleOpening(tokens, ti, c) ?? pronounSubject(tokens, ti, c);
    if (subject) {
      const speaker = registry.resolve(tokens.slice(subject[0], subject[1]), tokens[subject[0]]!.start);
      if (speaker.kind === 'person' && speaker.name) return draft('quote', speaker, null, partial);
    }
  }
  if (heading || wordsIn(quoted) <= SCARE_MAX_WORDS) return draft('scare', null, null, true);
  return draft('quote', recent?.speaker ?? null, attribution?.cue.text ?? null, partial);
}

/**
 * A title of a show, book or slogan rather than speech: two to ten words, first and last and every
 * longer word capitalised ("Face the Nation"), and no question or exclamation at the end.
 */
function looksLikeTitle(s: string): boolean {
  const words = s.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  if (words.length < 2 || words.length > 10 || /[!?…][,.]?\s*$/.test(s)) return false;
  if (/[.][,]?\s*$/.test(s) && words.length > 6) return false;
  const capital = (w: string) => /^[\p{Lu}\p{N}]/u.test(w);
  const long = words.filter((w) => w.length > 3);
  const named = words.filter((w) => w.length >= 3 && capital(w)).length; // "Neither do I." is speech
  return named >= 2 && capital(words[0]!) && capital(words[words.length - 1]!) && long.every(capital);
}

/**
 * "…in an interview he blasted the media for being “unbelievably dishonest”": a subject pronoun
 * (the first of each gender's list) with its verb in the clause just before the quote.
 */
function pronounSubject(tokens: readonly ClauseToken[], ti: number, c: CompiledLexicon): [number, number] | null {
  for (let j = ti - 1; j >= 0 && ti - j <= 12; j--) {
    const t = tokens[j]!;
    if (t.quote !== undefined || /^[.;:!?]$/.test(t.text)) return null;
    if (t.word && personPronoun(t, c) && tokens[j + 1]?.word && !tokens[j + 1]!.cap) return [j, j + 1];
  }
  return null;
}

/** The quotation follows a word that makes it a title ("titled", "entitled"), perhaps with a comma. */
function titled(tokens: readonly ClauseToken[], ti: number, c: CompiledLexicon): boolean {
  const before = tokens[ti - 1]?.text === ',' ? tokens[ti - 2] : tokens[ti - 1];
  return before !== undefined && before.word && c.titleCues.has(before.lower);
}

/** The cue stands right next to the quote (at most three tokens away). */
function adjacent(a: QuoteAttribution, ti: number): boolean {
  return a.after ? a.cue.at - ti <= 4 : ti - (a.cue.at + a.cue.len) <= 3;
}
