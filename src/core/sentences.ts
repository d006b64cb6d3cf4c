// Sentence boundaries inside each paragraph: Unicode's sentence rules (sentence-breaks.ts for
// plain text, Intl.Segmenter for the rest), then the merges they need. It splits
// after abbreviations ("Mr. | Smith") and initials, and inside quotations ("I am here. | You are
// not."): a boundary inside a quote span or after an abbreviation is not a boundary.
import { compile, type CompiledLexicon } from './lexicon/compiled';
import type { Lexicon } from './lexicon/types';
import type { QuoteSpan } from './quotes';
import { sentenceBreaks } from './sentence-breaks';
import { segmenterFor, segments, WINDOW } from './segment';
import { isGluedStop } from './tokens';
import type { Article } from './types';

export interface Sentence {
  start: number;
  end: number;
  paragraph: number;
}

/** Sentences of every paragraph, in text order. Quote spans are never cut in two. */
export function splitSentences(article: Pick<Article, 'text' | 'paragraphs'>, quotes: QuoteSpan[], lex: Lexicon): Sentence[] {
  const { text } = article;
  const abbreviations = abbreviationSet(lex);
  const c = compile(lex);
  const out: Sentence[] = [];
  let qi = 0;
  article.paragraphs.forEach((para, pi) => {
    // A paragraph longer than a segmenter window is cut in windows (segment.ts): the segmenter's.
    let cuts = para.end - para.start <= WINDOW ? sentenceBreaks(text, para.start, para.end) : null;
    if (!cuts) {
      cuts = [];
      for (const seg of segments(segmenterFor(lex.lang, 'sentence'), text, para.start, para.end)) {
        if (seg.start > para.start) cuts.push(seg.start);
      }
    }
    // "…sagte Merkel.Als Nächstes …": a sentence end with no space after it, which Unicode's rules keep together.
    cuts = withGluedStops(text, para.start, para.end, cuts, c);
    // Quotes of this paragraph, for the "inside a quotation" merge.
    while (qi < quotes.length && quotes[qi]!.outerEnd <= para.start) qi++;
    const kept: number[] = [];
    let q = qi;
    for (const cut of cuts) {
      while (q < quotes.length && quotes[q]!.outerEnd <= cut) q++;
      const inQuote = q < quotes.length && quotes[q]!.outerStart < cut && cut < quotes[q]!.outerEnd;
      if (inQuote || endsWithAbbreviation(text, cut, abbreviations) || startsLowercase(text, cut)) continue;
      // "…?” | Clinton said.": the attribution of a quote that ends in its own full stop.
      if (afterQuote(quotes, q, cut, text) && (cueFollows(text, cut, para.end, lex, abbreviations) || tagFollows(text, quotes[q - 1]!, cut, para.end, lex))) continue;
      kept.push(cut);
    }
    let start = para.start;
    for (const cut of [...kept, para.end]) {
      let end = cut;
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      if (end > start) out.push({ start, end, paragraph: pi });
      start = cut;
      while (start < para.end && /\s/.test(text[start]!)) start++;
    }
  });
  return out;
}

const STOPS = /[.!?]/g;

/** The cuts with one added after each glued full stop of text[from, to) (tokens.ts isGluedStop), in order. */
function withGluedStops(text: string, from: number, to: number, cuts: number[], c: CompiledLexicon): number[] {
  let added: number[] | null = null;
  // The full stops, question and exclamation marks of text[from + 2, to - 3), found by one regex
  // over that slice (a view of the text), quicker than a scan by character codes.
  const part = to - 3 > from + 2 ? text.slice(from + 2, to - 3) : '';
  STOPS.lastIndex = 0;
  while (STOPS.test(part)) {
    const k = from + 2 + STOPS.lastIndex - 1;
    if (isGluedStop(text, k, c)) (added ??= []).push(k + 1);
  }
  if (!added) return cuts;
  return [...new Set([...cuts, ...added])].sort((a, b) => a - b);
}

const abbreviationSets = new WeakMap<Lexicon, Set<string>>();

/** Abbreviations and honorifics of a language, as written in its lexicon: made once per lexicon. */
function abbreviationSet(lex: Lexicon): Set<string> {
  let s = abbreviationSets.get(lex);
  if (!s) abbreviationSets.set(lex, (s = new Set([...lex.abbreviations, ...lex.honorifics])));
  return s;
}

