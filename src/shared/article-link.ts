// The link that opens an article at an annotation: the article URL with a text fragment
// (#:~:text=prefix-,start,end,-suffix), which Chromium and Firefox scroll to and highlight
// without any help from the extension. The fragment is built from words only: runs of letters
// and digits that stand in the page separated by nothing but white space, so that no mark of
// punctuation (a quotation mark, a comma, a dash) has to match the way a browser reads it (the
// only marks in it are those inside a word, as in "Washington’s" or "50,000"), and
// context is used only where it touches the quote across white space. Once the page is open the
// extension re-anchors the annotation with its stored selectors (src/background/open-annotation.ts).
// Only http(s) URLs become links: an imported file can name anything as its source, and a
// javascript: URL must never be clickable.
import type { AnnotationRecord } from './model';

/** Text fragments match whole words: longer quotes are given by their first and last words. */
const MAX_DIRECT = 80;
const EDGE_WORDS = 4;
const CONTEXT_WORDS = 3;

/**
 * A word as the browsers' text-fragment matching sees one (Unicode word boundaries, UAX #29):
 * an apostrophe, a full stop, a colon or a middle dot between two letters stays inside the word
 * ("Washington’s", "e.g"), and so do a full stop, comma, semicolon or apostrophe between two
 * digits ("50,000", "5.2"). A term cut inside such a word (Russia|’s) is no whole word to
 * Chromium, and the fragment misses.
 */
const WORD = /[\p{L}\p{N}\p{M}]+(?:(?:(?<=[\p{L}\p{M}])['’.:\u00B7](?=\p{L})|(?<=\p{N})[.,;'’](?=\p{N}))[\p{L}\p{N}\p{M}]+)*/gu;

interface Word {
  text: string;
  start: number;
  end: number;
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

/** White space within one line: browsers do not match a fragment across a paragraph break. */
const onlySpace = (text: string) => /^[^\S\n\r\u2028\u2029]*$/.test(text);
const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}\p{M}]/u.test(ch);

/** Runs of words with only white space between them. */
function runs(text: string, words: Word[]): Word[][] {
  const out: Word[][] = [];
  for (const w of words) {
    const last = out.at(-1);
    const prev = last?.at(-1);
    if (last && prev && onlySpace(text.slice(prev.end, w.start))) last.push(w);
    else out.push([w]);
  }
  return out;
}

function encodePart(words: Word[]): string {
  return encodeURIComponent(words.map((w) => w.text).join(' ')).replace(/-/g, '%2D');
}

/** The url when it is http(s), else null. */
export function httpUrl(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** A text fragment directive for the annotation's quote, or '' when it has no words. */
export function textFragment(a: Pick<AnnotationRecord, 'selectors'>): string {
  const { exact, prefix, suffix } = a.selectors.quote;
  const all = runs(exact, wordsOf(exact));
  if (all.length === 0) return '';
  const first = all[0]!;
  const last = all.at(-1)!;
  let start: Word[];
  let end: Word[] | null;
  if (all.length === 1 && first.length <= EDGE_WORDS * 2 && first.at(-1)!.end - first[0]!.start <= MAX_DIRECT) {
    start = first;
    end = null;
  } else if (all.length === 1) {
    start = first.slice(0, EDGE_WORDS);
    end = first.slice(-EDGE_WORDS);
  } else {
    start = first.slice(0, EDGE_WORDS);
    end = last.slice(-EDGE_WORDS);
  }
  const startsAtWord = start[0]!.start === exact.search(/\S|$/) && isWordChar(exact[start[0]!.start]);
  const endWord = (end ?? start).at(-1)!;
  const endsAtWord = /^\s*$/.test(exact.slice(endWord.end));

  // Context: whole words next to the quote across white space only (the first word of the
  // prefix and the last of the suffix may be cut, so they are never used).
  let before = '';
  if (startsAtWord) {
    const words = wordsOf(prefix);
    const tail = runs(prefix, words[0]?.start === 0 ? words.slice(1) : words).at(-1) ?? [];
    if (tail.length > 0 && onlySpace(prefix.slice(tail.at(-1)!.end)) && /[^\S\n\r]$/.test(prefix)) before = encodePart(tail.slice(-CONTEXT_WORDS));
  }
  let after = '';
  if (endsAtWord) {
    const words = wordsOf(suffix);
    const cut = words.at(-1)?.end === suffix.length ? words.slice(0, -1) : words;
    const head = runs(suffix, cut)[0] ?? [];
    if (head.length > 0 && onlySpace(suffix.slice(0, head[0]!.start)) && /^[^\S\n\r]/.test(suffix)) after = encodePart(head.slice(0, CONTEXT_WORDS));
  }
  const quote = end === null ? encodePart(start) : `${encodePart(start)},${encodePart(end)}`;
  return `:~:text=${before ? `${before}-,` : ''}${quote}${after ? `,-${after}` : ''}`;
}

/** The article opened at the annotation, or null when the url is not http(s). */
export function annotationLink(a: Pick<AnnotationRecord, 'article' | 'selectors'>): string | null {
  const base = httpUrl(a.article);
  if (base === null) return null;
  const fragment = textFragment(a);
  if (fragment === '') return base;
  const hashAt = base.indexOf('#');
  return hashAt === -1 ? `${base}#${fragment}` : `${base}${fragment}`;
}
