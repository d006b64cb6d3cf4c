// Writing without spaces (Chinese): word tokens that keep the lexicon's words whole, and person
// names found without capital letters. Intl.Segmenter cuts by its own dictionary and by context
// ("发言人" → 发言 | 人, "发言人称" → 发言 | 人称, "他还说" → 他 | 还说), so a cue word or title would
// often not be one token; here its cuts are corrected against the lexicon. Names are found where
// the writing marks them: a middle dot between the parts of a transliterated name ("戴维·史密斯"),
// or the words left between a title or a body and the verb ("外交部发言人王伟表示").
import type { Lexicon } from './lexicon/types';
import {
  CUE_SPEECH, WORD_FEMALE, WORD_MALE, WORD_ORG_HEAD, WORD_STOPWORD, WORD_TITLE, WORD_VERB_MODIFIER, compile,
  flagsOf, type CompiledLexicon
} from './lexicon/compiled';
import { segmenterFor, segments } from './segment';
import type { Token } from './tokens';

interface Dictionary {
  words: Set<string>;
  longest: number;
}

const dictionaries = new WeakMap<Lexicon, Dictionary>();

/** Every single word of the lexicon that the tokenizer must keep whole. */
function dictionaryOf(lex: Lexicon): Dictionary {
  let d = dictionaries.get(lex);
  if (d) return d;
  const all = [
    ...lex.speechVerbs, ...lex.weakCues, ...lex.bareComplementVerbs, ...lex.accordingTo, ...lex.claimNouns, ...lex.titles,
    ...lex.honorifics, ...lex.anonymous.markers, ...lex.anonymous.heads, ...lex.organizationHeads, ...lex.relayVerbs,
    ...lex.pronouns.male, ...lex.pronouns.female, ...lex.pronouns.plural, ...lex.pronouns.neuter, ...lex.indefinites,
    ...lex.determiners, ...(lex.speakerParticles ?? []),
  ].filter((w) => w.length > 0 && !/\s/.test(w));
  d = { words: new Set(all.map((w) => w.toLowerCase())), longest: Math.max(1, ...all.map((w) => w.length)) };
  dictionaries.set(lex, d);
  return d;
}

const UPPER = /^\p{Lu}/u;
const WORDISH = /[\p{L}\p{N}]/u;

/** Full-width punctuation as the rules compare it ("，" is ","): offsets still point at the page's own character. */
const PUNCT: Record<string, string> = { '，': ',', '、': ',', '：': ':', '；': ';', '。': '.', '？': '?', '！': '!', '（': '(', '）': ')' };

function tok(text: string, start: number, end: number, word: boolean, c: CompiledLexicon): Token {
  const raw = text.slice(start, end);
  const t = word ? raw : PUNCT[raw] ?? raw;
  const lower = t.toLowerCase();
  return { text: t, lower, start, end, word, cap: word && UPPER.test(t), flags: flagsOf(c, lower) };
}

/** The longest lexicon word at text[p…], not running past limit; 0 when none. */
function longestAt(text: string, p: number, limit: number, dict: Dictionary): number {
  for (let len = Math.min(dict.longest, limit - p); len > 0; len--) {
    if (dict.words.has(text.slice(p, p + len).toLowerCase())) return len;
  }
  return 0;
}

/**
 * Tokens of text[from, to) for unspaced writing: the segmenter's words, except that a lexicon
 * word longer than the segment where it starts is kept whole (when what it leaves of the last
 * segment is a lexicon word too, or nothing), and a segment made of two lexicon words
 * ("他说", "还说") is cut between them.
 */
export function unspacedTokens(text: string, from: number, to: number, lex: Lexicon): Token[] {
  return tokensOfCuts(text, from, segments(segmenterFor(lex.lang, 'word'), text, from, to), lex);
}

/** A cut of the segmenter: where a segment starts and ends. */
export interface Cut {
  start: number;
  end: number;
}

/**
 * unspacedTokens over given segments (the segmenter's, in order, covering text from `from`).
 * Browsers cut differently (V8's ICU dictionary, Firefox's ICU4X: "书中|表示" against "书|中表|示"),
 * so every correction depends on the lexicon and on where a cut is, never on which cuts are made.
 */
