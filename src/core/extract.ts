// The engine's one entry point: a page in, the article's quotes, claims and scare quotes out,
// each with its speaker and a selector. Pure: the caller hands in a Document (the live page,
// or jsdom in Node) and gets plain data back.
import { readArticle } from './article';
import { ClaimRunOn, findClaims } from './claims';
import { clauseTokens, describedSubject, sentenceSubject, sourceWords, type ClauseToken } from './clause';
import { quoteDraft, type Draft } from './quote-speaker';
import { headlineClaim } from './headline';
import { TRANSCRIPT_TURN, transcriptTurns } from './transcript';
import { sourceNoun } from './plausible-source';
import { shortQuoteCandidate, shortQuoteFeatures, shortQuoteModelFor, shortQuoteProbability, type EnclosingClaim, type ShortQuoteModel } from './short-quote';
import { EntityRegistry, type Speaker } from './entities';
import { lexiconFor } from './lexicon/index';
import { WORD_FEMALE, WORD_MALE, WORD_NEUTER, WORD_PLURAL, compile, type CompiledLexicon } from './lexicon/compiled';
import { cueAt, sourceOfCue } from './attribution';
import { findQuoteSpans, type QuoteSpan } from './quotes';
import { ArticleWords } from './article-words';
import { entityKey, findingsOf } from './speaker-entities';
import { splitSentences, type Sentence } from './sentences';
import { tokenize, type Token } from './tokens';
import { verbSecondSubject } from './verb-second';
import type { Article, ExtractOptions, Extraction } from './types';

export { NoArticleError } from './article';

/** Runs Readability on a clone of doc, then finds quotes, claims and scare quotes. Throws NoArticleError. */
export function extract(doc: Document, url: string, options: ExtractOptions = {}): { extraction: Extraction; article: Article } {
  const article = readArticle(doc, url);
  return { article, extraction: extractFromArticle(article, options) };
}

