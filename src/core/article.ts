// Turns a page into the article text the engine works on: Readability on a clone of the page,
// then one walk over its content that flattens blocks to paragraphs (offsets kept, whitespace
// collapsed) and remembers <blockquote> paragraphs and <q> ranges.
import { Readability } from '@mozilla/readability';
import type { Article, Paragraph } from './types';
import { guessLanguage } from './language';

/** Thrown when a page has no article that Readability can find. */
export class NoArticleError extends Error {
  constructor(message = 'no article found on this page') {
    super(message);
    this.name = 'NoArticleError';
  }
}

// Elements that start a new paragraph of article text.
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL', 'BR',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA', 'IFRAME']);
const HEADING = /^H[1-6]$/;
const SPACE = /[\s\u00a0\u200b]+/g;

interface Walk {
  text: string;
  paragraphs: Paragraph[];
  inlineQuotes: Array<{ start: number; end: number }>;
  buf: string;
  blockquote: number;
  heading: number;
  paraBlockquote: boolean;
  paraHeading: boolean;
}

function flush(w: Walk): void {
  const t = w.buf.trim();
  w.buf = '';
  if (!t) return;
  // Offsets of <q> ranges were recorded against buf including leading spaces: shift them.
  if (w.text) w.text += '\n\n';
  const start = w.text.length;
  w.text += t;
  w.paragraphs.push({ start, end: w.text.length, blockquote: w.paraBlockquote, heading: w.paraHeading });
}

/** Appends text to the current paragraph, collapsing whitespace as a browser renders it. */
function append(w: Walk, s: string): void {
  const collapsed = s.replace(SPACE, ' ');
  if (!collapsed) return;
  if (w.buf === '' || /\s$/.test(w.buf)) w.buf += w.buf === '' ? collapsed.trimStart() : collapsed.replace(/^ /, '');
  else w.buf += collapsed;
  if (w.buf.length > 0) {
    w.paraBlockquote ||= w.blockquote > 0;
    w.paraHeading ||= w.heading > 0;
  }
}

function startBlock(w: Walk): void {
  flush(w);
  w.paraBlockquote = false;
  w.paraHeading = false;
}

function walk(node: Node, w: Walk): void {
  // An explicit stack keeps a hostile, deeply nested page from overflowing the call stack.
  type Frame = { node: Node; exit?: () => void };
  const stack: Frame[] = [{ node }];
  while (stack.length) {
    const frame = stack.pop()!;
    if (frame.exit) {
      frame.exit();
      continue;
    }
    const n = frame.node;
    if (n.nodeType === 3) {
      append(w, n.nodeValue ?? '');
      continue;
    }
    if (n.nodeType !== 1) continue;
    const el = n as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag)) continue;
    const block = BLOCK.has(tag);
    if (block) startBlock(w);
    if (tag === 'BLOCKQUOTE') w.blockquote++;
    if (HEADING.test(tag)) w.heading++;
    let qStart = -1;
    if (tag === 'Q') qStart = pendingOffset(w);
    stack.push({
      node: n,
      exit: () => {
        if (tag === 'Q' && qStart >= 0) {
          const end = pendingOffset(w);
          if (end > qStart) w.inlineQuotes.push({ start: qStart, end });
        }
        if (tag === 'BLOCKQUOTE') w.blockquote--;
        if (HEADING.test(tag)) w.heading--;
        if (block) startBlock(w);
      },
    });
    const kids = el.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]! });
  }
}

/** Where the next character appended to the current paragraph will land in the final text. */
function pendingOffset(w: Walk): number {
  const lead = w.buf.length - w.buf.trimStart().length;
  const base = w.text ? w.text.length + 2 : 0;
  return base + Math.max(0, w.buf.length - lead);
}

/** Flattens a DOM subtree to paragraph text. Exported for tests and for pages without Readability. */
export function flattenToText(root: Node): Pick<Article, 'text' | 'paragraphs' | 'inlineQuotes'> {
  const w: Walk = {
    text: '', paragraphs: [], inlineQuotes: [], buf: '', blockquote: 0, heading: 0,
    paraBlockquote: false, paraHeading: false,
  };
  walk(root, w);
  flush(w);
  const inlineQuotes = w.inlineQuotes.filter((q) => q.end <= w.text.length);
  return { text: w.text, paragraphs: w.paragraphs, inlineQuotes };
}

/** What Readability found: its metadata and the article's content element. */
export type ParsedPage = NonNullable<ReturnType<Readability<Element>['parse']>> & { content: Element };

/** Readability on a clone of the document (parse() changes what it reads). Throws NoArticleError. */
export function runReadability(doc: Document): ParsedPage {
  const clone = doc.cloneNode(true) as Document;
  let parsed: ReturnType<Readability<Element>['parse']>;
  try {
    parsed = new Readability<Element>(clone, { serializer: (el) => el as Element, charThreshold: 200 }).parse();
  } catch (e) {
    throw new NoArticleError(`Readability failed on this page: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!parsed || !parsed.content) throw new NoArticleError();
  return parsed as ParsedPage;
}

/** Readability on a clone of the document, flattened to text. Throws NoArticleError. */
export function readArticle(doc: Document, url: string): Article {
  return articleFrom(runReadability(doc), doc, url);
}

/** The article text and metadata of a Readability result. Throws NoArticleError if it is too short. */
export function articleFrom(parsed: ParsedPage, doc: Document, url: string): Article {
  const flat = flattenToText(parsed.content);
  if (flat.text.length < 80) throw new NoArticleError();
  const title = (parsed.title ?? doc.title ?? '').replace(SPACE, ' ').trim();
  const declared = (parsed.lang ?? doc.documentElement?.getAttribute('lang') ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  const lang = /^[a-z]{2,3}$/.test(declared) ? declared : guessLanguage(flat.text);
  return {
    url,
    title,
    byline: parsed.byline?.trim() || null,
    siteName: parsed.siteName?.trim() || null,
    lang,
    ...flat,
  };
}
