// The engine's one entry point: a page in, the article's quotes, claims and scare quotes out,
// each with its speaker and a selector. Pure: the caller hands in a Document (the live page,
// or jsdom in Node) and gets plain data back.
import { attributeQuote, type QuoteAttribution } from './attribution';
import { readArticle } from './article';
import { ClaimRunOn, findClaims } from './claims';
import { clauseTokens, sentenceSubject, type ClauseToken } from './clause';
import { EntityRegistry, type Speaker } from './entities';
import { lexiconFor } from './lexicon/index';
import { compile, type CompiledLexicon } from './lexicon/compiled';
import { findQuoteSpans, type QuoteSpan } from './quotes';
import { positionSelector, quoteSelector, stableId } from './selector';
import { splitSentences } from './sentences';
import type { Article, Extraction, Finding, FindingKind } from './types';

export { NoArticleError } from './article';

/** Runs Readability on a clone of doc, then finds quotes, claims and scare quotes. Throws NoArticleError. */
export function extract(doc: Document, url: string): { extraction: Extraction; article: Article } {
  const article = readArticle(doc, url);
  return { article, extraction: extractFromArticle(article) };
}

interface Draft {
  kind: FindingKind;
  start: number;
  end: number;
  paragraph: number;
  speaker: Speaker | null;
  cue: string | null;
  partial: boolean;
}

const SCARE_MAX_WORDS = 4;

/** Finds the findings of an article already flattened to text. */
export function extractFromArticle(article: Article): Extraction {
  const c = compile(lexiconFor(article.lang));
  const { text } = article;
  const spans = findQuoteSpans(article);
  const sentences = splitSentences(article, spans, c.lex);
  const registry = new EntityRegistry(c);
  const drafts: Draft[] = [];
  let lastQuote: Draft | null = null;
  /** The named subject of the sentence just before, when that sentence quoted nobody. */
  let prevSubject: { tokens: ClauseToken[]; paragraph: number } | null = null;
  const runOn = new ClaimRunOn(c);
  let lastClaim: Draft | null = null;
  let si = 0;
  for (const s of sentences) {
    const inside: number[] = [];
    while (si < spans.length && spans[si]!.outerStart < s.end) {
      if (spans[si]!.outerEnd > s.start) inside.push(si);
      si++;
    }
    // A span that runs past this sentence is seen again by the next one.
    if (inside.length && spans[inside[inside.length - 1]!]!.outerEnd > s.end) si = inside[inside.length - 1]!;
    const tokens = clauseTokens(text, s, spans, inside, c);
    const sentenceDrafts = drafts.length;
    const para = article.paragraphs[s.paragraph]!;
    for (let ti = 0; ti < tokens.length; ti++) {
      const qi = tokens[ti]!.quote;
      if (qi === undefined) continue;
      const span = spans[qi]!;
      if (span.start < s.start) continue; // attributed in the sentence where it began
      const draft = quoteDraft(text, span, tokens, ti, registry, c, lastQuote, para.heading, prevSubject?.paragraph === s.paragraph ? prevSubject : null);
      // "“A” and “B”": a quote joined to the one before by a single word shares its source.
      const before = drafts[drafts.length - 1];
      if (draft.kind === 'scare' && before?.kind === 'quote' && drafts.length > sentenceDrafts && tokens[ti - 1]?.word && tokens[ti - 2]?.quote !== undefined) {
        Object.assign(draft, { kind: 'quote', speaker: before.speaker, cue: before.cue });
      }
      drafts.push(draft);
      if (draft.kind === 'quote' && draft.speaker) lastQuote = draft;
    }
    const claims = findClaims(tokens, c);
    if (runOn.step(tokens, claims, s.paragraph) && lastClaim && tokens.length) lastClaim.end = tokens[tokens.length - 1]!.end;
    const lastCue = claims.reduce((m, cl) => Math.max(m, cl.cue.at), -1);
    for (const claim of claims) {
      const [a, b] = claim.content;
      const speaker = claim.source ? registry.resolve(tokens.slice(claim.source[0], claim.source[1]), tokens[claim.source[0]]!.start) : lastQuote?.speaker ?? null;
      const draft: Draft = { kind: 'claim', start: tokens[a]!.start, end: tokens[b - 1]!.end, paragraph: s.paragraph, speaker, cue: claim.cue.text, partial: false };
      drafts.push(draft);
      lastClaim = draft;
      // "…, Indyk said. “That has nothing…”": the next quote may go on with the sentence's last source.
      if (speaker?.name && claim.cue.at === lastCue) lastQuote = draft;
    }
    const plain = tokens.filter((t) => t.quote === undefined);
    const subject = sentenceSubject(plain, plain.length, c);
    // A body that is a sentence's subject is what a later "it" or "they" most likely means.
    if (subject) {
      const body = registry.peek(plain.slice(subject[0], subject[1]), plain[subject[0]]!.start);
      if (body.kind === 'organization' && body.name) registry.touch(body, s.end);
    }
    registry.observe(plain, subject ? [plain[subject[0]]!.start, plain[subject[1] - 1]!.end] : null);
    const named = subject && !inside.length ? plain.slice(subject[0], subject[1]) : null;
    prevSubject = named && named.some((t) => t.cap) ? { tokens: named, paragraph: s.paragraph } : null;
    for (let k = sentenceDrafts; k < drafts.length; k++) {
      const d = drafts[k]!;
      if (d.speaker) registry.touch(d.speaker, s.end);
    }
  }
  return {
    url: article.url,
    title: article.title,
    byline: article.byline,
    siteName: article.siteName,
    lang: article.lang,
    findings: drafts.sort((a, b) => a.start - b.start).map((d) => toFinding(text, d)),
  };
}

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