export function tokensOfCuts(text: string, from: number, cuts: Iterable<Cut>, lex: Lexicon): Token[] {
  const dict = dictionaryOf(lex);
  const c = compile(lex);
  const segs: Array<{ start: number; end: number; word: boolean }> = [];
  for (const seg of cuts) {
    const piece = text.slice(seg.start, seg.end);
    if (piece.trim() === '') continue;
    // Not the segmenter's isWordLike: Firefox calls the Han word before a punctuation mark not word-like.
    segs.push({ start: seg.start, end: seg.end, word: WORDISH.test(piece) });
  }
  const out: Token[] = [];
  let k = 0;
  let p = from;
  while (k < segs.length) {
    const seg = segs[k]!;
    if (p < seg.start) p = seg.start;
    if (p >= seg.end) {
      k++;
      continue;
    }
    if (!seg.word) {
      out.push(tok(text, p, seg.end, false, c));
      p = seg.end;
      k++;
      continue;
    }
    // How far the run of word segments goes: a lexicon word never spans punctuation.
    let runEnd = seg.end;
    for (let j = k + 1; j < segs.length && segs[j]!.word && segs[j]!.start === runEnd; j++) runEnd = segs[j]!.end;
    const rest = seg.end - p;
    const len = longestAt(text, p, runEnd, dict);
    if (len > rest && keepsWhole(text, p + len, segs, k, dict)) {
      out.push(tok(text, p, p + len, true, c));
      p += len;
      while (k < segs.length && segs[k]!.end <= p) k++;
      continue;
    }
    if (len > 0 && len < rest && dict.words.has(text.slice(p + len, seg.end).toLowerCase())) {
      out.push(tok(text, p, p + len, true, c), tok(text, p + len, seg.end, true, c));
      p = seg.end;
      k++;
      continue;
    }
    // A lexicon word that starts inside this segment and runs over its end ("中表|示": 表示) wins
    // over the cut the same way: the segment is cut before it.
    const inner = innerWordStart(text, p, seg.end, runEnd, segs, k, dict);
    if (inner > p) {
      out.push(tok(text, p, inner, true, c));
      p = inner;
      continue;
    }
    out.push(tok(text, p, seg.end, true, c));
    p = seg.end;
    k++;
  }
  return out;
}

/** Where in text(p, segEnd) a lexicon word starts that runs past segEnd and may override the cut; -1 when none. */
function innerWordStart(
  text: string, p: number, segEnd: number, runEnd: number, segs: ReadonlyArray<{ start: number; end: number }>, k: number, dict: Dictionary,
): number {
  for (let q = p + 1; q < segEnd; q++) {
    const len = longestAt(text, q, runEnd, dict);
    if (q + len > segEnd && keepsWhole(text, q + len, segs, k, dict)) return q;
  }
  return -1;
}

/** A lexicon word ending at end may override the segmenter when it ends on a cut or leaves a lexicon word. */
function keepsWhole(text: string, end: number, segs: ReadonlyArray<{ start: number; end: number }>, k: number, dict: Dictionary): boolean {
  for (let j = k; j < segs.length; j++) {
    const s = segs[j]!;
    if (s.end === end) return true;
    if (s.start < end && end < s.end) return dict.words.has(text.slice(end, s.end).toLowerCase());
  }
  return true;
}

/** A person's name found in unspaced text, with the title words before it (entities.ts's shape). */
export interface UnspacedName {
  name: Token[];
  titles: Token[];
  honorific: Token | null;
}

/** Marks written between the parts of a transliterated name; "?" is the usual mis-encoded middle dot. */
const NAME_DOTS = new Set(['·', '・', '•', '‧', '∙', '?', '．', '.']);
const HAN = /^[\u3400-\u9fff\uf900-\ufaff]+$/u;
const MAX_PART = 6;

/** Is this token part of a name: Han characters that are no lexicon word of any role. */
function namePart(t: Token | undefined, c: CompiledLexicon): boolean {
  if (!t || !t.word || !HAN.test(t.text)) return false;
  const w = t.lower;
  return !(
    c.speech.has(w) || c.relay.has(w) || c.titleWords.has(w) || c.orgHeads.has(w) || c.stopwords.has(w) || c.verbModifiers.has(w) ||
    c.male.has(w) || c.female.has(w) || c.plural.has(w) || c.neuter.has(w) || c.anonymousHeads.has(w) || c.anonymousMarkers.has(w) ||
    c.determiners.has(w) || c.indefinites.has(w) || c.honorifics.has(w) || c.according.has(w) || c.weak.has(w)
  );
}

