// Finds quotation spans in article text with one left-to-right scan per paragraph and a stack:
// every quotation-mark convention, mixed pairs as published, nesting, apostrophes that are not
// quotes, quotes running over several paragraphs, and unclosed marks kept inside their paragraph.
import type { Article } from './types';

/** A stretch of article text inside quotation marks (or a <blockquote> / <q>). */
export interface QuoteSpan {
  /** Offsets of the quoted words, marks excluded. */
  start: number;
  end: number;
  /** Offsets including the marks (equal to start/end for blockquote and <q> spans). */
  outerStart: number;
  outerEnd: number;
  paragraph: number;
  source: 'marks' | 'blockquote' | 'q';
  /** The quote goes on in the next paragraph (opening mark repeated there, no close here). */
  continues: boolean;
  /** The quote is the continuation of one in the previous paragraph. */
  continued: boolean;
}

type Family = 'double' | 'single' | 'corner' | 'guillemet' | 'angle';

interface Mark {
  ch: string;
  family: Family;
  at: number;
  len: number;
}

// Which closing marks may end a quote opened by each mark, as published (mixed pairs included).
const CLOSERS: Record<string, string> = {
  '“': '”"“',
  '„': '“”"',
  '"': '"”“',
  '‟': '”"',
  '〝': '〞〟',
  '＂': '＂',
  '«': '»',
  '»': '«»',
  '”': '”"“',
  '‘': "’'",
  '‚': '‘’',
  "'": "'’",
  '‹': '›',
  '›': '‹',
  '「': '」',
  '『': '』',
};
const FAMILY: Record<string, Family> = {
  '“': 'double', '”': 'double', '„': 'double', '"': 'double', '‟': 'double',
  '〝': 'double', '〞': 'double', '〟': 'double', '＂': 'double',
  '«': 'guillemet', '»': 'guillemet',
  '‘': 'single', '’': 'single', '‚': 'single', "'": 'single',
  '‹': 'angle', '›': 'angle',
  '「': 'corner', '」': 'corner', '『': 'corner', '』': 'corner',
};
const WORD = /[\p{L}\p{N}]/u;
const OPEN_CONTEXT = /[\s([{\u2014\u2013\-/:;,]/u; // what may stand before an opening mark

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && WORD.test(c);
}

/** Can the mark at i open a quote / close one, judged by the characters beside it. */
function flanks(text: string, at: number, len: number): { left: boolean; right: boolean } {
  const before = at > 0 ? text[at - 1] : undefined;
  const after = text[at + len];
  const beforeOpen = before === undefined || OPEN_CONTEXT.test(before) || before in FAMILY;
  const afterSpace = after === undefined || /[\s.,;:!?)\]}…\u2014\u2013\-]/u.test(after) || after in FAMILY;
  return {
    left: beforeOpen && after !== undefined && !/\s/.test(after),
    right: afterSpace && before !== undefined && !/\s/.test(before),
  };
}