/** Finds the findings of an article already flattened to text. */
export function extractFromArticle(article: Article, options: ExtractOptions = {}): Extraction {
  const explain = options.explain === true;
  const choose = options.learnedChoice !== false;
  const c = compile(lexiconFor(article.lang));
  const { text } = article;
  const spans = findQuoteSpans(article);
  const sentences = splitSentences(article, spans, c.lex);
  const words = new ArticleWords(c);
  const registry = new EntityRegistry(c, words);
  const drafts: Draft[] = [];
  let lastQuote: Draft | null = null;
  /**
   * "Jane Roe sprach vor der Presse. Die Annahmen seien „unrealistisch“": the source of a
   * sentence that reports someone without quoting them or making a claim, when nothing was
   * quoted or claimed since. A claim with no source of its own in the next sentences is theirs.
   */
  let lastReporter: { tokens: ClauseToken[]; paragraph: number } | null = null;
  /** The named subject of the sentence just before, when that sentence quoted nobody. */
  let prevSubject: { tokens: ClauseToken[]; paragraph: number; colon: boolean; reported: boolean } | null = null;
  const runOn = new ClaimRunOn(c);
  const shortModel = shortQuoteModelFor(article.lang);
  let lastClaim: Draft | null = null;
  // transcript-turn: "JANE ROE: …" paragraphs of a dialogue, each its label's words.
  const turns = transcriptTurns(article, c);
  let turnSpeaker = null as { paragraph: number; speaker: Speaker } | null;
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
    words.observe(tokens);
    const sentenceDrafts = drafts.length;
    const para = article.paragraphs[s.paragraph]!;
    // The headline is read by its own rules, and teaches the registry no names: a title-case line
    // ("Jane Roe Hammers the Plan") runs words into names the article never gives.
    if (para.headline) {
      readHeadline(tokens, spans, inside, s, drafts, registry, c, words);
      prevSubject = null;
      continue;
    }
    // "Clinton told the audience that she believes…": the named subject of a sentence is what a
    // pronoun later in the same sentence most likely means.
    const found = tokens[0]?.word ? sentenceSubject(tokens, tokens.length, c) : null;
    // A subject after a quote or a pronoun ("While he acknowledged…, Ham noted") is no antecedent of them.
    const opening = found && !quoteOrPronounBefore(tokens, found[0]) ? found : null;
    let openingSpeaker: Speaker | null = null;
    if (opening) {
      const openingTokens = tokens.slice(opening[0], opening[1]);
      registry.observe(openingTokens, [tokens[opening[0]]!.start, tokens[opening[1] - 1]!.end]);
      // "Jane Roe, the city's police chief, said…": how the article describes her, for her label.
      const described = describedSubject(tokens, opening, c);
      if (described) registry.describe(tokens.slice(described[0], described[1]), tokens[described[0]]!.start);
      // "The Security Council … condemned what it called “…”": a body as subject is what “it” means.
      openingSpeaker = registry.peek(openingTokens, tokens[opening[0]]!.start);
      if (openingSpeaker.kind === 'organization' && openingSpeaker.name) registry.touch(openingSpeaker, tokens[opening[0]]!.start);
      registry.learnGender(openingSpeaker, tokens, opening[1]);
    }
    const turn = turns.get(s.paragraph);
    if (turn && turnSpeaker?.paragraph !== s.paragraph) {
      const speaker = registry.resolve(turn.mention, turn.start);
      turnSpeaker = { paragraph: s.paragraph, speaker };
      drafts.push({ kind: 'claim', start: turn.start, end: turn.end, paragraph: s.paragraph, speaker, cue: ':', partial: false, rule: TRANSCRIPT_TURN });
    }
    // The speaker handed on by the sentence before: same paragraph, or the next one after a colon.
    const handedOn = prevSubject && (prevSubject.paragraph === s.paragraph || (prevSubject.colon && prevSubject.paragraph === s.paragraph - 1)) ? prevSubject : null;
    /** Short quotes nothing attributed, with their token: a claim around one may still own it. */
    const shortScares: Array<{ draft: Draft; at: number; recent: Speaker | null }> = [];
    for (let ti = 0; ti < tokens.length; ti++) {
      const qi = tokens[ti]!.quote;
      if (qi === undefined) continue;
      const span = spans[qi]!;
      if (span.start < s.start) continue; // attributed in the sentence where it began
      // The last finding of this sentence so far, if any.
      const earlier = drafts.length > sentenceDrafts ? drafts[drafts.length - 1]! : null;
      // "“…”" then a paragraph of its own, "- Jane Roe.": the byline after the paragraph the quote closes.
      const byline = span.outerEnd >= lastWordEnd(text, para.start, para.end) ? bylineAfter(article, s.paragraph, c) : null;
      const draft = quoteDraft(text, span, tokens, ti, registry, c, lastQuote, para.heading, handedOn, earlier, explain, choose, byline, words);
      // "“A” and “B”": a quote joined to the one before by a single word shares its source.
      if (draft.kind === 'scare' && earlier?.kind === 'quote' && tokens[ti - 1]?.word && tokens[ti - 2]?.quote !== undefined) {
        Object.assign(draft, { kind: 'quote', speaker: earlier.speaker, cue: earlier.cue, rule: 'joined-quote' });
      }
      // Inside a transcript turn, a quotation no cue gave to anyone is the turn's speaker's.
      if (turn && draft.kind === 'quote' && !draft.speaker && turnSpeaker) Object.assign(draft, { speaker: turnSpeaker.speaker, rule: TRANSCRIPT_TURN });
      drafts.push(draft);
      if (draft.kind === 'scare' && draft.rule === 'short-scare' && !para.heading) {
        const recent = lastQuote?.speaker && span.paragraph - lastQuote.paragraph <= 1 ? lastQuote.speaker : null;
        shortScares.push({ draft, at: ti, recent });
      }
      if (draft.kind === 'quote' && draft.speaker) {
        lastQuote = draft;
        lastReporter = null;
      }
    }
    // (A turn's words are one claim, its label's: no claim of its own inside it.)
    const claims = turn ? [] : findClaims(tokens, c);
    if (runOn.step(tokens, claims, s.paragraph) && lastClaim && tokens.length) lastClaim.end = tokens[tokens.length - 1]!.end;
    const lastCue = claims.reduce((m, cl) => Math.max(m, cl.cue.at), -1);
    const held: Array<{ a: number; b: number; claim: EnclosingClaim }> = [];
    for (const claim of claims) {
      const [a, b] = claim.content;
      const reporter = !claim.source && lastReporter && s.paragraph - lastReporter.paragraph <= 1 ? lastReporter : null;
      const speaker = claim.source
        ? registry.resolve(sourceWords(text, tokens, claim.source[0], claim.source[1], c), tokens[claim.source[0]]!.start)
        : reporter
          ? registry.resolve(reporter.tokens, reporter.tokens[0]!.start)
          : lastQuote?.speaker ?? null;
      const rule = claim.source ? 'claim-cue-source' : 'claim-last-speaker';
      const draft: Draft = { kind: 'claim', start: tokens[a]!.start, end: tokens[b - 1]!.end, paragraph: s.paragraph, speaker, cue: claim.cue.text, partial: false, rule };
      drafts.push(draft);
      lastClaim = draft;
      const reporting = inReportingMood(tokens, a, b, c);
      held.push({ a, b, claim: { speaker, reporting } });
      // inside-claim: "Die Regierung erklärte, der Bericht sei „falsch“": a short quotation inside
      // someone's reported words is a fragment of them, not a scare quote.
      // (Only in the reporting mood: elsewhere a short quotation inside a claim may be anyone's term.)
      // A run-on claim in the mood ("Hier seien die Pläne „unrealistisch“") goes on with a speaker of this paragraph or the one before.
      const near = claim.source !== null || reporter !== null || (lastQuote !== null && s.paragraph - lastQuote.paragraph <= 1);
      if (near && speaker?.name && reporting) {
        for (const q of shortScares) {
          if (q.at >= a && q.at < b && q.draft.kind === 'scare') Object.assign(q.draft, { kind: 'quote', speaker, cue: claim.cue.text, rule: 'inside-claim' });
        }
      }
      // "…, Indyk said. “That has nothing…”": the next quote may go on with the sentence's last source.
      if (speaker?.name && claim.cue.at === lastCue) {
        lastQuote = draft;
        lastReporter = null;
      }
    }
    // short-quote: what the short-scare sieve and the claims left a scare quote, weighed by learned weights.
    if (shortModel || explain) {
      for (const q of shortScares) {
        if (q.draft.kind !== 'scare') continue;
        const claim = held.find((h) => q.at >= h.a && q.at < h.b)?.claim ?? null;
        decideShortQuote(q.draft, tokens, q.at, text.slice(q.draft.start, q.draft.end), claim, q.recent, registry, c, words, shortModel, choose, explain);
      }
    }
    const plain = inside.length ? tokens.filter((t) => t.quote === undefined) : tokens;
    // Without quotes the sentence's plain words are its tokens: its subject is the one found above.
    const subject = inside.length ? sentenceSubject(plain, plain.length, c) : opening;
    // A body that is a sentence's subject is what a later "it" or "they" most likely means.
    if (subject) {
      const body = subject === opening && openingSpeaker ? openingSpeaker : registry.peek(plain.slice(subject[0], subject[1]), plain[subject[0]]!.start);
      if (body.kind === 'organization' && body.name) registry.touch(body, s.end);
    }
    registry.observe(plain, subject ? [plain[subject[0]]!.start, plain[subject[1] - 1]!.end] : null);
    // "…, Jane Roe shouted to the crowd. “…”": a sentence that quotes nobody hands its speaker
    // (the source of its last cue, else its named subject) to a quote that follows.
    const cueSource = !inside.length ? lastCueSource(plain, c) : null;
    const lead = !inside.length ? cueSource ?? subject : null;
    // A sentence whose quotes are all scare quotes ("On “Face the Nation,” Sen. Jane Roe said…")
    // quotes nobody either: its named subject is handed on too.
    let quotesSomeone = false;
    for (let k = sentenceDrafts; k < drafts.length && !quotesSomeone; k++) quotesSomeone = drafts[k]!.kind === 'quote';
    const named = lead ? plain.slice(lead[0], lead[1]) : inside.length && !quotesSomeone && found ? tokens.slice(found[0], found[1]) : null;
    // "…, Mr. Obama said in his interview.": whoever a sentence reports is who “he” means next.
    if (cueSource && drafts.length === sentenceDrafts) {
      const source = registry.peek(plain.slice(cueSource[0], cueSource[1]), plain[cueSource[0]]!.start);
      if (source.person) {
        registry.touch(source, plain[cueSource[0]]!.start);
        lastReporter = { tokens: plain.slice(cueSource[0], cueSource[1]), paragraph: s.paragraph };
      }
    }
    // "The paper reports:" at a paragraph's end introduces the quoted paragraph after it.
    const colon = tokens[tokens.length - 1]?.text === ':';
    prevSubject = named && named.some((t) => t.cap) ? { tokens: named, paragraph: s.paragraph, colon, reported: lead !== null && lead === cueSource } : null;
    for (let k = sentenceDrafts; k < drafts.length; k++) {
      const d = drafts[k]!;
      if (d.speaker) registry.touch(d.speaker, s.end);
    }
    // A subject after the sentence's quotes or pronouns is described once they are resolved.
    const described = found && !opening ? describedSubject(tokens, found, c) : null;
    if (described) registry.describe(tokens.slice(described[0], described[1]), tokens[described[0]]!.start);
  }
  // A headline's colon names a source the article reports (one who speaks in its body, or the noun
  // of a body or a document: "Poll: …"), not its topic ("Patent: …").
  const headlineClaims = drafts.filter((d) => d.kind === 'claim' && article.paragraphs[d.paragraph]?.headline);
  if (headlineClaims.length) {
    const inBody = drafts.filter((d) => !article.paragraphs[d.paragraph]?.headline);
    for (const d of headlineClaims) {
      const reported = (d.rule !== HEADLINE_COLON && d.rule !== HEADLINE_SAYS) || namesSourceNoun(d.speaker, c) || inBody.some((b) => b.kind !== 'scare' && sameSource(b.speaker, d.speaker));
      if (!reported) drafts.splice(drafts.indexOf(d), 1);
    }
  }
  return {
    url: article.url,
    title: article.title,
    byline: article.byline,
    siteName: article.siteName,
    lang: article.lang,
    findings: findingsOf(text, drafts.sort((a, b) => a.start - b.start), c, words, article.byline, article.lang, explain),
  };
}