/** One name part made of tokens from..to (exclusive), as a single token. */
function joined(tokens: readonly Token[], from: number, to: number, c: CompiledLexicon): Token {
  const first = tokens[from]!;
  const last = tokens[to - 1]!;
  const text = tokens.slice(from, to).map((t) => t.text).join('');
  const lower = text.toLowerCase();
  return { text, lower, start: first.start, end: last.end, word: true, cap: false, flags: flagsOf(c, lower) };
}

/** Leftmost index of the name part that ends at token end (exclusive), going left over name tokens. */
function partStart(tokens: readonly Token[], end: number, c: CompiledLexicon): number {
  let i = end;
  let chars = 0;
  while (i > 0 && namePart(tokens[i - 1], c) && chars + tokens[i - 1]!.text.length <= MAX_PART) {
    chars += tokens[i - 1]!.text.length;
    i--;
  }
  return i;
}

function partEnd(tokens: readonly Token[], start: number, c: CompiledLexicon): number {
  let i = start;
  let chars = 0;
  while (i < tokens.length && namePart(tokens[i], c) && chars + tokens[i]!.text.length <= MAX_PART) {
    chars += tokens[i]!.text.length;
    i++;
  }
  return i;
}

/** The title and body words right before token index at (the words that introduce a name). */
function titlesBefore(tokens: readonly Token[], at: number, c: CompiledLexicon): Token[] {
  const out: Token[] = [];
  for (let i = at - 1; i >= 0 && at - i <= 4; i--) {
    const t = tokens[i]!;
    if (!t.word || !((t.flags & WORD_TITLE) !== 0 || (t.flags & WORD_ORG_HEAD) !== 0)) break;
    out.unshift(t);
  }
  return out;
}

/**
 * Person names in unspaced tokens: names whose parts a middle dot joins ("戴维·史密斯"), and,
 * when the tokens end in a name, the name after the last title or body word ("发言人王伟") or
 * the whole phrase when it is only name characters ("王伟"). Each part is one token.
 */
export function unspacedNames(tokens: readonly Token[], c: CompiledLexicon): UnspacedName[] {
  const out: UnspacedName[] = [];
  const used = new Set<number>();
  for (let i = 1; i < tokens.length - 1; i++) {
    const dot = tokens[i]!;
    if (dot.word || !NAME_DOTS.has(dot.text) || !namePart(tokens[i - 1], c) || !namePart(tokens[i + 1], c)) continue;
    const a = partStart(tokens, i, c);
    const b = partEnd(tokens, i + 1, c);
    const parts = [joined(tokens, a, i, c), joined(tokens, i + 1, b, c)];
    // A third part ("A·B·C").
    let end = b;
    if (NAME_DOTS.has(tokens[b]?.text ?? '') && namePart(tokens[b + 1], c)) {
      end = partEnd(tokens, b + 1, c);
      parts.push(joined(tokens, b + 1, end, c));
    }
    out.push({ name: parts, titles: titlesBefore(tokens, a, c), honorific: null });
    for (let k = a; k < end; k++) used.add(k);
    i = end;
  }
  // A subject right before a speech verb ("王伟表示", "王伟也指出"), at the start of the words or after a title.
  for (let i = 0; i < tokens.length; i++) {
    if (used.has(i) || !namePart(tokens[i], c)) continue;
    const before = tokens[i - 1];
    if (before && before.word && (before.flags & WORD_TITLE) === 0 && (before.flags & WORD_ORG_HEAD) === 0) continue;
    const b = partEnd(tokens, i, c);
    let v = b;
    while (v < tokens.length && tokens[v]!.word && (tokens[v]!.flags & WORD_VERB_MODIFIER) !== 0) v++;
    const verb = tokens[v];
    const chars = tokens.slice(i, b).reduce((n, t) => n + t.text.length, 0);
    // A weak cue ("认为", "发现") after a one-word subject is too often a noun's ("研究发现"); names
    // the segmenter does not know come out as single characters ("王|伟"), so two tokens or more pass.
    const cue = verb?.word === true && (verb.flags & CUE_SPEECH) !== 0 && (!c.weak.has(verb.lower) || b - i >= 2);
    if (cue && chars >= 2 && b - i < tokens.length) {
      out.push({ name: [joined(tokens, i, b, c)], titles: titlesBefore(tokens, i, c), honorific: null });
      for (let k = i; k < b; k++) used.add(k);
    }
    i = b - 1;
  }
  // The name that ends the phrase: after the last title, body, or function word.
  let end = tokens.length;
  while (end > 0 && !tokens[end - 1]!.word) end--;
  if (end > 0 && !used.has(end - 1) && namePart(tokens[end - 1], c)) {
    const start = partStart(tokens, end, c);
    const before = tokens[start - 1];
    const introduced = start === 0 || (before !== undefined && before.word && ((before.flags & WORD_TITLE) !== 0 || (before.flags & WORD_ORG_HEAD) !== 0));
    const chars = tokens.slice(start, end).reduce((n, t) => n + t.text.length, 0);
    if (introduced && chars >= 2) out.push({ name: [joined(tokens, start, end, c)], titles: titlesBefore(tokens, start, c), honorific: null });
  }
  return out;
}