/** The quotation-mark characters (all in the first plane). */
const MARK = /["'“”„‟〝〞〟＂«»‘’‚‹›「」『』]/g;

/** Finds the marks of one paragraph, dropping apostrophes (don't, Lavrov’s, rock 'n' roll). */
function marksOf(text: string, from: number, to: number): Mark[] {
  const out: Mark[] = [];
  // One regex over the paragraph's own characters (a slice: a view of the text, nothing copied),
  // quicker than a scan by character codes; a regex left to run on the whole text would read the
  // rest of the article looking for the next mark, once per paragraph.
  const para = text.slice(from, to);
  MARK.lastIndex = 0;
  while (MARK.test(para)) {
    const at = from + MARK.lastIndex - 1;
    const ch = text[at]!;
    if (ch === "'" && text[at + 1] === "'") {
      // Two apostrophes: a typewriter stand-in that archives use for many things; taken as
      // no mark at all, as the quote pairing of the corpora we measure on does.
      MARK.lastIndex++;
      continue;
    }
    if ((ch === "'" || ch === '’') && isWordChar(text[at - 1]) && isWordChar(text[at + 1])) continue;
    out.push({ ch, family: FAMILY[ch] ?? 'double', at, len: ch.length });
  }
  return out;
}

interface Pair {
  open: Mark;
  close: Mark | null;
}

const CJK = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/u;

/**
 * What a mark does, given what is open: 'close' (the opener at index match), 'open' or 'skip'.
 * Curly and low marks carry their role in their shape; straight marks and “ » › need the
 * characters beside them ("flanking", as CommonMark calls it).
 */
function roleOf(text: string, mark: Mark, match: number): 'close' | 'open' | 'skip' {
  const { left, right } = flanks(text, mark.at, mark.len);
  const canClose = match >= 0;
  const before = text[mark.at - 1];
  const after = text[mark.at + mark.len];
  switch (mark.ch) {
    case '„': case '‚': case '「': case '『': case '‟': case '〝':
      return 'open';
    case '」': case '』': case '〞': case '〟': case '’':
      return canClose ? 'close' : 'skip';
    case '“': case '«': case '‹':
      return canClose && (right || !left) ? 'close' : 'open';
    case '‘':
      return canClose && right ? 'close' : after !== undefined && !/\s/.test(after) ? 'open' : 'skip';
    case '”': case '»': case '›':
      if (canClose) return 'close';
      return left && !right ? 'open' : 'skip';
    case "'":
      if (canClose && (right || !left)) return 'close';
      return left && isWordChar(after) ? 'open' : 'skip';
    default: // " ＂
      if (canClose && (right || !left)) return 'close';
      if (left || (before !== undefined && CJK.test(before)) || before === undefined) return 'open';
      return canClose ? 'close' : 'skip';
  }
}

/** For each mark, the opening marks it can close (the inverse of CLOSERS). */
const OPENERS_OF: Record<string, string[]> = {};
for (const [open, closers] of Object.entries(CLOSERS)) for (const c of closers) (OPENERS_OF[c] ??= []).push(open);

/**
 * Pairs the marks of one paragraph. Returns top-level pairs; an unclosed opener gets close = null.
 * The stack keeps, for each opening character, where it stands in the stack, so that the
 * nearest opener a mark can close is found without scanning the whole stack.
 */
function pairMarks(text: string, marks: Mark[]): Pair[] {
  const stack: Mark[] = [];
  const at = new Map<string, number[]>(); // opening character -> its stack indices, ascending
  const pairs: Pair[] = [];
  for (const mark of marks) {
    let match = -1;
    if (mark.family === 'single') {
      // A single mark never closes a quote across an open double quote inside it: the top only.
      const top = stack[stack.length - 1];
      if (top && (CLOSERS[top.ch] ?? '').includes(mark.ch)) match = stack.length - 1;
    } else {
      for (const o of OPENERS_OF[mark.ch] ?? []) {
        const ix = at.get(o);
        if (ix && ix.length && ix[ix.length - 1]! > match) match = ix[ix.length - 1]!;
      }
    }
    const role = roleOf(text, mark, match);
    if (role === 'close') {
      const opener = stack[match]!;
      // whatever opened inside and never closed is dropped
      while (stack.length > match) at.get(stack.pop()!.ch)!.pop();
      if (match === 0) pairs.push({ open: opener, close: mark });
    } else if (role === 'open') {
      let ix = at.get(mark.ch);
      if (!ix) at.set(mark.ch, (ix = []));
      ix.push(stack.length);
      stack.push(mark);
    }
  }
  // An unclosed top-level opener is reported, so that the caller can decide what it means.
  if (stack.length) pairs.push({ open: stack[0]!, close: null });
  return pairs;
}

function startsWithOpener(text: string, start: number): Mark | null {
  let i = start;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  const ch = text[i];
  if (ch === undefined || !(ch in CLOSERS)) return null;
  return { ch, family: FAMILY[ch] ?? 'double', at: i, len: ch.length };
}

/** Does the next paragraph open with a mark of the same family (a quote over paragraphs)? */
function continuesInNext(text: string, paragraphs: Article['paragraphs'], pi: number, open: Mark): boolean {
  const next = paragraphs[pi + 1];
  const opener = next ? startsWithOpener(text, next.start) : null;
  return opener !== null && opener.family === open.family && open.family !== 'single';
}

/**
 * An opening mark with no close still makes a quote (up to the paragraph's end) when the quote
 * goes on in the next paragraph, or when it opens the paragraph. Anywhere else it is a stray.
 */
function keepsUnclosed(text: string, paragraphs: Article['paragraphs'], pi: number, open: Mark): boolean {
  if (open.family === 'single') return false;
  if (continuesInNext(text, paragraphs, pi, open)) return true;
  return open.at === paragraphs[pi]!.start;
}

/** Trims whitespace (and nothing else) from a span. */
function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}