/** The text before cut ends with an abbreviation or an initial ("Mr.", "U.S.", "J."). */
function endsWithAbbreviation(text: string, cut: number, abbreviations: Set<string>): boolean {
  let i = cut;
  while (i > 0 && /\s/.test(text[i - 1]!)) i--;
  if (text[i - 1] !== '.') return false;
  let j = i - 1;
  while (j > 0 && /[\p{L}.]/u.test(text[j - 1]!)) j--;
  const word = text.slice(j, i);
  // Initials ("J.", "G.K.") belong to the name that follows.
  return abbreviations.has(word.toLowerCase()) || /^(\p{Lu}\.)+$/u.test(word);
}

/** The cut comes right after a quotation closes. */
function afterQuote(quotes: QuoteSpan[], q: number, cut: number, text: string): boolean {
  const prev = quotes[q - 1];
  if (prev === undefined || prev.outerEnd > cut || cut - prev.outerEnd > 2) return false;
  // "«…». Según explicó": a full stop after the closing mark ends the sentence; the quote's own
  // attribution would have followed a comma ("«…», dijo") or a stop inside the marks.
  for (let k = prev.outerEnd; k < cut; k++) if (/[.!?…]/u.test(text[k]!)) return false;
  return true;
}

const speechWords = new WeakMap<Lexicon, Set<string>>();

/** A speech verb stands within the first few words after the cut: the quote's attribution. */
function cueFollows(text: string, cut: number, end: number, lex: Lexicon, abbreviations: Set<string>): boolean {
  let words = speechWords.get(lex);
  if (!words) speechWords.set(lex, (words = new Set(lex.speechVerbs.map((v) => v.split(' ')[0]!.toLowerCase()))));
  // "…” ― Jane Doe": a byline dash after a quote.
  if (/^\s*[\u2015\u2014\u2013]\s*\p{Lu}/u.test(text.slice(cut, cut + 6))) return true;
  const head = text.slice(cut, Math.min(end, cut + 80)).split(/[^\p{L}\p{M}'’.-]+/u).slice(0, 6);
  if (head.some((w) => words!.has(w.toLowerCase().replace(/\.+$/, '')))) return true;
  // "…!” Jane Roe’s niece, state Del. Mary Roe (D-Ohio), shouted.": a longer source with its
  // apposition, then the verb after a comma, before any full stop but an abbreviation's.
  const long = text.slice(cut, Math.min(end, cut + 200));
  for (const m of long.matchAll(/,\s+(\p{Ll}+)/gu)) {
    const before = long.slice(0, m.index);
    if (/[!?]/.test(before)) return false;
    for (const stop of before.matchAll(/(\S+)\.(?=\s)/gu)) if (!abbreviations.has(`${stop[1]!.toLowerCase()}.`) && !/^\p{Lu}$/u.test(stop[1]!)) return false;
    if (words.has(m[1]!)) return true;
  }
  return false;
}

/** How many words the verb of a short tag may have after it ("…?” Jane Roe pressed him again."). */
const TAG_TAIL_MAX = 3;

/**
 * "…?” Jane Roe pressed.": after a question or exclamation closed inside its marks, a short
 * sentence of a name (one to four capitalised words), a lower-case verb with a finite ending of
 * the language and a short tail is the quote's attribution, whether the lexicon lists the verb or not.
 */
function tagFollows(text: string, quote: QuoteSpan, cut: number, end: number, lex: Lexicon): boolean {
  if (!/[?!]\s*$/u.test(text.slice(quote.start, quote.end))) return false;
  const endings = lex.finiteVerbEndings ?? [];
  if (endings.length === 0) return false;
  const stop = text.slice(cut, Math.min(end, cut + 120)).search(/[.!?;:]/u);
  if (stop < 0) return false;
  const words = text.slice(cut, cut + stop).split(/\s+/u).filter((w) => w !== '');
  let k = 0;
  while (k < words.length && k < 4 && /^\p{Lu}[\p{L}\p{M}'’-]*$/u.test(words[k]!)) k++;
  const verb = words[k];
  if (k === 0 || verb === undefined || !/^\p{Ll}+$/u.test(verb) || !endings.some((e) => verb.endsWith(e) && verb.length > e.length + 2)) return false;
  return words.length - k - 1 <= TAG_TAIL_MAX;
}

/** A "sentence" that starts with a lower-case letter continues the one before it. */
function startsLowercase(text: string, cut: number): boolean {
  let i = cut;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return /\p{Ll}/u.test(text[i] ?? '');
}