/**
 * Where a bracketed gloss right before index end starts ("王伟（Wang Wei）表示": the index of
 * the opening bracket), or -1. Unspaced writing often glosses a name in Latin letters.
 */
export function glossBefore(tokens: ReadonlyArray<Token>, end: number): number {
  const close = tokens[end - 1];
  if (!close || (close.text !== ')' && close.text !== '）')) return -1;
  for (let k = end - 2; k >= 0 && end - k <= 10; k--) {
    const t = tokens[k]!;
    if (t.text === '(' || t.text === '（') return k;
    if (!t.word && t.text !== '.' && t.text !== ',' && t.text !== '，' && t.text !== '-' && t.text !== "'") return -1;
  }
  return -1;
}

/**
 * The subject at the head of an unspaced sentence, before token limit: the name, title, body or
 * pronoun words it opens with (after a leading adverbial up to "，"), followed by more words.
 */
export function unspacedSubject(tokens: ReadonlyArray<Token>, limit: number, c: CompiledLexicon): [number, number] | null {
  let start = 0;
  const first = tokens[0];
  if (first && first.word && ((first.flags & WORD_STOPWORD) !== 0 || c.parentheticals.has(first.lower)) && (first.flags & WORD_MALE) === 0 && (first.flags & WORD_FEMALE) === 0) {
    let comma = -1; // among the first 12 (a findIndex to the end cost each quotation the sentence)
    for (let i = 0; i < 12 && i < tokens.length && comma < 0; i++) if (tokens[i]!.text === '，' || tokens[i]!.text === ',') comma = i;
    if (comma < 0) return null;
    start = comma + 1;
  }
  let end = start;
  while (end < limit && end - start < 8) {
    const t = tokens[end]!;
    const nominal = t.word && (namePart(t, c) || (t.flags & WORD_TITLE) !== 0 || (t.flags & WORD_ORG_HEAD) !== 0 || (t.flags & WORD_MALE) !== 0 || (t.flags & WORD_FEMALE) !== 0);
    const dot = !t.word && NAME_DOTS.has(t.text) && end > start && namePart(tokens[end + 1], c);
    if (!nominal && !dot) break;
    end++;
  }
  if (end === start || end >= limit || !tokens[end]?.word) return null;
  // Without capitals any words could open a sentence: only a subject of a speech verb counts,
  // and a single word before a weak cue only when it is a pronoun or a title ("研究表明" is not).
  let v = end;
  while (v < limit && tokens[v]!.word && (tokens[v]!.flags & WORD_VERB_MODIFIER) !== 0) v++;
  const verb = tokens[v];
  if (!verb || !verb.word || (verb.flags & CUE_SPEECH) === 0) return null;
  const one = end - start === 1 ? tokens[start]! : null;
  const weakOk = !one || (one.flags & WORD_MALE) !== 0 || (one.flags & WORD_FEMALE) !== 0 || (one.flags & WORD_TITLE) !== 0;
  if (c.weak.has(verb.lower) && !weakOk) return null;
  return [start, end];
}
