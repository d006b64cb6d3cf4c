// Turns a page into the article text the engine works on: Readability on a clone of the page,
// then one walk over its content that flattens blocks to paragraphs (offsets kept, whitespace
// collapsed) and remembers <blockquote> paragraphs and <q> ranges.
import { Readability } from '@mozilla/readability';
import type { Article, Paragraph, Reading } from './types';
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
const SPACE = /[\s\u00a0\u200b]+/g;

interface Walk {
  /**
   * The text so far, as its pieces (paragraphs and the blank lines between them), joined once at
   * the end: one flat string, where appending to a string makes a rope that every character read
   * of the engine then goes through.
   */
  pieces: string[];
  /** Length of the text so far. */
  length: number;
  paragraphs: Paragraph[];
  inlineQuotes: Array<{ start: number; end: number }>;
  /** The current paragraph so far: never starts with a space (append trims it), collapsed inside. */
  buf: string;
  /** buf ends in a space. */
  bufSpace: boolean;
  blockquote: number;
  heading: number;
  paraBlockquote: boolean;
  paraHeading: boolean;
}

function flush(w: Walk): void {
  const t = w.buf.trim();
  w.buf = '';
  w.bufSpace = false;
  if (!t) return;
  // Offsets of <q> ranges were recorded against buf including leading spaces: shift them.
  if (w.length > 0) {
    w.pieces.push('\n\n');
    w.length += 2;
  }
  const start = w.length;
  w.pieces.push(t);
  w.length += t.length;
  w.paragraphs.push({ start, end: w.length, blockquote: w.paraBlockquote, heading: w.paraHeading });
}

/**
 * Appends text to the current paragraph, collapsing whitespace as a browser renders it. buf is
 * only ever appended to (a rope, never read back until flush): whether it ends in a space is
 * kept beside it, since testing the string itself would copy it whole at every text node.
 */
function append(w: Walk, s: string): void {
  const collapsed = collapsedAlready(s) ? s : s.replace(SPACE, ' ');
  if (!collapsed) return;
  const piece = w.buf === '' ? collapsed.trimStart() : w.bufSpace && collapsed.charCodeAt(0) === 32 ? collapsed.slice(1) : collapsed;
  if (piece) {
    w.buf += piece;
    w.bufSpace = piece.charCodeAt(piece.length - 1) === 32;
  }
  if (w.buf.length > 0) {
    w.paraBlockquote ||= w.blockquote > 0;
    w.paraHeading ||= w.heading > 0;
  }
}

/**
 * A character SPACE matches other than a plain space (JavaScript's \s, or a zero-width space), or
 * two plain spaces: where SPACE would change a string. One test of a compiled regex, quicker than
 * the replace on the many text nodes that need none, and than a scan by character codes.
 */
const NOT_COLLAPSED = /[^\S ]|\u200b| {2}/;

/** SPACE would leave s as it is: every run of spaces in it is one plain space. */
function collapsedAlready(s: string): boolean {
  return !NOT_COLLAPSED.test(s);
}

function startBlock(w: Walk): void {
  flush(w);
  w.paraBlockquote = false;
  w.paraHeading = false;
}

/** Where the walk leaves an element: what its end closes (walk's stack holds these between the nodes). */
class Exit {
  constructor(readonly tag: string, readonly block: boolean, readonly heading: boolean, readonly qStart: number) {}
}

/** An element of a heading: H1 to H6 (tag in upper case), read by character codes. */
function isHeading(tag: string): boolean {
  if (tag.length !== 2 || tag.charCodeAt(0) !== 72) return false;
  const d = tag.charCodeAt(1);
  return d >= 49 && d <= 54;
}

function walk(node: Node, w: Walk): void {
  // An explicit stack keeps a hostile, deeply nested page from overflowing the call stack. It
  // holds the nodes themselves and, after an element's children, a null that stands for its Exit
  // (kept on exits): no frame object or closure per node, and no instanceof test of every node
  // (a walk up each node's prototype chain).
  const stack: Array<Node | null> = [node];
  const exits: Exit[] = [];
  while (stack.length) {
    const frame = stack.pop()!;
    if (frame === null) {
      const exit = exits.pop()!;
      const { tag } = exit;
      if (tag === 'Q' && exit.qStart >= 0) {
        const end = pendingOffset(w);
        if (end > exit.qStart) w.inlineQuotes.push({ start: exit.qStart, end });
      }
      if (tag === 'BLOCKQUOTE') w.blockquote--;
      if (exit.heading) w.heading--;
      if (exit.block) startBlock(w);
      continue;
    }
    const n = frame;
    if (n.nodeType === 3) {
      const marks = QUOTE_MARKS.get(n);
      if (marks) appendQuoted(w, n.nodeValue ?? '', marks);
      else append(w, n.nodeValue ?? '');
      continue;
    }
    if (n.nodeType !== 1) continue;
    const el = n as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag)) continue;
    const block = BLOCK.has(tag);
    if (block) startBlock(w);
    if (tag === 'BLOCKQUOTE') w.blockquote++;
    const heading = isHeading(tag);
    if (heading) w.heading++;
    let qStart = -1;
    if (tag === 'Q') qStart = pendingOffset(w);
    exits.push(new Exit(tag, block, heading, qStart));
    stack.push(null);
    // Sibling links, last child first: a NodeList read by index goes through a proxy in jsdom,
    // which cost more than the rest of the walk.
    for (let k = el.lastChild; k !== null; k = k.previousSibling) stack.push(k);
  }
}