/**
 * A headline's sentence: its quotations held at a distance (headline-quote: the article
 * attributes them where it reports them), and its claim after a colon or a title-case verb of
 * speech (headline-colon, headline-says), whose source alone is resolved. A place alone before
 * the colon ("Thailand: …") is the headline's dateline, not its source.
 */
function readHeadline(
  tokens: readonly ClauseToken[], spans: readonly QuoteSpan[], inside: readonly number[], s: Sentence, drafts: Draft[],
  registry: EntityRegistry, c: CompiledLexicon, words: ArticleWords,
): void {
  for (const qi of inside) {
    const span = spans[qi]!;
    if (span.start >= s.start) drafts.push({ kind: 'scare', start: span.start, end: span.end, paragraph: s.paragraph, speaker: null, cue: null, partial: true, rule: HEADLINE_QUOTE });
  }
  // A headline in sentence case reads as a sentence ("Trump tells voters the plan has gone ‘soft’"): its capitals are names.
  if (!titleCase(tokens)) {
    for (const found of findClaims(tokens, c)) {
      if (!found.source) continue;
      const [a, b] = found.content;
      const speaker = registry.resolve(tokens.slice(found.source[0], found.source[1]), tokens[found.source[0]]!.start);
      drafts.push({ kind: 'claim', start: tokens[a]!.start, end: tokens[b - 1]!.end, paragraph: s.paragraph, speaker, cue: found.cue.text, partial: false, rule: 'claim-cue-source' });
    }
    if (drafts.some((d) => d.paragraph === s.paragraph && d.kind === 'claim')) return;
  }
  const claim = headlineClaim(tokens, c);
  if (!claim?.source || (claim.source[1] - claim.source[0] === 1 && words.placeLike(tokens[0]!.lower))) return;
  const [a, b] = claim.content;
  const speaker = registry.resolve(tokens.slice(claim.source[0], claim.source[1]), tokens[0]!.start);
  const rule = claim.cue.type === 'colon' ? HEADLINE_COLON : HEADLINE_SAYS;
  drafts.push({ kind: 'claim', start: tokens[a]!.start, end: tokens[b - 1]!.end, paragraph: s.paragraph, speaker, cue: claim.cue.text, partial: false, rule });
}