function quoteDraft(
  text: string,
  span: QuoteSpan,
  tokens: ClauseToken[],
  ti: number,
  registry: EntityRegistry,
  c: CompiledLexicon,
  lastQuote: Draft | null,
  heading: boolean,
  prevSubject: { tokens: ClauseToken[] } | null,
): Draft {
  const base = { start: span.start, end: span.end, paragraph: span.paragraph };
  const attribution: QuoteAttribution | null = span.continued ? null : attributeQuote(tokens, ti, c);
  const partial = tokens.slice(0, ti).some((t) => t.word) && tokens[ti - 1]?.text !== ':' && !/^\p{Lu}/u.test(text.slice(span.start, span.start + 1));
  const quoted = text.slice(span.start, span.end);
  const venue = tokens[ti - 1] !== undefined && tokens[ti - 1]!.word && (c.stopwords.has(tokens[ti - 1]!.lower) || /['’]s$/.test(tokens[ti - 1]!.text));
  const named = attribution !== null && c.namingVerbs.has(attribution.cue.text.toLowerCase()) && ti - attribution.cue.at <= 6;
  const goesOn = !tokens.slice(0, ti).some((t) => t.word) && lastQuote !== null && lastQuote.paragraph === span.paragraph && lastQuote.kind === 'quote';
  if (looksLikeTitle(quoted) && !named && !goesOn && (venue || !(attribution && adjacent(attribution, ti)))) {
    // "appeared on “Morning Joe”": the name of a show, book or slogan, held at a distance.
    return { ...base, kind: 'scare', speaker: null, cue: null, partial: true };
  }
  if (attribution?.source) {
    const [a, b] = attribution.source;
    const speaker = registry.resolve(tokens.slice(a, b), tokens[a]!.start);
    registry.noteGender(speaker, cueGender(attribution.cue.text, c));
    return { ...base, kind: 'quote', speaker, cue: attribution.cue.text, partial };
  }
  if (attribution && !heading) {
    // "Yoon apologised, saying they “…”": a participle's subject is the sentence's.
    const subject = sentenceSubject(tokens, attribution.cue.at, c);
    if (subject) {
      const speaker = registry.resolve(tokens.slice(subject[0], subject[1]), tokens[subject[0]]!.start);
      if (speaker.name) return { ...base, kind: 'quote', speaker, cue: attribution.cue.text, partial };
    }
    if (c.lex.proDrop && attribution.cue.type === 'speech') {
      // "«…», señaló.": the left-out subject is the person in focus.
      const speaker = registry.implicitSubject(tokens[attribution.cue.at]!.start, cueGender(attribution.cue.text, c), attribution.cue.text);
      if (speaker) return { ...base, kind: 'quote', speaker, cue: attribution.cue.text, partial };
    }
  }
  const words = wordsIn(text.slice(span.start, span.end));
  const opensSentence = !tokens.slice(0, ti).some((t) => t.word);
  if (prevSubject && opensSentence && !attribution?.source && !span.continued && !heading) {
    // "Web X sees it the same way. “…”": a quote with no cue of its own after a sentence whose subject is named.
    const speaker = registry.resolve(prevSubject.tokens, prevSubject.tokens[0]!.start);
    if (speaker.name && speaker.kind !== 'unknown') return { ...base, kind: 'quote', speaker, cue: null, partial };
  }
  // A whole paragraph in quotation marks may follow its speaker's last words after a paragraph or two.
  const reach = opensSentence && span.end - span.start > 120 ? 3 : 1;
  const recent = lastQuote && lastQuote.speaker && span.paragraph - lastQuote.paragraph <= reach ? lastQuote : null;
  // A quote with no cue of its own that follows someone's quote goes on with that speaker.
  if (recent && !heading && (span.continued || opensSentence || span.source !== 'marks')) {
    return { ...base, kind: 'quote', speaker: recent.speaker, cue: recent.cue, partial };
  }
  if (!heading) {
    // "Trump praised him as a “strong leader”": no speech verb, but a person's words.
    const subject = sentenceSubject(tokens, ti, c);
    if (subject) {
      const speaker = registry.resolve(tokens.slice(subject[0], subject[1]), tokens[subject[0]]!.start);
      if (speaker.kind === 'person' && speaker.name) return { ...base, kind: 'quote', speaker, cue: null, partial };
    }
  }
  if (words <= SCARE_MAX_WORDS || heading) return { ...base, kind: 'scare', speaker: null, cue: null, partial: true };
  return { ...base, kind: 'quote', speaker: recent?.speaker ?? null, cue: attribution?.cue.text ?? null, partial };
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

/** The cue stands right next to the quote (at most three tokens away). */
function adjacent(a: QuoteAttribution, ti: number): boolean {
  return a.after ? a.cue.at - ti <= 4 : ti - (a.cue.at + a.cue.len) <= 3;
}

function toFinding(text: string, d: Draft): Finding {
  const selector = quoteSelector(text, d.start, d.end);
  return {
    id: stableId(d.kind, selector.exact, selector.prefix, selector.suffix),
    kind: d.kind,
    text: selector.exact,
    speaker: d.speaker?.name ?? null,
    speakerKind: d.speaker?.kind ?? 'unknown',
    mention: d.speaker?.mention ?? null,
    cue: d.cue,
    partial: d.partial,
    paragraph: d.paragraph,
    selector,
    position: positionSelector(d.start, d.end),
  };
}