/**
 * Appends a text node of a copy that holds quotations as text (QUOTE_MARKS): its pieces between
 * the marks one by one, and each <q>'s range, as the walk of the <q> elements would have.
 */
function appendQuoted(w: Walk, s: string, marks: readonly number[]): void {
  let from = 0;
  const open: number[] = [];
  for (const m of marks) {
    const at = Math.min(Math.floor(m / 2), s.length);
    if (at > from) append(w, s.slice(from, at)), (from = at);
    if (m % 2 === 1) open.push(pendingOffset(w));
    else {
      const start = open.pop();
      const end = pendingOffset(w);
      if (start !== undefined && end > start) w.inlineQuotes.push({ start, end });
    }
  }
  if (from < s.length) append(w, s.slice(from));
}

/** Where the next character appended to the current paragraph will land in the final text. */
function pendingOffset(w: Walk): number {
  // buf never starts with a space, so its length is where the next character lands in it.
  const base = w.length > 0 ? w.length + 2 : 0;
  return base + w.buf.length;
}

/** Flattens a DOM subtree to paragraph text. Exported for tests and for pages without Readability. */
export function flattenToText(root: Node): Pick<Article, 'text' | 'paragraphs' | 'inlineQuotes'> {
  const w: Walk = {
    pieces: [], length: 0, paragraphs: [], inlineQuotes: [], buf: '', bufSpace: false, blockquote: 0, heading: 0,
    paraBlockquote: false, paraHeading: false,
  };
  walk(root, w);
  flush(w);
  const text = w.pieces.join('');
  const inlineQuotes = w.inlineQuotes.filter((q) => q.end <= text.length);
  return { text, paragraphs: w.paragraphs, inlineQuotes };
}

/**
 * What Readability found: its metadata and the article's content element, and how it was read.
 * `exhausted`: every attempt fell short of the threshold and this is the longest of them.
 */
export type ParsedPage = NonNullable<ReturnType<Readability<Element>['parse']>> & { content: Element; reading?: Reading; exhausted?: boolean };

/**
 * How deep the engine walks the live page (the largest-text-block check). Saved news pages nest
 * 25 levels at most (the corpora).
 */
export const MAX_DEPTH = 128;

/**
 * How deep the copy Readability reads nests. Readability's walks cost about depth x text on a
 * deep chain: every level is a candidate whose link density reads all the text below it (a
 * generated 434 KB page cut at 128 levels: 1.9 s). Below this depth the copy is flattened
 * (flattenInto): the page's text, its blocks and their order stay; nesting does not. The corpora
 * nest 24 levels at most, so no page of theirs is touched.
 */
export const READ_DEPTH = 48;

/** True when some element is `depth` levels below the root element, or when the engine cannot tell. */
function hasElementAtDepth(doc: Document, depth: number): boolean {
  try {
    return doc.querySelector(`:root${' > *'.repeat(depth)}`) !== null;
  } catch {
    return true; // the explicit walk copes with any depth
  }
}

/**
 * A copy of the page's element tree in a fresh document, without the doctype (jsdom checks a
 * doctype's name when it clones one, browsers do not). A page with elements READ_DEPTH deep or
 * deeper is walked with an explicit stack, and what stands that deep is flattened into the
 * element above it (flattenInto).
 */