/** Every word of four letters or more has its capital ("Jane Roe Hammers the Plan"). */
function titleCase(tokens: readonly ClauseToken[]): boolean {
  const long = tokens.filter((t) => t.word && t.quote === undefined && t.text.length > 3);
  return long.length > 0 && long.every((t) => t.cap);
}

/** The rules of a headline (headline.ts): its claim after a colon or a title-case verb of speech, its quotations held at a distance. */
const HEADLINE_COLON = 'headline-colon';
const HEADLINE_SAYS = 'headline-says';
const HEADLINE_QUOTE = 'headline-quote';

/** "Poll: …", "Newspaper: …": the source's last word is the noun of a body or a document. */
function namesSourceNoun(s: Speaker | null, c: CompiledLexicon): boolean {
  const last = s?.mention.trim().split(/\s+/).pop()?.toLowerCase();
  return last !== undefined && last !== '' && sourceNoun(last, c);
}

/** Two resolved speakers are one entity (speaker-entities.ts's key: the same person, or a body of the same kind and name). */
function sameSource(a: Speaker | null, b: Speaker | null): boolean {
  return !!a?.name && !!b?.name && entityKey(a, a.name) === entityKey(b, b.name);
}

/** The name of the rule that makes a short quotation someone's words by the learned choice. */
export const SHORT_QUOTE = 'short-quote';

