// A sentence as the attribution rules see it: its tokens, with every quotation replaced by one
// placeholder token, so that "“…”, he said" reads as [QUOTE , he said]. Also the noun-phrase
// scans (left of a verb for its subject, right of it for an inverted subject or a source).
import {
  CUE_RELAY, CUE_SPEECH, WORD_ANONYMOUS_HEAD, WORD_CLAUSE_BREAK, WORD_COMPLEMENTIZER, WORD_CONJUNCTION, WORD_DETERMINER,
  WORD_FEMALE, WORD_HONORIFIC, WORD_INDEFINITE, WORD_MALE, WORD_NEUTER, WORD_ORG_HEAD, WORD_PARTICLE,
  WORD_PLURAL, WORD_RELATIVE, WORD_STOPWORD, WORD_TITLE, WORD_TITLE_LOOSE, WORD_VERB_MODIFIER, endsAsPossessive, flagsOf, isNumberWord, phraseAt, possessiveMarkAfter, withoutContraction,
  type CompiledLexicon
} from './lexicon/compiled';
import type { QuoteSpan } from './quotes';
import type { Sentence } from './sentences';
import { tokenize, type Token } from './tokens';
import { glossBefore, unspacedSubject } from './unspaced';

/** A token of a sentence; quote placeholders carry the index of their span. */
export interface ClauseToken extends Token {
  quote?: number;
}

/** Tokens of a sentence with each quote span (by index into spans) as one placeholder. */
export function clauseTokens(text: string, s: Sentence, spans: readonly QuoteSpan[], spanIdx: number[], c: CompiledLexicon): ClauseToken[] {
  const out: ClauseToken[] = [];
  let at = s.start;
  for (const qi of spanIdx) {
    const q = spans[qi]!;
    const from = Math.max(q.outerStart, s.start);
    if (from > at) tokenize(text, at, from, c.lex, out);
    const end = Math.min(q.outerEnd, s.end);
    if (isNickname(text, q, out[out.length - 1])) {
      // Marcia “Cia” Price: a nickname inside a name reads as a word of that name.
      const written = text.slice(from, end);
      const lower = written.toLowerCase();
      out.push({ text: written, lower, start: from, end, word: true, cap: true, flags: flagsOf(c, lower), quote: qi });
    } else out.push({ text: '\u201cQ\u201d', lower: '\u201cq\u201d', start: from, end, word: false, cap: false, flags: flagsOf(c, '\u201cq\u201d'), quote: qi });
    at = Math.min(q.outerEnd, s.end);
  }
  if (s.end > at) tokenize(text, at, s.end, c.lex, out);
  return out;
}