export function clonePage(doc: Document): { clone: Document; depthCut: boolean } {
  const clone = doc.implementation.createHTMLDocument('');
  const root = doc.documentElement;
  if (!root) return { clone, depthCut: false };
  // A page no deeper than READ_DEPTH (nearly all) is copied in one native call: node by node, from
  // a content script's world, the copy cost as much as Readability's whole parse. One selector
  // says whether any element stands that deep; another, whether any code holds elements (the
  // walk copies highlighted code as its text, below).
  if (!hasElementAtDepth(doc, READ_DEPTH) && doc.querySelector('code *') === null) {
    // A static list: jsdom reads any property of a live HTMLCollection (item, length) by first
    // looking for an element of that name or id among all of its elements (62,029 <q>: minutes).
    const quotes = Array.from(root.querySelectorAll('Q'));
    if (quotes.length === 0 || !copyQuotesAsText(root, quotes, clone)) clone.replaceChild(clone.importNode(root, true), clone.documentElement);
    return { clone, depthCut: false };
  }
  const top = clone.importNode(root, false);
  clone.replaceChild(top, clone.documentElement);
  let depthCut = false;
  const containers = new WeakSet<Node>();
  const stack: Array<{ node: Node; parent: Element; depth: number }> = [];
  const pushChildren = (node: Node, parent: Element, depth: number) => {
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, parent, depth });
  };
  pushChildren(root, top, 1);
  while (stack.length) {
    const { node, parent, depth } = stack.pop()!;
    const type = node.nodeType;
    if (type === 1) {
      if (depth >= READ_DEPTH) {
        depthCut = true;
        flattenInto(parent, node as Element, containers);
        continue;
      }
      const copy = clone.importNode(node, false) as Element;
      parent.appendChild(copy);
      if ((node as Element).tagName.toUpperCase() === 'CODE' && plainCode(node as Element)) {
        // Highlighted code: its tokens' spans say nothing the text does not, so the copy holds
        // its text alone (a code block of 100,000 spans cost Readability 20 s; as text, nothing).
        const text = node.textContent ?? '';
        if (text) copy.appendChild(clone.createTextNode(text));
        continue;
      }
      // A <template>'s children live in its content fragment and are not read.
      pushChildren(node, copy, depth + 1);
    } else if (type === 3 || type === 4 || type === 8) parent.appendChild(clone.importNode(node, false));
  }
  return { clone, depthCut };
}

/**
 * Where the <q> elements of the page were in a text node of the copy Readability reads: offsets
 * in its data, in document order, each offset × 2, + 1 where a <q> opened there, + 0 where one
 * closed (copyQuotesAsText). flattenToText reads the ranges back from them.
 */
const QUOTE_MARKS = new WeakMap<Node, readonly number[]>();

/** True when the copy holds text nodes with QUOTE_MARKS (its restores must carry them: copyMarked). */
const MARKED_COPIES = new WeakSet<Document>();

/** The namespace of HTML elements: a <q> of SVG or MathML is no quotation. */
const HTML_NS = 'http://www.w3.org/1999/xhtml';

/**
 * Copies the page into `clone` (its root element replaced) with every plain <q> as text: the
 * <q> with no attributes, text and plain <q> alone inside it, some text that is not white space,
 * and nothing flattenToText skips around it. The text nodes and plain quotations of a run of
 * siblings become one text node (its leading and trailing white-space nodes stay apart, as
 * Readability trims a paragraph it makes of such a run), and QUOTE_MARKS keeps where each <q>
 * opened and closed in it. Readability reads the same text in the same paragraphs: a plain <q>
 * has no attribute it weighs (class, id, style, role, hidden) and holds no element; but it walks
 * far fewer nodes (a page of 45,790 <q> in 596 paragraphs: Readability 4.7 s -> ~0.3 s in jsdom,
 * where every element read costs). Elements with no plain quotation below them are copied in
 * one native call each. Answers false when no <q> is plain (nothing copied).
 */
function copyQuotesAsText(root: Element, quotes: readonly Element[], clone: Document): boolean {
  const plainTree = new Map<Element, boolean>();
  /** A <q> with no attributes holding only text and such <q>. */
  const isPlainTree = (q: Element): boolean => {
    let known = plainTree.get(q);
    if (known !== undefined) return known;
    known = q.namespaceURI === HTML_NS && q.attributes.length === 0;
    for (let k = q.firstChild; known && k; k = k.nextSibling) {
      if (k.nodeType === 3) continue;
      known = k.nodeType === 1 && (k as Element).tagName.toUpperCase() === 'Q' && isPlainTree(k as Element);
    }
    plainTree.set(q, known);
    return known;
  };
  /** Elements above a plain quotation (copied node by node), and whether flattenToText skips them. */
  const skipped = new Map<Node, boolean>();
  const plain = new Set<Node>();
  for (const q of quotes) {
    const parent = q.parentElement;
    if (!parent || (parent.tagName.toUpperCase() === 'Q' && isPlainTree(parent))) continue; // inside one copied as text
    if (!isPlainTree(q) || (q.textContent ?? '').trim() === '') continue;
    const chain: Element[] = [];
    let skip = false;
    let up: Element | null = parent;
    for (; up && !skipped.has(up); up = up.parentElement) chain.push(up);
    skip = up ? skipped.get(up)! : false;
    for (let i = chain.length - 1; i >= 0; i--) {
      skip ||= SKIP.has(chain[i]!.tagName.toUpperCase());
      skipped.set(chain[i]!, skip);
    }
    if (!skip && skipped.get(parent) === false) plain.add(q);
  }
  if (plain.size === 0) return false;
  const top = clone.importNode(root, false) as Element;
  clone.replaceChild(top, clone.documentElement);
  MARKED_COPIES.add(clone);
  const stack: Array<[Element, Element]> = [[root, top]];
  const run: Node[] = [];
  const flushRun = (into: Element) => {
    if (!run.length) return;
    let a = 0;
    let b = run.length;
    if (run.some((n) => plain.has(n))) {
      const blank = (n: Node) => n.nodeType === 3 && (n.nodeValue ?? '').trim() === '';
      while (a < b && blank(run[a]!)) a++;
      while (b > a && blank(run[b - 1]!)) b--;
    } else a = b = run.length;
    for (let i = 0; i < a; i++) into.appendChild(clone.importNode(run[i]!, false));
    if (a < b) {
      const parts: string[] = [];
      let length = 0;
      const marks: number[] = [];
      const add = (n: Node): void => {
        if (n.nodeType === 3) {
          const v = n.nodeValue ?? '';
          parts.push(v);
          length += v.length;
          return;
        }
        marks.push(length * 2 + 1);
        for (let k = n.firstChild; k; k = k.nextSibling) add(k);
        marks.push(length * 2);
      };
      for (let i = a; i < b; i++) add(run[i]!);
      const text = into.appendChild(clone.createTextNode(parts.join('')));
      if (marks.length) QUOTE_MARKS.set(text, marks);
    }
    for (let i = b; i < run.length; i++) into.appendChild(clone.importNode(run[i]!, false));
    run.length = 0;
  };
  while (stack.length) {
    const [source, copy] = stack.pop()!;
    for (let k = source.firstChild; k; k = k.nextSibling) {
      if (k.nodeType === 3 || plain.has(k)) {
        run.push(k);
        continue;
      }
      flushRun(copy);
      if (skipped.get(k) === false) stack.push([k as Element, copy.appendChild(clone.importNode(k, false)) as Element]);
      else copy.appendChild(clone.importNode(k, true));
    }
    flushRun(copy);
  }
  return true;
}