/**
 * A short quotation left a scare quote: the learned choice makes it its candidate's words when
 * the model says so (and the caller lets it choose); with explain it records what it weighed.
 */
function decideShortQuote(
  draft: Draft, tokens: readonly ClauseToken[], at: number, quoted: string, claim: EnclosingClaim | null, recent: Speaker | null,
  registry: EntityRegistry, c: CompiledLexicon, words: ArticleWords, model: ShortQuoteModel | null, choose: boolean, explain: boolean,
): void {
  const { candidate, subject } = shortQuoteCandidate(tokens, at, claim, recent, registry, c, words);
  const features = shortQuoteFeatures(tokens, at, quoted, claim, candidate, recent !== null, c);
  const p = model ? shortQuoteProbability(features, model) : 0;
  if (explain) draft.shortQuote = { features, speaker: candidate.speaker?.name ?? null, p };
  if (!choose || p <= 0.5 || !candidate.speaker) return;
  const speaker = subject ? registry.resolve(tokens.slice(subject[0], subject[1]), tokens[subject[0]]!.start) : candidate.speaker;
  Object.assign(draft, { kind: 'quote', speaker, cue: null, rule: SHORT_QUOTE });
}

/** Tokens [a, b) hold a verb of the reporting mood outside quotation marks ("sei", "habe"). */
function inReportingMood(tokens: readonly ClauseToken[], a: number, b: number, c: CompiledLexicon): boolean {
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    if (t.word && t.quote === undefined && !t.cap && c.reportedVerbs.has(t.lower)) return true;
  }
  return false;
}

/** A paragraph that is only a dash and a name of one to four capitalised words ("- Jane Roe."). */
const BYLINE_PARAGRAPH = /^\s*[-\u2013\u2014\u2015]\s*\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3}\s*$/u;

/** The name of the byline paragraph right after paragraph p, as tokens, or null. */
function bylineAfter(article: Article, p: number, c: CompiledLexicon): Token[] | null {
  const next = article.paragraphs[p + 1];
  if (!next || next.heading) return null;
  const line = article.text.slice(next.start, next.end);
  if (!BYLINE_PARAGRAPH.test(line)) return null;
  const words = tokenize(article.text, next.start, next.end, c.lex).filter((t) => t.word);
  return words.length > 0 && words.length <= 4 ? words : null;
}

/** Where the paragraph's last letter or digit ends (a closing mark or full stop may follow). */
function lastWordEnd(text: string, start: number, end: number): number {
  let k = end;
  while (k > start && !/[\p{L}\p{N}]/u.test(text[k - 1]!)) k--;
  return k;
}

/** A quote or a pronoun stands among the first `end` tokens. */
function quoteOrPronounBefore(tokens: readonly ClauseToken[], end: number): boolean {
  const pronoun = WORD_MALE | WORD_FEMALE | WORD_PLURAL | WORD_NEUTER;
  for (let k = 0; k < end; k++) if (tokens[k]!.quote !== undefined || (tokens[k]!.flags & pronoun) !== 0) return true;
  return false;
}

/** The source of the last speech cue of a sentence, if it names one. */
function lastCueSource(tokens: readonly ClauseToken[], c: CompiledLexicon): [number, number] | null {
  for (let j = tokens.length - 1; j > 0; j--) {
    const cue = cueAt(tokens, j, c);
    // Where a report goes on in its own mood, a verb that relays a judgement ("kritisierte die Pläne") reports its subject too.
    const relay = cue?.type === 'relay' && c.reportedVerbs.size > 0;
    if (!cue || (cue.type !== 'speech' && !relay) || c.weak.has(cue.text.toLowerCase())) continue;
    // "Am Rande der Sitzung sprach sich der Minister X gegen den Plan aus.": where the verb stands second, the fields name the subject.
    return verbSecondSubject(tokens, tokens.length, cue.at, c) ?? sourceOfCue(tokens, cue, c);
  }
  return null;
}