/** All quotation spans of an article, in text order, top level only (nested quotes stay inside). */
export function findQuoteSpans(article: Pick<Article, 'text' | 'paragraphs' | 'inlineQuotes'>): QuoteSpan[] {
  const { text, paragraphs } = article;
  const spans: QuoteSpan[] = [];
  let carried = false; // previous paragraph's quote continues into this one
  paragraphs.forEach((para, pi) => {
    let marks = marksOf(text, para.start, para.end);
    const continuedHere = carried;
    carried = false;
    let found = 0;
    // A stray mark that never closes is taken out and the paragraph paired again, so that it
    // hides none of the real quotes after it. Bounded: a hostile paragraph cannot loop long.
    let pairs = pairMarks(text, marks);
    for (let tries = 0; tries < 8; tries++) {
      const last = pairs[pairs.length - 1];
      if (!last || last.close || keepsUnclosed(text, paragraphs, pi, last.open)) break;
      const stray = last.open;
      marks = marks.filter((m) => m !== stray);
      pairs = pairMarks(text, marks);
    }
    for (const { open, close } of pairs) {
      let continues = false;
      if (!close) {
        if (!keepsUnclosed(text, paragraphs, pi, open)) continue;
        continues = continuesInNext(text, paragraphs, pi, open);
      }
      const closeAt = close ? close.at : para.end;
      const [s, e] = trimSpan(text, open.at + open.len, closeAt);
      if (e <= s || (open.family === 'single' && e - s < 3)) continue; // "rock 'n' roll"
      spans.push({
        start: s, end: e, outerStart: open.at, outerEnd: close ? close.at + close.len : para.end,
        paragraph: pi, source: 'marks', continues, continued: continuedHere && open.at === para.start,
      });
      if (continues) carried = true;
      found++;
    }
    if (para.blockquote && found === 0 && !para.heading) {
      const [s, e] = trimSpan(text, para.start, para.end);
      if (e > s) spans.push({ start: s, end: e, outerStart: s, outerEnd: e, paragraph: pi, source: 'blockquote', continues: false, continued: false });
    }
  });
  // One at a time: spread into push, the <q> spans of a 10 MB page (over 100,000) overflowed the stack.
  for (const span of inlineQuoteSpans(article, spans)) spans.push(span);
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * Spans of <q> elements that overlap no quote found by its marks nor an earlier <q> span, each
 * in the paragraph that holds its start. The mark spans are in text order and apart, and the
 * <q> ranges come from the page walk in order of their ends (an inner <q> before its outer one),
 * so each test is a binary search and a look at the last <q> taken, not a scan of all spans.
 */
function inlineQuoteSpans(article: Pick<Article, 'text' | 'paragraphs' | 'inlineQuotes'>, marks: readonly QuoteSpan[]): QuoteSpan[] {
  const { text, paragraphs, inlineQuotes } = article;
  const out: QuoteSpan[] = [];
  const ordered = inOrder(marks) && inlineQuotes.every((q, i) => i === 0 || inlineQuotes[i - 1]!.end <= q.end);
  for (const q of inlineQuotes) {
    if (ordered) {
      const last = out[out.length - 1];
      if (last && q.start < last.outerEnd && last.outerStart < q.end) continue;
      const k = firstEndingAfter(marks, q.start);
      if (k < marks.length && marks[k]!.outerStart < q.end) continue;
    } else if (marks.some((s) => q.start < s.outerEnd && s.outerStart < q.end) || out.some((s) => q.start < s.outerEnd && s.outerStart < q.end)) continue;
    const pi = paragraphAt(paragraphs, q.start);
    if (pi < 0) continue;
    const [s, e] = trimSpan(text, q.start, q.end);
    if (e > s) out.push({ start: s, end: e, outerStart: q.start, outerEnd: q.end, paragraph: pi, source: 'q', continues: false, continued: false });
  }
  return out;
}

/** The spans are in text order and none overlaps the next. */
function inOrder(spans: readonly QuoteSpan[]): boolean {
  for (let i = 1; i < spans.length; i++) if (spans[i]!.outerStart < spans[i - 1]!.outerEnd) return false;
  return true;
}

/** Index of the first span (in order, apart) whose outer end is past `at`; spans.length if none. */
function firstEndingAfter(spans: readonly QuoteSpan[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.outerEnd > at) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Index of the paragraph holding offset at (paragraphs are in order and apart), or -1. */
function paragraphAt(paragraphs: Article['paragraphs'], at: number): number {
  let lo = 0;
  let hi = paragraphs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (paragraphs[mid]!.end > at) hi = mid;
    else lo = mid + 1;
  }
  return lo < paragraphs.length && at >= paragraphs[lo]!.start && at < paragraphs[lo]!.end ? lo : -1;
}