/** A deep copy of a node of a copy; where the copy has QUOTE_MARKS, its text nodes' marks go with them. */
function copyMarked(node: Node): Node {
  const copy = node.cloneNode(true);
  const doc = node.ownerDocument;
  if (!doc || !MARKED_COPIES.has(doc)) return copy;
  const from = doc.createTreeWalker(node, 0x4);
  const to = doc.createTreeWalker(copy, 0x4);
  for (let a = node.nodeType === 3 ? node : from.nextNode(), b = copy.nodeType === 3 ? copy : to.nextNode(); a && b; a = from.nextNode(), b = to.nextNode()) {
    const marks = QUOTE_MARKS.get(a);
    if (marks) QUOTE_MARKS.set(b, marks);
  }
  return copy;
}

/** <q> and <a> kept inside one another in a flattened part, at most (the rest flows as text). */
const FLAT_INLINE = 8;
/**
 * Blocks in one container of a flattened part, at most. jsdom rebuilds a parent's list of
 * children at each removal, and Readability removes many (empty paragraphs, footers): among
 * 10,000 siblings that was 5 s of a 778 KB page.
 */
const FLAT_RUN = 100;

/**
 * Copies `el` and everything below it into `anchor` without nesting: every block becomes a
 * child of `anchor` holding its own text and inline content, in document order (a block's text
 * after a block inside it goes into a second copy of it, after that block), so flattenToText
 * reads the same text in the same paragraphs. Inline elements go, their text stays, except <q>
 * (the engine's quotes) and <a> (Readability weighs links), kept up to FLAT_INLINE inside one
 * another. Blocks with no text of their own (wrappers) leave no copy. Scripts, styles and the
 * like (SKIP) are left out: flattenToText skips them and Readability removes them.
 */
function flattenInto(anchor: Element, el: Element, containers: WeakSet<Node>): void {
  const doc = anchor.ownerDocument;
  const blockParent = (): Element => {
    const last = anchor.lastChild;
    if (last && containers.has(last) && last.childNodes.length < FLAT_RUN) return last as Element;
    const div = anchor.appendChild(doc.createElement('DIV')); // an HTML document lowercases the name
    containers.add(div);
    return div;
  };
  /** The blocks open around the current node; copy: null until text goes into this part of it. */
  const blocks: Array<{ source: Element; copy: Element | null }> = [];
  /** The <q> and <a> copies open in the current block, innermost last. */
  let inline: Element[] = [];
  const container = (): Element => {
    if (inline.length) return inline[inline.length - 1]!;
    const b = blocks[blocks.length - 1];
    if (!b) return anchor;
    if (!b.copy) blockParent().appendChild((b.copy = doc.importNode(b.source, false)));
    return b.copy;
  };
  const opened = (): boolean => inline.length > 0 || blocks.length === 0 || blocks[blocks.length - 1]!.copy !== null;
  type Frame = { node: Node } | { exitBlock: true } | { exitInline: Element };
  const stack: Frame[] = [{ node: el }];
  const pushChildren = (n: Node) => {
    for (let k = n.lastChild; k !== null; k = k.previousSibling) stack.push({ node: k });
  };
  while (stack.length) {
    const frame = stack.pop()!;
    if ('exitBlock' in frame) {
      blocks.pop();
      inline = [];
      // Text after this block goes into a new copy of the block around it.
      if (blocks.length) blocks[blocks.length - 1]!.copy = null;
      continue;
    }
    if ('exitInline' in frame) {
      const at = inline.indexOf(frame.exitInline);
      if (at >= 0) inline.length = at;
      continue;
    }
    const n = frame.node;
    const type = n.nodeType;
    if (type === 3 || type === 4) {
      // White space alone does not open a new copy of a block (it would be an empty paragraph).
      if (opened() || (n.nodeValue ?? '').trim()) container().appendChild(doc.importNode(n, false));
      continue;
    }
    if (type !== 1) continue;
    const e = n as Element;
    const tag = e.tagName.toUpperCase();
    if (SKIP.has(tag)) continue;
    if (BLOCK.has(tag)) {
      inline = [];
      if (blocks.length) blocks[blocks.length - 1]!.copy = null;
      blocks.push({ source: e, copy: null });
      if (!e.firstChild) {
        // A block with nothing in it is still a break: a <br> or <hr> is copied, any other ends
        // the text before it (the block around it goes on in a new copy) or, outside any, is a <br>.
        blocks.pop();
        if (tag === 'BR' || tag === 'HR') blockParent().appendChild(doc.importNode(e, false));
        else if (!blocks.length) anchor.appendChild(doc.createElement('BR'));
        continue;
      }
      stack.push({ exitBlock: true });
      pushChildren(e);
    } else if ((tag === 'Q' || tag === 'A') && inline.length < FLAT_INLINE) {
      const copy = doc.importNode(e, false) as Element;
      container().appendChild(copy);
      inline.push(copy);
      stack.push({ exitInline: copy });
      pushChildren(e);
    } else if (!e.firstChild) container().appendChild(doc.importNode(e, false));
    else pushChildren(e);
  }
}