/** A one-word quotation between a capitalised word (or an initial) and a capitalised word. */
function isNickname(text: string, q: QuoteSpan, before: Token | undefined): boolean {
  if (!before || q.source !== 'marks' || !/^\p{Lu}[\p{L}'’-]*$/u.test(text.slice(q.start, q.end))) return false;
  const named = (before.word && before.cap) || (before.text === '.' && /\p{Lu}$/u.test(text.slice(before.start - 1, before.start)));
  return named && /^\s\p{Lu}/u.test(text.slice(q.outerEnd, q.outerEnd + 2));
}

const STOP_PUNCT = /^[.;:!?()[\]{}\u2014\u2013"“”«»]$/u;

/** Is this token a place where a noun phrase must end? */
function isBreak(t: ClauseToken, c: CompiledLexicon): boolean {
  if (t.quote !== undefined) return !t.word; // a nickname goes on with its name
  if (!t.word) return t.text === ',' || STOP_PUNCT.test(t.text);
  return (t.flags & WORD_CLAUSE_BREAK) !== 0 || (t.flags & WORD_COMPLEMENTIZER) !== 0;
}

/** Is this word a preposition or conjunction that ends a subject to its left ("with", "amid")? */
function endsSubject(t: ClauseToken, c: CompiledLexicon): boolean {
  if (!t.word || t.cap || (t.flags & WORD_STOPWORD) === 0 || (t.flags & WORD_DETERMINER) !== 0 || c.ofWords.has(t.lower)) return false;
  return !((t.flags & WORD_MALE) !== 0 || (t.flags & WORD_FEMALE) !== 0 || (t.flags & WORD_PLURAL) !== 0 || (t.flags & WORD_NEUTER) !== 0);
}

/**
 * The subject to the left of a verb at index v: skips auxiliaries and adverbs ("has", "also"),
 * comma-bound asides ("Lavrov, for his part, underlined") and keeps appositions ("Dmitry Peskov,
 * the Kremlin spokesman, said"). Returns [from, to) token indices, or null.
 */
export function subjectBefore(tokens: readonly ClauseToken[], v: number, c: CompiledLexicon): [number, number] | null {
  let end = v;
  while (end > 0 && tokens[end - 1]!.word && (modifiesVerb(tokens, end - 1, c) || isAdverbAt(tokens, end - 1, c))) end--;
  // "毛宁在例行记者会上表示": unspaced writing puts a coverb phrase (at, to, towards…) between the subject and its verb.
  if (c.lex.unspaced && c.locatives.size > 0) {
    for (let k = end - 1; k > 0 && end - k <= 10 && tokens[k]!.word; k--) {
      if (c.locatives.has(tokens[k]!.lower) && tokens[k - 1]!.word) {
        end = k;
        while (end > 0 && tokens[end - 1]!.word && modifiesVerb(tokens, end - 1, c)) end--;
        break;
      }
    }
  }
  if (end > 0 && tokens[end - 1]!.text === ',') {
    const comma = end - 1;
    const prev = previousComma(tokens, comma);
    const inner = tokens.slice(prev + 1, comma);
    // "Roe, during a town hall in Columbus, Ohio, said": a place after an aside's closing place is
    // still the aside; the subject stands before it.
    const before = prev > 0 ? previousComma(tokens, prev) : -1;
    const placeInAside = before >= 0 && inner.length > 0 && inner.length <= 3 && inner.every((t) => !t.word || t.cap) && opensAside(tokens[before + 1], c) && prev - before <= 9 && tokens[prev - 1]!.cap;
    if (placeInAside) end = before;
    else if (prev >= 0 && inner.length > 0 && (phraseAt(c.parentheticals, inner, 0) === inner.length || (opensAside(inner[0], c) && inner.length <= 8))) end = prev; // "Lavrov, for his part, said", "Roe, at a later briefing, said"
    else {
      // Appositions: "Name, a lawyer at X, who has long …, said" — walk back over the
      // descriptions to the name and keep them all with it.
      let k = comma;
      let closing = comma; // the comma that closes the chunk after k
      for (let chunks = 0; chunks < 4; chunks++) {
        const p = previousComma(tokens, k);
        const first = tokens[p + 1];
        // "Mitch McConnell, R-Ky., said": a party-and-state tag between commas describes too.
        const tag = first !== undefined && p + 2 === k && /^\p{Lu}-\p{Lu}/u.test(first.text);
        // "Jane Roe, who lives outside the state capital, Ashton, said": a place after a description
        // names what the description spoke of; the description goes on.
        const pp = p >= 0 ? previousComma(tokens, p) : -1;
        const named = p >= 0 && k - p - 1 <= 3 && tokens.slice(p + 1, k).every((t) => !t.word || t.cap);
        // "Jane Roe, a salesman from Ashton, Ohio, said": a place after a place that closes a
        // description ("from Ashton") goes on with that description too.
        const afterPlace = named && p >= 2 && tokens[p - 1]!.word && tokens[p - 1]!.cap && tokens[p - 2]!.word && !tokens[p - 2]!.cap && c.locatives.has(tokens[p - 2]!.lower);
        const placeInDescription = named && pp >= 0 && tokens[pp + 1] !== undefined && (((tokens[pp + 1]!.flags & WORD_RELATIVE) !== 0 && tokens[pp + 1]!.word) || afterPlace);
        if (placeInDescription) {
          closing = k;
          k = p;
          continue;
        }
        if (p < 0 || !first || (!describes(first, c, tokens[p + 2]) && !tag)) {
          // "After winning Ohio, Gov. Jane Roe (R-Ohio), said": an opening adverbial is no name; the
          // titled name after it is the subject.
          if (p < 0 && k < comma && openingAdverbial(tokens, c) && tokens[k + 1]?.cap) {
            const gloss = glossBefore(tokens, closing);
            const named = scanLeft(tokens, gloss > 0 ? gloss : closing, c);
            return named && named[0] <= k + 2 ? [named[0], comma] : null;
          }
          const name = p < 0 ? subjectBefore(tokens, k, c) : nameChunk(tokens, p + 1, k, c);
          return name ? [name[0], comma] : null;
        }
        closing = k;
        k = p;
      }
      return null;
    }
  }
  while (end > 0 && tokens[end - 1]!.word && (modifiesVerb(tokens, end - 1, c) || isAdverbAt(tokens, end - 1, c))) end--;
  // "王伟（Wang Wei）表示", "Rep. Jane Doe (D-Ohio) said": the subject is the name before its
  // bracketed gloss or tag, bracket included.
  const gloss = glossBefore(tokens, end);
  if (gloss > 0) {
    const named = scanLeft(tokens, gloss, c);
    if (named) return [named[0], end];
  }
  const np = scanLeft(tokens, end, c);
  return np ? withRole(tokens, np, c) : null;
}

/** A lower-case function word that opens an aside between commas ("at a later briefing", "during a visit"). */
function opensAside(t: ClauseToken | undefined, c: CompiledLexicon): boolean {
  return t !== undefined && t.word && !t.cap && (t.flags & WORD_STOPWORD) !== 0 && (t.flags & (WORD_DETERMINER | WORD_CLAUSE_BREAK | WORD_RELATIVE | WORD_COMPLEMENTIZER)) === 0 && !isPronoun(t, c);
}

/**
 * The sentence opens with an adverbial: a function word that is no article or pronoun, then a
 * lower-case word ("After winning…", "After the vote"), not a name ("But Jane Roe").
 */
function openingAdverbial(tokens: readonly ClauseToken[], c: CompiledLexicon): boolean {
  const [first, second] = tokens;
  return first !== undefined && first.word && (first.flags & WORD_STOPWORD) !== 0 && (first.flags & WORD_DETERMINER) === 0 && !isPronoun(first, c) && second !== undefined && second.word && !second.cap;
}

/**
 * An auxiliary or verb modifier before the verb ("has", "also"); a capitalised one after a
 * capital ("Theresa May") or right after a quotation ("“…,” Will wrote") is a name.
 */
function modifiesVerb(tokens: readonly ClauseToken[], k: number, c: CompiledLexicon): boolean {
  const t = tokens[k]!;
  const before = tokens[k - 1];
  const named = t.cap && before !== undefined && ((before.word && before.cap) || (before.quote !== undefined && !before.word));
  // (Where every noun has a capital, a capital tells nothing.)
  return (t.flags & WORD_VERB_MODIFIER) !== 0 && (c.lex.capitalisedNouns === true || c.dateWords.has(t.lower) || !named);
}

/**
 * "A spokesman for Clinton said": the subject is the unnamed someone with the phrase after the
 * preposition, not only "Clinton". An indefinite, lower-case words, then the preposition.
 */
function withRole(tokens: readonly ClauseToken[], np: [number, number], c: CompiledLexicon): [number, number] {
  const prep = tokens[np[0] - 1];
  if (!prep || !prep.word || prep.cap || (prep.flags & WORD_STOPWORD) === 0 || (prep.flags & WORD_DETERMINER) !== 0 || (prep.flags & WORD_CLAUSE_BREAK) !== 0 || (prep.flags & WORD_COMPLEMENTIZER) !== 0 || isPronoun(prep, c)) return np;
  // "People close to the president said", "Officials familiar with the talks said": an anonymous
  // head, then a marker of one ("familiar with", "close to") that ends on the preposition: the
  // source is the head with its phrase, not the one it is close to.
  const marker = np[0] - 2;
  if (marker > 0 && tokens[marker]!.word && !tokens[marker]!.cap && phraseAt(c.anonymousMarkers, tokens, marker) === 2) {
    const head = scanLeft(tokens, marker, c, false);
    if (head && (tokens[head[1] - 1]!.flags & WORD_ANONYMOUS_HEAD) !== 0) return [head[0], np[1]];
  }
  let k = np[0] - 2;
  while (k >= 0 && np[0] - 1 - k <= 4 && tokens[k]!.word && !tokens[k]!.cap && (tokens[k]!.flags & WORD_STOPWORD) === 0 && (tokens[k]!.flags & CUE_SPEECH) === 0) k--;
  const first = tokens[k];
  if (first && k < np[0] - 2 && first.word && (first.flags & WORD_INDEFINITE) !== 0) {
    const before = tokens[k - 1];
    return before === undefined || before.text === ',' || before.quote !== undefined ? [k, np[1]] : np;
  }
  // "Protesters marching through the streets chanted": a group that opens the sentence, with what it was doing.
  const doing = tokens[k + 1];
  const participle = doing !== undefined && (c.lex.participleEndings ?? []).some((e) => doing.lower.endsWith(e));
  if (k === 0 && first?.cap && (first.flags & WORD_ANONYMOUS_HEAD) !== 0 && k + 1 < np[0] - 1 && participle) return [0, np[1]];
  return np;
}

/**
 * Can these words name a source? Something in them must: a capital, a pronoun, a title, a
 * body or an anonymous head, or a determiner in front. "took diet pills bought online" cannot.
 */
function nominal(tokens: readonly ClauseToken[], start: number, end: number, c: CompiledLexicon): boolean {
  if (c.lex.unspaced) return true;
  for (let k = start; k < end; k++) {
    const t = tokens[k]!;
    if (!t.word) continue;
    if (t.cap || isPronoun(t, c) || (t.flags & WORD_PLURAL) !== 0 || (t.flags & WORD_NEUTER) !== 0 || (t.flags & WORD_TITLE) !== 0 || (t.flags & WORD_ORG_HEAD) !== 0 || (t.flags & WORD_ANONYMOUS_HEAD) !== 0) return true;
    if (k === start && (t.flags & WORD_DETERMINER) !== 0) return true;
  }
  return false;
}

/** A number, in figures or as a word of the lexicon's numberWords. */
function isQuantity(t: ClauseToken | undefined, c: CompiledLexicon): boolean {
  return t !== undefined && t.word && isNumberWord(t.lower, c);
}

/** The number at i closes a quantity with a preposition inside ("six in 10", "one of 4"). */
export function closesQuantity(tokens: readonly ClauseToken[], i: number, c: CompiledLexicon): boolean {
  const link = tokens[i - 1];
  return link !== undefined && link.word && !link.cap && (link.flags & WORD_STOPWORD) !== 0 && isQuantity(tokens[i], c) && isQuantity(tokens[i - 2], c);
}

function scanLeft(tokens: readonly ClauseToken[], end: number, c: CompiledLexicon, join = true): [number, number] | null {
  // "…in an interview with RT he blasted": a subject pronoun right before the verb is the whole subject.
  const last = tokens[end - 1];
  if (last?.word && (personPronoun(last, c) || groupPronoun(last, c)) && tokens[end - 2]?.word) return [end - 1, end];
  let start = end;
  while (start > 0 && end - start < 12) {
    const t = tokens[start - 1]!;
    // "Joint Committee on Intelligence and Security": a small word between capitals is inside a name.
    const inName = t.word && !t.cap && t.lower.length <= 3 && (t.flags & WORD_STOPWORD) !== 0 && (t.flags & WORD_DETERMINER) === 0 && (t.flags & WORD_COMPLEMENTIZER) === 0 &&
      tokens[start]?.cap === true && (tokens[start]!.flags & WORD_STOPWORD) === 0 && tokens[start - 2]?.cap === true && (tokens[start - 2]!.flags & WORD_STOPWORD) === 0;
    // "Six in 10 said", "one in five voters": a preposition between two numbers is inside the quantity.
    const inQuantity = closesQuantity(tokens, start, c);
    if (!inName && !inQuantity && (isBreak(t, c) || endsSubject(t, c))) {
      // "the head of the agency": keep going over "of"; a relative "who" points before its comma.
      break;
    }
    if (t.word && ((t.flags & CUE_SPEECH) !== 0 || (t.flags & CUE_RELAY) !== 0) && !t.cap && start < end) break;
    start--;
  }
  if (start === end) {
    const t = tokens[start - 1];
    if (t && t.word && (t.flags & WORD_RELATIVE) !== 0 && tokens[start - 2]?.text === ',') return pastPlace(tokens, scanLeft(tokens, start - 2, c), c);
    // "the Chicago Police Department which reported": the body the relative points back to.
    if (t && t.word && (t.flags & WORD_RELATIVE) !== 0 && (t.flags & WORD_COMPLEMENTIZER) === 0 && tokens[start - 2]?.word) {
      const body = scanLeft(tokens, start - 1, c);
      if (body && tokens.slice(body[0], body[1]).some((x) => (x.flags & WORD_ORG_HEAD) !== 0)) return body;
    }
    return null;
  }
  // Between a comma (or a quote) and its verb, a short phrase is the subject whatever its words:
  // "…, forecasters said."
  const bounded = start > 0 && (tokens[start - 1]!.text === ',' || tokens[start - 1]!.quote !== undefined) && end - start <= 4;
  if (!bounded && !nominal(tokens, start, end, c)) return null;
  return (join ? coordinated(tokens, start, end, c) : null) ?? [start, end];
}

/**
 * "Democrats and civil rights groups said": a source joined to another by a coordinator, the
 * first opening the sentence, is one source of two; the phrase takes both. Null otherwise.
 */
function coordinated(tokens: readonly ClauseToken[], start: number, end: number, c: CompiledLexicon): [number, number] | null {
  const and = tokens[start - 1];
  if (!and?.word || and.cap || !c.coordinators.has(and.lower) || start < 2) return null;
  const left = scanLeft(tokens, start - 1, c, false);
  if (!left) return null;
  // "the former senator and current nominee": a second title with no article of its own is the same person's.
  const right = tokens.slice(start, end).filter((t) => t.word);
  if ((right[0]!.flags & WORD_DETERMINER) === 0 && !right[0]!.cap && (right[right.length - 1]!.flags & (WORD_TITLE | WORD_TITLE_LOOSE)) !== 0) return null;
  // The first is a name or a source's noun, with no verb and object in it ("met the governor").
  const head = tokens[left[1] - 1]!;
  if (!head.cap && (head.flags & (WORD_ORG_HEAD | WORD_ANONYMOUS_HEAD | WORD_TITLE)) === 0) return null;
  for (let j = left[0]; j < left[1] - 1; j++) {
    const t = tokens[j]!;
    if (t.word && !t.cap && (t.flags & WORD_STOPWORD) === 0 && (tokens[j + 1]!.flags & WORD_DETERMINER) !== 0) return null;
  }
  // The first must open the clause ("Both X and Y"): "X met the governor and officials said" joins no sources.
  let k = left[0];
  while (k > 0 && tokens[k - 1]!.word && (tokens[k - 1]!.flags & WORD_VERB_MODIFIER) !== 0 && !tokens[k - 1]!.cap) k--;
  const opens = k === 0 || (!tokens[k - 1]!.word && (tokens[k - 1]!.quote !== undefined || tokens[k - 1]!.text === ','));
  return opens && end - left[0] <= 16 ? [left[0], end] : null;
}

/** "Jane Roe (SPD),": past a bracketed tag of at most six tokens right after a name (before limit), else e itself. */
export function pastTag(tokens: readonly ClauseToken[], e: number, limit = tokens.length): number {
  if (tokens[e]?.text !== '(') return e;
  let k = e + 1;
  while (k < limit && k - e <= 6 && tokens[k]!.text !== ')') k++;
  return tokens[k]?.text === ')' ? k + 1 : e;
}

/**
 * Extends a source phrase with what describes it right after: a bracketed tag ("(D-Ohio)") and
 * an apposition up to the next comma or the sentence's end ("…, said Jane Doe, a lawyer at X.").
 */
export function withApposition(tokens: readonly ClauseToken[], range: [number, number], c: CompiledLexicon): [number, number] {
  const named = nameAfterDescription(tokens, range, c);
  if (named) return named;
  const end = pastTag(tokens, range[1]);
  if (tokens[end]?.text !== ',') return [range[0], end];
  const first = tokens[end + 1];
  if (!first || !first.word) return [range[0], end];
  const opening = tokens.slice(end + 1, end + 4);
  // "…, said Jane Roe, of the Mayfield Baptist Church.": an affiliation describes her too.
  const affiliation = c.affiliation.has(first.lower) && (tokens[end + 2]?.cap === true || c.determiners.has(tokens[end + 2]?.lower ?? ''));
  const descriptive = (describes(first, c, tokens[end + 2]) && (first.flags & CUE_SPEECH) === 0) || affiliation || opening.some((t) => t.word && (t.flags & WORD_TITLE) !== 0);
  if (!descriptive) return [range[0], end];
  let k = end + 1;
  while (k < tokens.length && tokens[k]!.quote === undefined && !/^[.;:!?]$/.test(tokens[k]!.text)) {
    // A further comma goes on into more description ("…, a lawyer, who …, and has …").
    if (tokens[k]!.text === ',' && !(tokens[k + 1]?.word && !tokens[k + 1]!.cap && (tokens[k + 1]!.flags & CUE_SPEECH) === 0)) break;
    k++;
  }
  // Only an apposition that closes the sentence (or is followed by a short "in a statement"):
  // anything else may be the reported words.
  const closes = k >= tokens.length || (/^[.;!?]$/.test(tokens[k]!.text) && k >= tokens.length - 2) || (tokens[k]!.text === ',' && shortTail(tokens, k + 1, c));
  if (k - end > 48 || !closes) return [range[0], end];
  return [range[0], k];
}

/**
 * "Jane Roe, chairwoman of the association: “…”", "sagte Jane Roe, Gründerin der Band: „…“": the
 * source phrase found is a description, and the name stands right before it with a comma. The
 * phrase then opens with the name (2-4 capitalised words after the sentence's start, a quote or
 * the cue), so the registry finds the person, not the role.
 */
export function withNameBefore(tokens: readonly ClauseToken[], range: [number, number], c: CompiledLexicon): [number, number] {
  if (tokens[range[0] - 1]?.text !== ',' || c.lex.unspaced) return range;
  const inner = tokens.slice(range[0], range[1]).filter((t) => t.word);
  const first = inner[0];
  if (!first) return range;
  const firstAt = tokens.indexOf(first, range[0]);
  const description = (first.flags & (WORD_DETERMINER | WORD_TITLE)) !== 0 || (!first.cap && (first.flags & WORD_STOPWORD) === 0) || describes(first, c, tokens[firstAt + 1]) ||
    (c.lex.capitalisedNouns === true && (inner.length === 1 || inner.some((t) => !t.cap && (t.flags & WORD_STOPWORD) !== 0)));
  if (!description) return range;
  let k = range[0] - 1;
  let words = 0;
  while (k > 0 && tokens[k - 1]!.word && tokens[k - 1]!.quote === undefined && (tokens[k - 1]!.cap || ((tokens[k - 1]!.flags & WORD_PARTICLE) !== 0 && tokens[k - 2]?.cap === true)) &&
    ((tokens[k - 1]!.flags & (WORD_STOPWORD | WORD_TITLE | WORD_DETERMINER)) === 0 || (tokens[k - 1]!.flags & WORD_PARTICLE) !== 0)) {
    if (tokens[k - 1]!.cap) words++;
    k--;
  }
  if (words < 2 || words > 4) return range;
  const before = tokens[k - 1];
  const opens = before === undefined || !before.word || (before.flags & CUE_SPEECH) !== 0;
  return opens ? [k, range[1]] : range;
}

/**
 * "…”, said the chairman of the association, Jane Roe.": a description opens the phrase (an
 * article or a title first) and the name follows it after a comma, closing the clause. The phrase
 * runs to the end of the name, so the registry finds the person in it, not the description.
 */
function nameAfterDescription(tokens: readonly ClauseToken[], range: [number, number], c: CompiledLexicon): [number, number] | null {
  const head = tokens[range[0]];
  // "Roe’s deputy campaign manager, John Doe": a possessor opens a description as an article does, when a title follows it.
  const possessor = head?.word === true && head.cap && endsAsPossessive(head.text, c) && tokens.slice(range[0] + 1, range[1]).some((t) => t.word && (t.flags & (WORD_TITLE | WORD_TITLE_LOOSE)) !== 0);
  if (!head?.word || ((head.flags & WORD_DETERMINER) === 0 && (head.flags & WORD_TITLE) === 0 && !possessor)) return null;
  // The description may go on past the phrase found ("of the association") up to the comma.
  let comma = range[1];
  // A genitive article ("die Geschäftsführerin der Organisation, Jane Roe") goes on with the description, though it may be a relative too.
  const genitive = (t: ClauseToken): boolean => !t.cap && c.genitiveDeterminers.has(t.lower) && tokens[comma + 1]?.word === true;
  // "the former mayor and city attorney, Jane Roe": a conjunction before another title goes on with the description.
  const coordinated = (t: ClauseToken): boolean => !t.cap && (t.flags & WORD_CONJUNCTION) !== 0 && tokens.slice(comma + 1, comma + 4).some((x) => x.word && (x.flags & (WORD_TITLE | WORD_TITLE_LOOSE)) !== 0);
  while (comma < tokens.length && comma - range[1] <= 6 && tokens[comma]!.word && tokens[comma]!.quote === undefined &&
    ((tokens[comma]!.flags & (WORD_COMPLEMENTIZER | WORD_CLAUSE_BREAK | WORD_RELATIVE | WORD_VERB_MODIFIER | CUE_SPEECH)) === 0 || genitive(tokens[comma]!) || coordinated(tokens[comma]!))) comma++;
  if (tokens[comma]?.text !== ',') return null;
  let m = comma + 1;
  let words = 0;
  // "…, General Jane Roe": a title before the name is part of the apposition.
  while (tokens[m]?.word && tokens[m]!.cap && (tokens[m]!.flags & WORD_TITLE) !== 0 && tokens[m + 1]?.word && tokens[m + 1]!.cap) m++;
  while (tokens[m]?.word && tokens[m]!.quote === undefined && (tokens[m]!.cap || ((tokens[m]!.flags & WORD_PARTICLE) !== 0 && words > 0)) &&
    ((tokens[m]!.flags & (WORD_STOPWORD | WORD_TITLE | WORD_DETERMINER)) === 0 || (tokens[m]!.flags & WORD_PARTICLE) !== 0)) {
    if (tokens[m]!.cap) words++;
    m++;
  }
  if (words < 2 || words > 4) return null;
  m = pastTag(tokens, m);
  // "sagte der Sprecher der Armee, Jane Roe heute in …": a time word or a preposition after the name goes on with the sentence.
  const next = tokens[m];
  const goesOn = next !== undefined && next.word && !next.cap && (c.dateWords.has(next.lower) || (next.flags & WORD_VERB_MODIFIER) !== 0 || ((next.flags & WORD_STOPWORD) !== 0 && (next.flags & (WORD_DETERMINER | WORD_RELATIVE | WORD_COMPLEMENTIZER | WORD_CLAUSE_BREAK)) === 0));
  // "beurteilte der Geschäftsführer der Fraktion, Jane Roe das Pontifikat": where the verb stands second, an object may follow the subject's name.
  const object = c.lex.verbSecond === true && next !== undefined && next.word && !next.cap && (next.flags & WORD_DETERMINER) !== 0 && tokens[m + 1]?.word === true;
  const closes = m >= tokens.length || (/^[.;!?]$/.test(tokens[m]!.text) && m >= tokens.length - 2) || (tokens[m]!.text === ',' && tokens[m + 1]?.word === true) || goesOn || object;
  return closes ? [range[0], m] : null;
}

/**
 * The subject at the head of a sentence, before token limit: a name, a pronoun or a titled
 * name followed by a lower-case word (its verb). A leading adverbial up to a comma is skipped.
 */
export function sentenceSubject(tokens: readonly ClauseToken[], limit: number, c: CompiledLexicon): [number, number] | null {
  if (c.lex.unspaced) return unspacedSubject(tokens, limit, c); // no capitals to go by
  // "Read more: “…”", "Watch: …": a sentence that opens with the page's chrome has no subject.
  if (opensWithChrome(tokens, c)) return null;
  const first = tokens[0];
  const comma = indexBefore(tokens, 12, (t) => t.text === ',');
  const adverbial = first && first.word && (first.flags & WORD_STOPWORD) !== 0 && !isPronoun(first, c);
  // An opening adverbial may run longer ("In addition to X and the woman who…, Jane Roe recalls").
  if (adverbial && (first.flags & WORD_DETERMINER) === 0) return afterOpening(tokens, indexBefore(tokens, OPENING_MAX, (t) => t.text === ',' || (t.quote !== undefined && !t.word)), limit, c);
  // "Preceded by a video, Jane Roe launched…", "Reading the name as if…, Jane Roe": a capitalised
  // participle or adverb that opens the sentence before a function word opens a phrase, not a name.
  if (openingVerbal(tokens, c)) {
    const end = indexBefore(tokens, OPENING_MAX, (t) => t.text === ',');
    if (end > 1 && end < limit) return afterOpening(tokens, end, limit, c);
  }
  // "Earlier Saturday, Yoon apologised": when the opening words are no subject, an adverbial
  // up to the first comma may stand before it.
  // "Conversely, Jane Roe rated…": one opening word and a comma is an adverb, not the subject.
  const found = subjectFrom(tokens, 0, limit, c) ?? ((adverbial || comma === 1) && comma > 0 ? subjectFrom(tokens, comma + 1, limit, c) : null);
  return found && c.lex.verbSecond === true ? (pronounAfterVerb(tokens, found, limit, c) ?? found) : found;
}

/**
 * "Die Entscheidung wolle er der NATO überlassen": where the verb stands second, a field that
 * is an article and one noun is the object when a subject pronoun stands right after the verb;
 * the pronoun is the subject.
 */
function pronounAfterVerb(tokens: readonly ClauseToken[], [a, b]: [number, number], limit: number, c: CompiledLexicon): [number, number] | null {
  const first = tokens[a], verb = tokens[b], pronoun = tokens[b + 1];
  if (a !== 0 || b + 1 >= limit || !first?.word || (first.flags & WORD_DETERMINER) === 0 || !verb?.word || verb.cap || (verb.flags & WORD_DETERMINER) !== 0) return null;
  if (!pronoun?.word || !personPronoun(pronoun, c)) return null;
  // One noun: an article and its noun ("Die Entscheidung", "Den Vorschlag"), no name with it.
  // (A body or a document may be the object too: a subject pronoun has the subject's case.)
  const nouns = tokens.slice(a + 1, b).filter((t) => t.word && t.cap && (t.flags & WORD_STOPWORD) === 0);
  if (nouns.length !== 1) return null;
  return [b + 1, b + 2];
}

/**
 * The first index under `max` whose token passes, else -1: findIndex with a bound in its
 * predicate went on to the sentence's last token, for each quotation of a long sentence.
 */
export function indexBefore(tokens: readonly ClauseToken[], max: number, pass: (t: ClauseToken) => boolean): number {
  for (let i = 0; i < max && i < tokens.length; i++) if (pass(tokens[i]!)) return i;
  return -1;
}

/** The sentence's first words (up to four) are a page string of the lexicon, followed by a colon, a dash or a quotation. */
function opensWithChrome(tokens: readonly ClauseToken[], c: CompiledLexicon): boolean {
  if (c.pageStrings.size === 0) return false;
  // Every phrase tried starts with the first word: a word no page string starts with opens none.
  const first = tokens[0];
  if (first === undefined || !chromeFirstWords(c).has(first.lower)) return false;
  let phrase = '';
  for (let k = 0; k < 4 && tokens[k]?.word; k++) {
    phrase = k === 0 ? tokens[k]!.lower : `${phrase} ${tokens[k]!.lower}`;
    const next = tokens[k + 1];
    if (c.pageStrings.has(phrase) && (next === undefined || next.text === ':' || DASH_TOKEN.test(next.text) || (next.quote !== undefined && !next.word))) return true;
  }
  return false;
}

const DASH_TOKEN = /^[\u2014\u2013-]$/;

/** The first words of the lexicon's page strings, made once per lexicon. */
const chromeFirsts = new WeakMap<CompiledLexicon, Set<string>>();
function chromeFirstWords(c: CompiledLexicon): Set<string> {
  let s = chromeFirsts.get(c);
  if (!s) chromeFirsts.set(c, (s = new Set([...c.pageStrings].map((p) => p.split(' ')[0]!))));
  return s;
}

/** The sentence opens with a capitalised participle, past form or adverb and then a lower-case function word. */
function openingVerbal(tokens: readonly ClauseToken[], c: CompiledLexicon): boolean {
  const first = tokens[0], next = tokens[1];
  if (!first?.word || !first.cap || !next?.word || next.cap || (next.flags & WORD_STOPWORD) === 0 || (next.flags & CUE_SPEECH) !== 0) return false;
  const w = first.lower;
  const ends = (list: readonly string[] | undefined) => (list ?? []).some((e) => w.endsWith(e) && w.length > e.length + 2);
  return ends(c.lex.participleEndings) || ends(c.lex.finiteVerbEndings) || ends(c.lex.adverbEndings);
}

/**
 * "Bemoaning the “phony system,” Jane Roe accused…": a sentence that opens with a participle
 * phrase up to a comma; returns the main clause's subject, for a quote inside that phrase.
 */
export function participleOpening(tokens: readonly ClauseToken[], ti: number, c: CompiledLexicon): [number, number] | null {
  const first = tokens[0];
  if (c.lex.unspaced || !first?.word || !first.cap || !(c.lex.participleEndings ?? []).some((e) => first.lower.endsWith(e) && first.lower.length > e.length + 2)) return null;
  if (ti > 16) return null;
  // The phrase ends at a comma after the quote, or inside it ("“phony system,” Jane Roe…").
  const next = tokens[ti + 1]?.text === ',' ? ti + 2 : ti + 1;
  const subject = subjectFrom(tokens, next, tokens.length, c);
  return subject && (tokens[next]!.cap || isPronoun(tokens[next]!, c)) ? subject : null;
}

/** How many tokens an opening adverbial may run before the subject. */
const OPENING_MAX = 24;

/** The subject after an opening adverbial, which may hold commas itself ("On July 6, 2015, Jane Roe said"). */
function afterOpening(tokens: readonly ClauseToken[], comma: number, limit: number, c: CompiledLexicon): [number, number] | null {
  // A comma, or a quotation whose comma is inside its marks (On “Face the Nation,” Jane Roe…).
  const stop = (t: ClauseToken) => t.text === ',' || (t.quote !== undefined && !t.word);
  for (let k = comma; k >= 0 && k < OPENING_MAX && k < limit; k = tokens.findIndex((t, i) => i > k && i < OPENING_MAX && stop(t))) {
    const subject = subjectFrom(tokens, k + 1, limit, c);
    if (subject) return subject;
  }
  return null;
}

function subjectFrom(tokens: readonly ClauseToken[], start: number, limit: number, c: CompiledLexicon, after = -1): [number, number] | null {
  let end = after >= 0 ? after : start;
  while (after < 0 && end < limit && end - start < 8) {
    const t = tokens[end]!;
    if (!t.word) break;
    const nominal = t.cap || (t.flags & WORD_DETERMINER) !== 0 || (end === start && (t.flags & WORD_INDEFINITE) !== 0) || (t.flags & WORD_TITLE) !== 0 || (t.flags & WORD_HONORIFIC) !== 0 || (end === start && (isPronoun(t, c) || groupPronoun(t, c)));
    // "Democratic presidential nominee Jane Roe": a modifier before a title within the phrase.
    const modifier = !nominal && (t.flags & WORD_STOPWORD) === 0 && (t.flags & CUE_SPEECH) === 0 &&
      [1, 2].some((d) => tokens[end + d]?.word && (tokens[end + d]!.flags & WORD_TITLE) !== 0 && (d === 1 || (tokens[end + 1]!.flags & WORD_STOPWORD) === 0));
    if (!nominal && !modifier) break;
    end++;
  }
  // "His former business partner at Lenox, Jane Roe, called…": a possessive opens a description
  // that runs to a comma, with the name in apposition after it.
  if (end > start && tokens.slice(start, end).every((t) => (t.flags & WORD_DETERMINER) !== 0 || (t.flags & WORD_INDEFINITE) !== 0)) {
    let k = end;
    while (k < limit && k - start < 10 && tokens[k]!.word && (tokens[k]!.flags & CUE_SPEECH) === 0) k++;
    if (tokens[k]?.text === ',' && k < limit && (tokens[start]!.flags & WORD_INDEFINITE) === 0) end = k;
    else {
      // "The ministry issued…", "several environmental groups granted…": an article, perhaps a
      // modifier, and the head noun of a source.
      const isHead = (t: ClauseToken | undefined) => t !== undefined && t.word && !t.cap && ((t.flags & WORD_ORG_HEAD) !== 0 || (t.flags & WORD_TITLE) !== 0 || (t.flags & WORD_ANONYMOUS_HEAD) !== 0);
      const modified = tokens[end]?.word && (tokens[end]!.flags & WORD_STOPWORD) === 0 && isHead(tokens[end + 1]) && !isHead(tokens[end]);
      if (modified && end + 1 < limit) end++;
      while (end < limit && end - start < 4 && isHead(tokens[end])) end++;
      if (!isHead(tokens[end - 1])) return null;
    }
  }
  else if (end > start && (tokens[start]!.flags & WORD_DETERMINER) !== 0 && tokens[end]?.word && !tokens[end]!.cap && (tokens[end]!.flags & WORD_STOPWORD) !== 0 && (tokens[end]!.flags & WORD_CLAUSE_BREAK) === 0) {
    // "His former business partner at Lenox, Jane Roe, called…": the description runs on to its comma.
    let k = end;
    while (k < limit && k - start < 12 && tokens[k]!.word && (tokens[k]!.flags & CUE_SPEECH) === 0) k++;
    if (tokens[k]?.text === ',' && k < limit) end = k;
  }
  if (end === start || end >= limit) return null;
  // "Sen. Jane Roe (D-Ohio) scolded him": a bracketed tag after the name belongs to it.
  if (tokens[end]!.text === '(') {
    let k = end + 1;
    while (k < limit && k - end <= 8 && tokens[k]!.text !== ')') k++;
    if (tokens[k]?.text === ')' && tokens[k + 1]?.word && !tokens[k + 1]!.cap && k + 1 < limit) return [start, k + 1];
    // "Sen. Jane Roe (Vt.), who lost…, identified…": the tag, then a description between commas.
    if (tokens[k]?.text !== ')' || tokens[k + 1]?.text !== ',') return null;
    const described = subjectFrom(tokens, start, limit, c, k + 1);
    return described ? [start, k + 1] : null;
  }
  // "Another critic, Laurence H. Tribe, likened…": a name in apposition to the subject.
  if (tokens[end]!.text === ',') {
    let k = end + 1;
    while (k < limit && k - end <= 8 && ((tokens[k]!.word && (tokens[k]!.cap || (tokens[k]!.flags & WORD_PARTICLE) !== 0)) || initialDot(tokens, k))) k++;
    if (k > end + 1 && tokens[k]?.text === ',' && tokens[k + 1]?.word && !tokens[k + 1]!.cap && k + 1 < limit) return [start, k];
    // "Andrés Molina, portavoz del partido, no estaba…": a name, its description, then the verb.
    const named = tokens.slice(start, end).some((t) => t.cap && (t.flags & WORD_STOPWORD) === 0 && (t.flags & WORD_TITLE) === 0);
    const first = tokens[end + 1];
    if (named && first?.word && !first.cap && ((first.flags & WORD_TITLE) !== 0 || (first.flags & WORD_DETERMINER) !== 0 || (first.flags & WORD_RELATIVE) !== 0 || describesFreely(first, c))) {
      let m = end + 1;
      while (m < limit && m - end <= 10 && tokens[m]!.text !== ',' && tokens[m]!.quote === undefined && !/^[.;:!?]$/.test(tokens[m]!.text)) m++;
      if (tokens[m]?.text === ',' && tokens[m + 1]?.word && !tokens[m + 1]!.cap && m + 1 < limit) return [start, end];
    }
    return null;
  }
  if (!tokens[end]?.word || tokens[end]!.cap) return null;
  if (endsAsPossessive(tokens[end - 1]!.text, c, true)) {
    // "Jane Roe’s campaign is…", "Jane Roe’s spokesman said": a possessor and the head of a source.
    const isHead = (t: ClauseToken | undefined) => t !== undefined && t.word && !t.cap && ((t.flags & WORD_ORG_HEAD) !== 0 || (t.flags & WORD_TITLE) !== 0 || (t.flags & WORD_ANONYMOUS_HEAD) !== 0);
    const k = isHead(tokens[end]) ? end + 1 : tokens[end]!.word && (tokens[end]!.flags & WORD_STOPWORD) === 0 && isHead(tokens[end + 1]) ? end + 2 : -1;
    return k > 0 && k < limit && tokens[k]?.word && !tokens[k]!.cap ? [start, k] : null; // not "Monday’s debate"
  }
  return [start, end];
}

/** An adverb before a verb ("forcefully told"), not a noun after its article ("the family said"). */
function isAdverbAt(tokens: readonly ClauseToken[], k: number, c: CompiledLexicon): boolean {
  const before = tokens[k - 1];
  return isAdverb(tokens[k]!, c) && !(before?.word && ((before.flags & WORD_DETERMINER) !== 0 || endsAsPossessive(before.text, c)));
}

/**
 * "Jane Roe, the city's police chief, said…": the subject's name with the description between
 * commas after it, when a lower-case word (the verb) follows. Null when the subject has none.
 */
export function describedSubject(tokens: readonly ClauseToken[], subject: [number, number], c: CompiledLexicon): [number, number] | null {
  const comma = subject[1];
  const first = tokens[comma + 1];
  if (tokens[comma]?.text !== ',' || !first?.word || first.cap || !((first.flags & WORD_DETERMINER) !== 0 || (first.flags & WORD_TITLE) !== 0 || (first.flags & WORD_RELATIVE) !== 0 || describesFreely(first, c))) return null;
  let m = comma + 1;
  while (m < tokens.length && m - comma <= 16 && tokens[m]!.text !== ',' && tokens[m]!.quote === undefined && !/^[.;:!?]$/.test(tokens[m]!.text)) m++;
  const verb = tokens[m + 1];
  return tokens[m]?.text === ',' && verb?.word && !verb.cap && (verb.flags & WORD_STOPWORD) === 0 ? [subject[0], m] : null;
}

/** The full stop of an initial inside a name ("Lawrence B. Cummings"). */
export function initialDot(tokens: readonly ClauseToken[], k: number): boolean {
  const t = tokens[k]!;
  const before = tokens[k - 1];
  return t.text === '.' && before !== undefined && before.end === t.start && /^\p{Lu}$/u.test(before.text) && tokens[k + 1]?.cap === true;
}

/** A description may open with a content word ("political science professor at X"), not a participle ("appearing after X"). */
function describesFreely(t: ClauseToken, c: CompiledLexicon): boolean {
  return (t.flags & WORD_STOPWORD) === 0 && (t.flags & CUE_SPEECH) === 0 && !(c.lex.participleEndings ?? []).some((e) => t.lower.endsWith(e));
}

/** A lower-case word with an adverb ending ("forcefully told"). */
export function isAdverb(t: ClauseToken, c: CompiledLexicon): boolean {
  return !t.cap && t.lower.length > 4 && (c.lex.adverbEndings ?? []).some((e) => t.lower.endsWith(e));
}

function isPronoun(t: ClauseToken, c: CompiledLexicon): boolean {
  if ((t.flags & WORD_MALE) !== 0 || (t.flags & WORD_FEMALE) !== 0) return true;
  if (!t.word || (t.lower.indexOf('’') < 0 && t.lower.indexOf("'") < 0)) return false;
  const p = withoutContraction(t.lower, c);
  return c.male.has(p) || c.female.has(p);
}

/** "He said…", "She blasted…": the subject pronoun of a person (the first of each gender's list). */
export function personPronoun(t: ClauseToken, c: CompiledLexicon): boolean {
  return t.lower === c.lex.pronouns.male[0] || t.lower === c.lex.pronouns.female[0];
}

/**
 * "…in an interview he blasted the media for being “unbelievably dishonest”": a subject pronoun
 * (the first of each gender's list) with its verb in the clause just before the quote.
 */
export function pronounSubject(tokens: readonly ClauseToken[], ti: number, c: CompiledLexicon): [number, number] | null {
  for (let j = ti - 1; j >= 0 && ti - j <= 12; j--) {
    const t = tokens[j]!;
    if (t.quote !== undefined || /^[.;:!?]$/.test(t.text)) return null;
    if (t.word && personPronoun(t, c) && tokens[j + 1]?.word && !tokens[j + 1]!.cap) return [j, j + 1];
  }
  return null;
}

/** "It attacked…", "They said…": the subject pronoun of a body or a group (the first of its list). */
function groupPronoun(t: ClauseToken, c: CompiledLexicon): boolean {
  return t.lower === c.lex.pronouns.neuter[0] || t.lower === c.lex.pronouns.plural[0];
}

/**
 * "Netanyahu’s Likud party, which tried to rally support by saying…": the phrase a relative
 * pronoun after a comma points back to, for a participle in its clause. Null when there is none.
 */
export function relativeAntecedent(tokens: readonly ClauseToken[], at: number, c: CompiledLexicon): [number, number] | null {
  for (let r = at - 1; r > 1 && at - r <= 20; r--) {
    const t = tokens[r]!;
    if (t.text === ',' || (t.quote !== undefined && !t.word) || /^[.;:!?]$/.test(t.text)) return null;
    if (t.word && (t.flags & WORD_RELATIVE) !== 0 && (t.flags & WORD_COMPLEMENTIZER) === 0 && tokens[r - 1]!.text === ',') return scanLeft(tokens, r - 1, c);
  }
  return null;
}

/**
 * "Jane Roe, 24, from Ashton, who said…": a relative after a place named after a locative ("from",
 * "in") and an age between commas points back past both to the name.
 */
function pastPlace(tokens: readonly ClauseToken[], np: [number, number] | null, c: CompiledLexicon): [number, number] | null {
  if (!np || !c.locatives.has(tokens[np[0] - 1]?.lower ?? '') || tokens[np[0] - 2]?.text !== ',') return np;
  let p = np[0] - 2;
  while (p >= 2 && /^\p{N}+$/u.test(tokens[p - 1]!.text) && tokens[p - 2]!.text === ',') p -= 2;
  // (Only past an age: "a Senate colleague, from Mike Lee, who declared" names a person after "from".)
  return p < np[0] - 2 ? scanLeft(tokens, p, c) ?? np : np;
}

/** Index of the comma before index i in the same stretch (no quote, at most 40 tokens back), or -1. */
function previousComma(tokens: readonly ClauseToken[], i: number): number {
  for (let k = i - 1; k >= 0 && i - k <= 40; k--) {
    const t = tokens[k]!;
    if ((t.quote !== undefined && !t.word) || /^[.;:!?]$/.test(t.text)) return -1;
    if (t.text === ',') return k;
  }
  return -1;
}

/** Does a chunk starting with this word describe someone ("a lawyer", "who runs", "the head")? */
function describes(first: ClauseToken, c: CompiledLexicon, next?: ClauseToken): boolean {
  if (!first.word) return false;
  // "China, Pyongyang’s only ally, said", "Jeff Roe, Sanders’ campaign manager, said": a possessor opens a description too.
  const possessor = first.cap && (endsAsPossessive(first.text, c) || (next !== undefined && !next.word && possessiveMarkAfter(first.lower, next.text, c)));
  return (first.flags & WORD_DETERMINER) !== 0 || (first.flags & WORD_RELATIVE) !== 0 || (first.flags & WORD_TITLE) !== 0 || (!first.cap && (first.flags & WORD_STOPWORD) === 0) || possessor;
}

/** The name in tokens[from, to) when the whole chunk is a name-like phrase, else null. */
function nameChunk(tokens: readonly ClauseToken[], from: number, to: number, c: CompiledLexicon): [number, number] | null {
  const np = scanLeft(tokens, to, c);
  return np && np[0] <= from + 2 ? np : null;
}

/** Only a short prepositional tail ("in a statement", "on Twitter") runs to the sentence's end. */
function shortTail(tokens: readonly ClauseToken[], from: number, c: CompiledLexicon): boolean {
  const first = tokens[from];
  if (!first?.word || (first.flags & WORD_STOPWORD) === 0) return false;
  let words = 0;
  for (let k = from; k < tokens.length; k++) {
    if (tokens[k]!.quote !== undefined) return false;
    if (tokens[k]!.word) words++;
  }
  return words <= 6;
}

/** A noun phrase to the right of index i (an inverted subject, or a source after "according to"). */
export function phraseAfter(tokens: readonly ClauseToken[], i: number, c: CompiledLexicon): [number, number] | null {
  let end = pastExtendedAttribute(tokens, i, c);
  while (end < tokens.length && end - i < 12) {
    const t = tokens[end]!;
    if (isBreak(t, c)) break;
    // A particle inside a name goes on ("Klara von der Heide", "Juan de la Cruz").
    // An article ("der") continues a name only after another particle ("von der"), where nouns are capitalised.
    const articleOnly = c.lex.capitalisedNouns === true && (t.flags & WORD_DETERMINER) !== 0 && !c.nameParticles.has(tokens[end - 1]?.lower ?? '');
    const particle = !articleOnly && (t.flags & WORD_PARTICLE) !== 0 && (tokens[end - 1]?.cap === true || c.nameParticles.has(tokens[end - 1]?.lower ?? '')) &&
      (tokens[end + 1]?.cap === true || (c.nameParticles.has(tokens[end + 1]?.lower ?? '') && tokens[end + 2]?.cap === true));
    if (end > i && t.word && !t.cap && !particle && ((t.flags & WORD_VERB_MODIFIER) !== 0 || ((t.flags & WORD_STOPWORD) !== 0 && !c.nounPhraseLinks.has(t.lower)))) break;
    end++;
  }
  return end > i ? [i, end] : null;
}

/**
 * "die in Ashton geborene Jane Roe", "Die das Unglück überlebende Jane Roe": where every noun has a
 * capital, an article, a phrase of its own (a preposition's or an object's) and a participle as
 * an adjective (lexicon attributeEndings) before a capitalised noun are one noun phrase's
 * opening. Where the noun stands (after the participle), or i when no such attribute opens at i.
 */
function pastExtendedAttribute(tokens: readonly ClauseToken[], i: number, c: CompiledLexicon): number {
  const endings = c.lex.attributeEndings;
  const first = tokens[i], next = tokens[i + 1];
  if (!endings || c.lex.capitalisedNouns !== true || !first?.word || (first.flags & WORD_DETERMINER) === 0 || !next?.word || next.cap || (next.flags & WORD_STOPWORD) === 0) return i;
  for (let k = i + 2; k < tokens.length && k - i <= 8; k++) {
    const t = tokens[k]!;
    if (!t.word || t.quote !== undefined || (t.flags & (WORD_CLAUSE_BREAK | WORD_COMPLEMENTIZER)) !== 0) return i;
    if (t.cap || (t.flags & WORD_STOPWORD) !== 0) continue;
    const participle = endings.some((e) => t.lower.length > e.length + 3 && t.lower.endsWith(e));
    return participle && tokens[k + 1]?.word === true && tokens[k + 1]!.cap && (tokens[k + 1]!.flags & WORD_STOPWORD) === 0 ? k + 1 : i;
  }
  return i;
}

/**
 * "…, Jane Roe, …": two to four capitalised words from i (particles between them, "Klara von
 * der Heide"), closed by a comma. The index of that comma, or null. An apposition after a phrase
 * that names a title ("the spokeswoman, Jane Roe,", "laut dem Chefankläger, Jane Roe,").
 */
export function nameBetweenCommas(tokens: readonly ClauseToken[], i: number): number | null {
  let m = i, words = 0;
  while (tokens[m]?.word && (tokens[m]!.cap || (words > 0 && (tokens[m]!.flags & WORD_PARTICLE) !== 0)) && ((tokens[m]!.flags & (WORD_STOPWORD | WORD_DETERMINER)) === 0 || (tokens[m]!.flags & WORD_PARTICLE) !== 0)) {
    if (tokens[m]!.cap) words++;
    m++;
  }
  return words >= 2 && words <= 4 && tokens[m]?.text === ',' ? m : null;
}

/** A quotation that can only be a name: a capital first, no stop or comma inside; or a domain ("tagesschau.de"). */
const QUOTED_NAME = /^(?:[\p{Lu}\p{N}][^.,;:!?…]*|[\p{L}\p{N}-]+\.\p{L}{2,})$/u;
const QUOTE_MARKS = /^[\p{Pi}\p{Pf}\p{Ps}"'„‚]+|[\p{Pi}\p{Pf}\p{Pe}"']+$/gu;

/**
 * The words that name a source, tokens[a, b). "schreibt die „Computerwoche“", "Die Organisation
 * „Reporter ohne Grenzen“ weist darauf hin", "„…“, schrieb „Die Zeit“": where every noun has a
 * capital, a short capitalised quotation that is the source (its placeholder ends the range) or
 * stands right after the article or the one noun of a body that opens it is the body's name,
 * and the source is that name. Any other range is its own tokens. (Not the quotation being
 * attributed, index self.)
 */
export function sourceWords(text: string, tokens: readonly ClauseToken[], a: number, b: number, c: CompiledLexicon, self = -1): Token[] {
  const words = tokens.slice(a, b);
  if (c.lex.capitalisedNouns !== true) return words;
  const at = tokens[b - 1]?.quote !== undefined && !tokens[b - 1]!.word ? b - 1 : b;
  const q = tokens[at];
  if (q === undefined || q.quote === undefined || q.word || at === self) return words;
  const before = tokens.slice(a, at);
  // Before it: nothing, or an article, adjectives and at most one noun, a body's ("die", "Die Organisation").
  const nouns = before.filter((t) => t.cap && (t.flags & WORD_DETERMINER) === 0);
  const body = nouns.length === 0 ? before.length === 0 || (before[0]!.flags & WORD_DETERMINER) !== 0 :
    nouns.length === 1 && nouns[0] === before[before.length - 1] && ((nouns[0]!.flags & WORD_ORG_HEAD) !== 0 || c.documentHeads.has(nouns[0]!.lower));
  if (!body || !before.every((t) => t.word)) return words;
  const inner = text.slice(q.start, q.end).replace(QUOTE_MARKS, '').trim();
  const name = QUOTED_NAME.test(inner) ? tokenize(text, q.start, q.end, c.lex).filter((t) => t.word) : [];
  if (name.length === 0 || name.length > 5) return words;
  // One word of a name, whatever its words' case ("Reporter ohne Grenzen" is no reporter).
  const first = name[0]!, last = name[name.length - 1]!;
  const written = text.slice(first.start, last.end);
  const lower = written.toLowerCase();
  return [{ text: written, lower, start: first.start, end: last.end, word: true, cap: true, flags: flagsOf(c, lower) | WORD_ORG_HEAD }];
}