/**
 * A <code> with element children that all flatten to their text alone: no blocks or line breaks,
 * nothing skipped, no <q> or link (Readability weighs links). Its copy can be its text.
 */
function plainCode(code: Element): boolean {
  if (!code.firstElementChild) return false;
  const stack: Element[] = [code];
  while (stack.length) {
    for (let child = stack.pop()!.firstElementChild; child; child = child.nextElementSibling) {
      const tag = child.tagName.toUpperCase();
      if (BLOCK.has(tag) || SKIP.has(tag) || tag === 'Q' || tag === 'A' || tag === 'IMG') return false;
      stack.push(child);
    }
  }
  return true;
}

type ReadabilityOptions = ConstructorParameters<typeof Readability>[1];

/** Readability on a fresh copy of the page. null: Readability found nothing, or failed. */
function parseCopy(doc: Document, options: ReadabilityOptions): { parsed: ParsedPage | null; depthCut: boolean; error: string | null } {
  let copy: ReturnType<typeof clonePage>;
  try {
    copy = clonePage(doc);
  } catch (e) {
    return { parsed: null, depthCut: false, error: `the page cannot be copied (${e instanceof Error ? e.message : String(e)})` };
  }
  // A copy with quotations as text (copyQuotesAsText) is put back from copies too: its HTML has no marks.
  const restores = copy.clone.body ? restoreFromCopies(copy.clone.body, !copy.depthCut && !MARKED_COPIES.has(copy.clone)) : () => 0;
  try {
    const parsed = new Readability<Element>(copy.clone, { ...options, serializer: (el) => el as Element }).parse();
    if (!parsed || !parsed.content) return { parsed: null, depthCut: copy.depthCut, error: null };
    // Readability puts the page back after each attempt that falls short, the fourth time after its last.
    return { parsed: { ...(parsed as ParsedPage), exhausted: restores() >= 4 }, depthCut: copy.depthCut, error: null };
  } catch (e) {
    return { parsed: null, depthCut: copy.depthCut, error: `Readability failed on this page: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/**
 * Readability keeps its page as HTML (body.innerHTML) and, when an attempt finds too little text,
 * puts it back by parsing that HTML before the next, up to four times (its three flags off one
 * by one, then none). Every parse of the same HTML builds the same tree, and jsdom took most of
 * such a page's time parsing it again (a mutated 327 KB saved page: four parses). Here the body
 * is put back from a copy instead:
 * - of the tree the first parse built (`asParsed`): the same tree each further parse would build;
 * - on a page cut at the depth bound (no tree a parser builds), of its nodes when the HTML was
 *   read: the tree the attempt started from (a 14 KB page of 144 levels: 1.4 s in three parses).
 * The third restore hands over the copy itself (a fourth attempt is the last and reads none
 * after it), and the fourth, after the last attempt, only empties the body: Readability then
 * returns its longest attempt, whose nodes were taken out of the page either way. Answers how
 * many times the page was put back.
 */
function restoreFromCopies(body: HTMLElement, asParsed: boolean): () => number {
  let html: PropertyDescriptor | undefined;
  for (let o: object | null = Object.getPrototypeOf(body) as object | null; o && !html; o = Object.getPrototypeOf(o) as object | null) html = Object.getOwnPropertyDescriptor(o, 'innerHTML');
  if (!html?.get || !html.set) return () => 0;
  const { get, set } = html;
  let read: string | null = null;
  let kept: Node[] | null = null;
  let restores = 0;
  Object.defineProperty(body, 'innerHTML', {
    configurable: true,
    get(this: HTMLElement): string {
      read = get.call(this) as string;
      restores = 0;
      kept = asParsed ? null : Array.from(this.childNodes, copyMarked);
      return read;
    },
    set(this: HTMLElement, value: string): void {
      if (read === null || value !== read) {
        set.call(this, value);
        return;
      }
      restores++;
      if (restores >= 4) this.replaceChildren();
      else if (!kept) {
        set.call(this, value);
        kept = Array.from(this.childNodes, (n) => n.cloneNode(true));
      } else if (restores === 3) {
        this.replaceChildren(...kept);
        kept = [];
      } else this.replaceChildren(...kept.map(copyMarked));
    },
  });
  return () => restores;
}

/** Our first pick: Readability with a low threshold, so that short news items are read too. */
const FIRST: ReadabilityOptions = { charThreshold: 200 };
/** Readability's own defaults: the second opinion when the first pick is implausible. */
const DEFAULTS: ReadabilityOptions = {};

/** Readability on a copy of the document (parse() changes what it reads). Throws NoArticleError. */
export function runReadability(doc: Document): ParsedPage {
  // Nothing at our threshold is nothing at Readability's higher default either (it returns its
  // longest attempt whatever the threshold): no second try.
  const { parsed, depthCut, error } = parseCopy(doc, FIRST);
  if (!parsed) throw new NoArticleError(error ?? undefined);
  parsed.reading = { depthLimit: depthCut ? READ_DEPTH : null, fallback: null, rejected: null, thin: false, articleChars: 0, pageChars: 0 };
  return parsed;
}

/** Readability on a copy of the document, checked, flattened to text. Throws NoArticleError. */
export function readArticle(doc: Document, url: string): Article {
  return finishReading(runReadability(doc), doc, url);
}

/**
 * Readability's pick, flattened, before the checks readArticle makes of it (the page's largest
 * text block, link density, boilerplate), which read the page a second time: a content script
 * sends the pick to the engine at once and runs check() while the engine works. check() answers
 * readArticle's article: the pick itself (the same object, its reading filled in) when it
 * stands, else the better reading. The pick is null when it is too short to be an article; check()
 * then reads the page again at once.
 */
export interface EarlyReading {
  pick: Article | null;
  check(): Article;
}

/** readArticle's parse, then a pause (in a page, the rest is another task), then the pick unchecked. */
export async function readArticleEarly(doc: Document, url: string, pause: () => Promise<void>): Promise<EarlyReading> {
  const first = runReadability(doc);
  await pause();
  let pick: Article | null = null;
  try {
    pick = articleFrom(first, doc, url);
  } catch (e) {
    if (!(e instanceof NoArticleError)) throw e;
  }
  return { pick, check: () => finishReading(first, doc, url, pick) };
}

/**
 * readArticle with a pause between Readability's parse and the rest (flattening, the page's
 * largest block, the plausibility checks), so that in a page the two are separate tasks: the
 * content script gives the page its main thread back in between. The same article as readArticle.
 */
export async function readArticleInSteps(doc: Document, url: string, pause: () => Promise<void>): Promise<Article> {
  return (await readArticleEarly(doc, url, pause)).check();
}

/** What readArticle does after Readability's first parse (`picked`: articleFrom of it, already made). */
function finishReading(first: ParsedPage, doc: Document, url: string, picked?: Article | null): Article {
  let article: Article | null = picked === undefined ? null : picked;
  if (picked === undefined) {
    try {
      article = articleFrom(first, doc, url);
    } catch (e) {
      if (!(e instanceof NoArticleError)) throw e;
    }
  }
  const main = largestTextBlock(doc);
  const rejected = article ? implausible(article, first.content, doc, main.chars) : 'short';
  const reading = first.reading!;
  if (rejected) {
    // Second opinion: Readability's defaults, then the page's largest text block.
    let better: Article | null = null;
    // Readability accepts the first of its attempts whose text reaches the threshold. A pick of
    // SAME_AT_DEFAULTS characters or more at our lower threshold is the pick at its defaults too,
    // so the second run could only repeat the first (and costs as much: most of a deep page's time).
    // Nor when every attempt fell short of our threshold: each falls short of the higher default
    // too, and Readability returns the same longest attempt. Nor on a page flattened at the depth
    // bound (none of the corpora): there the largest text block stands in for the second run,
    // which cost as much as the first (a generated 879 KB page: 1.7 s more).
    const again = readabilityChars(first.content) >= SAME_AT_DEFAULTS || first.exhausted || reading.depthLimit !== null ? null : parseCopy(doc, DEFAULTS).parsed;
    if (again) {
      const candidate = articleOrNull(again, doc, url);
      if (candidate && !implausible(candidate, again.content, doc, main.chars)) better = candidate, reading.fallback = 'defaults';
    }
    if (!better && main.element) {
      const candidate = articleOrNull({ ...first, content: main.element }, doc, url);
      if (candidate && readChars(candidate) > (article ? readChars(article) : 0)) better = candidate, reading.fallback = 'largest-block';
    }
    if (better) article = better, reading.rejected = rejected;
  }
  if (!article) throw new NoArticleError();
  reading.articleChars = article.text.length;
  reading.pageChars = main.chars;
  reading.thin = main.chars >= THIN_PAGE && readChars(article) < THIN_SHARE * main.chars;
  article.reading = reading;
  return article;
}

/** Readability's default threshold: its pick at 200 with this much text is its pick at the default. */
const SAME_AT_DEFAULTS = 500;

/** The text length Readability compares with its threshold: trimmed, runs of white space as one. */
function readabilityChars(content: Element): number {
  return (content.textContent ?? '').trim().replace(/\s{2,}/g, ' ').length;
}

function articleOrNull(parsed: ParsedPage, doc: Document, url: string): Article | null {
  try {
    return articleFrom(parsed, doc, url);
  } catch (e) {
    if (e instanceof NoArticleError) return null;
    throw e;
  }
}

/** An article under this share of the page's largest text block is far shorter than the page's main text. */
const SHORT_SHARE = 0.2;
/** The share under which the read is thin (the reader is told what was read). */
const THIN_SHARE = 0.2;
/** Pages whose largest text block is smaller than this are never judged by it. */
const THIN_PAGE = 1500;
/** Link text over this share of the article's text: a menu or a list of links, not an article. */
const LINK_DENSE = 0.5;
/** Containers of a page's boilerplate: menus, banners, footers, sidebars. */
const BOILERPLATE = new Set(['NAV', 'FOOTER', 'HEADER', 'ASIDE']);
const BOILERPLATE_ROLES = new Set(['navigation', 'contentinfo', 'banner', 'complementary']);

/** Why Readability's pick is not the article: far shorter than the page's main text, link-dense, or boilerplate. */
function implausible(article: Article, content: Element, doc: Document, mainChars: number): Reading['rejected'] {
  if (mainChars >= THIN_PAGE && readChars(article) < SHORT_SHARE * mainChars) return 'short';
  let links = 0;
  for (const a of Array.from(content.getElementsByTagName('a'))) links += (a.textContent ?? '').replace(SPACE, ' ').trim().length;
  if (links > LINK_DENSE * readChars(article)) return 'link-dense';
  if (inBoilerplate(article, doc)) return 'boilerplate';
  return null;
}

/** The article's whole text stands inside one of the page's menus, banners, footers or sidebars. */
function inBoilerplate(article: Article, doc: Document): boolean {
  const first = article.paragraphs[PUT_BEFORE.has(article) ? 1 : 0];
  if (!first || !doc.body) return false;
  const probe = article.text.slice(first.start, Math.min(first.end, first.start + 200));
  for (const el of Array.from(doc.body.querySelectorAll('nav, footer, header, aside, [role]'))) {
    if (!BOILERPLATE.has(el.tagName.toUpperCase()) && !BOILERPLATE_ROLES.has((el.getAttribute('role') ?? '').toLowerCase())) continue;
    const text = (el.textContent ?? '').replace(SPACE, ' ');
    // All of the article is in there (it is no longer than the boilerplate and starts in it).
    if (text.length >= readChars(article) * 0.8 && text.includes(probe)) return true;
  }
  return false;
}

/**
 * The page's largest text block: the element whose own text and child paragraphs hold the most
 * characters, outside menus, footers and scripts. One walk with an explicit stack, bounded depth.
 * It moves with a TreeWalker and tells text from elements by one read (tagName, which text has
 * not): in a Firefox content script every property read of the live page crosses a wrapper, and
 * the node-by-node reads (first child, next sibling, node type) cost more than the walker's moves.
 */
function largestTextBlock(doc: Document): { element: Element | null; chars: number } {
  let best: Element | null = null;
  let bestChars = 0;
  const body = doc.body;
  if (!body) return { element: null, chars: 0 };
  // Elements and text only: comments, CDATA and the like hold no text that counts.
  const walker = doc.createTreeWalker(body, 0x1 | 0x4);
  const stack: Array<{ el: Element; depth: number }> = [{ el: body, depth: 0 }];
  while (stack.length) {
    const { el, depth } = stack.pop()!;
    let chars = 0;
    walker.currentNode = el;
    for (let n = walker.firstChild(); n; n = walker.nextSibling()) {
      // Text has no tagName; every element has one.
      const tagName = (n as Element).tagName as string | undefined;
      if (tagName === undefined) chars += (n.nodeValue ?? '').replace(SPACE, ' ').trim().length;
      else {
        const child = n as Element;
        const tag = tagName.toUpperCase();
        if (SKIP.has(tag) || BOILERPLATE.has(tag)) continue;
        if (tag === 'P' || tag === 'PRE' || tag === 'BLOCKQUOTE') chars += (child.textContent ?? '').replace(SPACE, ' ').trim().length;
        else if (depth < MAX_DEPTH) stack.push({ el: child, depth: depth + 1 });
      }
    }
    if (chars > bestChars) best = el, bestChars = chars;
  }
  return { element: best, chars: bestChars };
}

/** A headline longer than this is no headline (a hostile page's h1 of a whole article). */
const MAX_HEADLINE = 300;
const LETTERS = /[^\p{L}\p{N}]+/gu;

/**
 * The page's headline, where Readability left it out of the article: the first h1's text when
 * the title is that text (perhaps with the site's name after it) and the article does not open
 * with it. "Graham: Trump's rhetoric destroying GOP's chance" says who claims what; the h1 is on
 * the page, so a finding in it is highlighted there.
 */
function headlineOf(doc: Document, title: string): string | null {
  // The first <h1> in document order, as querySelector('h1') finds it in a parsed page; jsdom
  // answers a selector through its selector engine, ten times slower than by tag name.
  const h1 = doc.body?.getElementsByTagName('h1').item(0);
  const line = collapsed(h1?.textContent ?? '').trim();
  if (!line || line.length > MAX_HEADLINE) return null;
  const key = lettersKey(line);
  return key && lettersKey(title).startsWith(key) ? line : null;
}

/**
 * s.replace(LETTERS, ' ').trim().toLowerCase(): its letters and digits, lower case, each run of
 * anything else one space, none at either end. An ASCII string (nearly every headline and title)
 * is read by character codes: a global replace costs a call into the runtime of 1-3 us on a
 * title, more than the rest of the comparison.
 */
export function lettersKey(s: string): string {
  let out = '';
  let word = -1; // where the current run of letters and digits began
  for (let i = 0; i <= s.length; i++) {
    const ch = i < s.length ? s.charCodeAt(i) : 32;
    if (ch >= 128) return s.replace(LETTERS, ' ').trim().toLowerCase();
    const alnum = (ch >= 48 && ch <= 57) || (ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122);
    if (alnum) {
      if (word < 0) word = i;
    } else if (word >= 0) {
      out = out === '' ? s.slice(word, i) : out + ' ' + s.slice(word, i);
      word = -1;
    }
  }
  return out.toLowerCase();
}

/** s with its white space collapsed as SPACE does, without the replace where it would change nothing. */
function collapsed(s: string): string {
  return collapsedAlready(s) ? s : s.replace(SPACE, ' ');
}

/**
 * The article with its headline as its first paragraph, a heading marked as the headline: the
 * first paragraph itself when Readability kept the headline there, else one put before the text
 * (every offset moves past it). A headline Readability kept further down is left where it is.
 */
function withHeadline(flat: Pick<Article, 'text' | 'paragraphs' | 'inlineQuotes'>, headline: string): Pick<Article, 'text' | 'paragraphs' | 'inlineQuotes'> {
  const first = flat.paragraphs[0];
  if (first?.heading && flat.text.slice(first.start, first.end) === headline) {
    return { ...flat, paragraphs: [{ ...first, headline: true }, ...flat.paragraphs.slice(1)] };
  }
  if (flat.text.slice(0, headline.length * 2 + 200).includes(headline)) return flat;
  const shift = headline.length + 2;
  return {
    text: [headline, flat.text].join('\n\n'), // one flat string (Walk.pieces)
    paragraphs: [
      { start: 0, end: headline.length, blockquote: false, heading: true, headline: true },
      ...flat.paragraphs.map((p) => ({ ...p, start: p.start + shift, end: p.end + shift })),
    ],
    inlineQuotes: flat.inlineQuotes.map((q) => ({ start: q.start + shift, end: q.end + shift })),
  };
}

/** The article text and metadata of a Readability result. Throws NoArticleError if it is too short. */
export function articleFrom(parsed: ParsedPage, doc: Document, url: string): Article {
  const read = flattenToText(parsed.content);
  if (read.text.length < 80) throw new NoArticleError();
  const title = collapsed(parsed.title ?? doc.title ?? '').trim();
  const headline = headlineOf(doc, title);
  const flat = headline ? withHeadline(read, headline) : read;
  const added = flat.text.length - read.text.length;
  const declared = (parsed.lang ?? doc.documentElement?.getAttribute('lang') ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  const lang = /^[a-z]{2,3}$/.test(declared) ? declared : guessLanguage(flat.text);
  const article: Article = {
    url,
    title,
    byline: parsed.byline?.trim() || null,
    siteName: parsed.siteName?.trim() || null,
    lang,
    ...flat,
  };
  if (added > 0) PUT_BEFORE.set(article, added);
  return article;
}

/**
 * The characters of the headline put before an article's text: the checks of Readability's pick
 * weigh what Readability read, so that adding the headline changes no pick.
 */
const PUT_BEFORE = new WeakMap<Article, number>();

/** The length of the text Readability read (without a headline put before it). */
function readChars(article: Article): number {
  return article.text.length - (PUT_BEFORE.get(article) ?? 0);
}
