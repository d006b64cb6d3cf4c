// The visible text of a live DOM subtree as one string, shaped like the engine's article text
// (whitespace collapsed to single spaces, blocks joined by "\n\n"), with a map from every text
// offset back to a (text node, offset) point. Anchors are found in the string and painted as
// Ranges through the map. Built in one iterative pass: no recursion, linear in the DOM size.

/** Elements marked with this attribute (our own cards, buttons, hosts of shadow UI) are not indexed. */
export const UI_MARKER_ATTRIBUTE = 'data-sourcelight-ui';

/** Elements whose content is never visible text. */
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'select', 'option', 'iframe', 'object',
  'embed', 'svg', 'math', 'canvas', 'video', 'audio', 'head', 'title', 'meta', 'link', 'input', 'button',
]);

/** Elements that start and end a paragraph of text. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td',
  'tfoot', 'th', 'thead', 'tr', 'ul', 'center', 'menu', 'legend', 'br',
]);

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;
/** NodeFilter's whatToShow bits (the constants, not the global: jsdom and every browser agree). */
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const SHOW_CDATA_SECTION = 0x8;

/** Options for building a text index. */
export interface TextIndexOptions {
  /** Extra test for elements to leave out (e.g. a computed-style visibility check in a browser). */
  skip?: (element: Element) => boolean;
}

/** The visible text of a subtree and the way back from its offsets to DOM points. */
export interface TextIndex {
  /** The subtree that was indexed. */
  readonly root: Node;
  /** Visible text: whitespace collapsed to single spaces, blocks joined by "\n\n". */
  readonly text: string;
  /** A DOM Range covering text[start, end); separators at the ends are left out. */
  rangeFor(start: number, end: number): Range;
  /** The text offset of a DOM boundary point, or null when the point is outside the root. */
  offsetOf(node: Node, offset: number): number | null;
}

/** A stretch of the index text that maps one to one onto a stretch of one text node. */
interface Run {
  indexStart: number;
  node: Text;
  nodeStart: number;
  length: number;
}

/** Elements of the skipped kinds, hidden, ours, or hidden by their style attribute. */
const SKIP_SELECTOR = [...SKIPPED, '[hidden]', `[${UI_MARKER_ATTRIBUTE}]`].join(',');

/**
 * The elements under root that stay out of the index with all they hold (as isSkipped tells
 * them), found by two native queries rather than three attribute reads of every element; null
 * where root cannot be queried (a text node).
 */
function skippedElements(root: Node, options: TextIndexOptions): Set<Element> | null {
  const type = root.nodeType;
  if (type !== ELEMENT_NODE && type !== 9 && type !== 11) return null;
  const parent = root as ParentNode;
  const set = new Set<Element>();
  for (const el of Array.from(parent.querySelectorAll(SKIP_SELECTOR))) {
    // The selector's type names match any case in HTML; the walk's test is the exact local name.
    if (el.hasAttribute('hidden') || el.hasAttribute(UI_MARKER_ATTRIBUTE) || SKIPPED.has(el.localName)) set.add(el);
  }
  for (const el of Array.from(parent.querySelectorAll('[style]'))) {
    const style = el.getAttribute('style');
    if (style !== null && HIDDEN_STYLE.test(style)) set.add(el);
  }
  return set;
}

/** True when an element (of local name `name`) and everything in it stays out of the index. */
function isSkipped(el: Element, name: string, skipped: Set<Element> | null, options: TextIndexOptions): boolean {
  if (skipped !== null) return skipped.has(el) || (options.skip !== undefined && options.skip(el));
  if (SKIPPED.has(name)) return true;
  if (el.hasAttribute('hidden') || el.hasAttribute(UI_MARKER_ATTRIBUTE)) return true;
  const style = el.getAttribute('style');
  if (style !== null && HIDDEN_STYLE.test(style)) return true;
  return options.skip !== undefined && options.skip(el);
}

const WS = /\s+/g;

/** Builds the text index of `root` (an element, a document or a text node). */
export function buildTextIndex(root: Node, options: TextIndexOptions = {}): TextIndex {
  const parts: string[] = [];
  const runs: Run[] = [];
  const firstRun = new Map<Node, number>();
  let length = 0;
  let pendingBreak = false;
  let pendingSpace: { node: Text; offset: number } | null = null;

  /** Maps index[length, length + n) onto node[nodeStart, nodeStart + n), extending the last run if it continues. */
  const map = (node: Text, nodeStart: number, n: number): void => {
    const last = runs[runs.length - 1];
    if (last !== undefined && last.node === node && last.nodeStart + last.length === nodeStart && last.indexStart + last.length === length) {
      last.length += n;
    } else {
      if (!firstRun.has(node)) firstRun.set(node, runs.length);
      runs.push({ indexStart: length, node, nodeStart, length: n });
    }
  };

  /** Emits the separator owed before a visible character: a paragraph break or one space. */
  const flushPending = (): void => {
    if (length > 0 && pendingBreak) {
      parts.push('\n\n');
      length += 2;
    } else if (length > 0 && pendingSpace !== null) {
      map(pendingSpace.node, pendingSpace.offset, 1);
      parts.push(' ');
      length += 1;
    }
    pendingBreak = false;
    pendingSpace = null;
  };

  const addText = (node: Text): void => {
    const data = node.data;
    let at = 0;
    WS.lastIndex = 0;
    for (let m = WS.exec(data); ; m = WS.exec(data)) {
      const wsStart = m === null ? data.length : m.index;
      if (wsStart > at) {
        flushPending();
        map(node, at, wsStart - at);
        parts.push(data.slice(at, wsStart));
        length += wsStart - at;
      }
      if (m === null) break;
      if (pendingSpace === null && !pendingBreak) pendingSpace = { node, offset: wsStart };
      at = wsStart + m[0].length;
    }
  };

  // Iterative depth-first walk; entering or leaving a block owes a paragraph break. Property
  // reads are what it costs in Firefox, where each one from a content script goes through an Xray
  // wrapper (about 4 µs; a TreeWalker's moves cost a fraction of that): so the walk moves with a
  // TreeWalker, tells elements from text by one read (localName, which text has not), finds the
  // elements to skip in two native queries, and keeps the ancestors' block-ness on a stack.
  // Comments and the like are not shown to it: they add no text and owe no break.
  const skipped = skippedElements(root, options);
  const doc = root.nodeType === 9 ? (root as Document) : (root.ownerDocument as Document);
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT | SHOW_CDATA_SECTION);
  const ancestorIsBlock: boolean[] = [];
  const rootType = root.nodeType;
  let node: Node = root;
  for (;;) {
    let block = false;
    let child: Node | null = null;
    const name: unknown = node === root ? (rootType === ELEMENT_NODE ? (root as Element).localName : null) : (node as Element).localName;
    if (typeof name === 'string') {
      block = BLOCKS.has(name);
      if (node === root || !isSkipped(node as Element, name, skipped, options)) {
        if (block) pendingBreak = true;
        child = walker.firstChild();
      }
    } else if (node !== root || rootType === TEXT_NODE || rootType === CDATA_SECTION_NODE) {
      addText(node as Text);
    } else if (rootType === 9 || rootType === 11) {
      child = walker.firstChild(); // document or fragment
    }
    if (child !== null) {
      ancestorIsBlock.push(block);
      node = child;
      continue;
    }
    // Leave finished nodes until one has a next sibling.
    if (node === root) break;
    let next = walker.nextSibling();
    while (next === null) {
      const parent = walker.parentNode();
      const parentIsBlock = ancestorIsBlock.pop() === true;
      if (parent === null) break;
      if (parentIsBlock) pendingBreak = true;
      node = parent;
      if (node === root) break;
      next = walker.nextSibling();
      block = parentIsBlock;
    }
    if (next === null) break;
    if (block) pendingBreak = true;
    node = next;
  }

  const text = parts.join('');
  return new DomTextIndex(root, text, runs, firstRun);
}

/** The index with its run table; lookups are binary searches over runs. */
class DomTextIndex implements TextIndex {
  constructor(
    readonly root: Node,
    readonly text: string,
    private readonly runs: Run[],
    private readonly firstRun: Map<Node, number>,
  ) {}

  /** Index of the last run starting at or before `offset` (-1 if none). */
  private runAt(offset: number): number {
    let lo = 0;
    let hi = this.runs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.runs[mid] as Run).indexStart <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /** The DOM point at text offset `offset`, or at the first mapped character after it; with its text offset. */
  private pointFrom(offset: number): [Node, number, number] | null {
    const i = this.runAt(offset);
    const run = this.runs[i];
    if (run !== undefined && offset < run.indexStart + run.length) return [run.node, run.nodeStart + offset - run.indexStart, offset];
    const next = this.runs[i + 1];
    return next === undefined ? null : [next.node, next.nodeStart, next.indexStart];
  }

  /** The DOM point just after text offset `offset - 1`, or after the last mapped character before it. */
  private pointUntil(offset: number): [Node, number, number] | null {
    const i = this.runAt(offset - 1);
    const run = this.runs[i];
    if (run === undefined) return null;
    const within = Math.min(offset - run.indexStart, run.length);
    return [run.node, run.nodeStart + within, run.indexStart + within];
  }

  rangeFor(start: number, end: number): Range {
    const doc = this.root.nodeType === 9 ? (this.root as Document) : (this.root.ownerDocument as Document);
    const range = doc.createRange();
    const s = Math.max(0, Math.min(start, this.text.length));
    const e = Math.max(s, Math.min(end, this.text.length));
    const from = this.pointFrom(s);
    const until = this.pointUntil(e);
    if (from === null && until === null) {
      range.selectNodeContents(this.root);
      range.collapse(true);
    } else if (from === null || until === null || until[2] <= from[2]) {
      // Only separators (or nothing) in [s, e): an empty range at the nearest mapped point.
      const at = (from ?? until) as [Node, number, number];
      range.setStart(at[0], at[1]);
      range.collapse(true);
    } else {
      range.setStart(from[0], from[1]);
      range.setEnd(until[0], until[1]);
    }
    return range;
  }

  offsetOf(node: Node, offset: number): number | null {
    if (node !== this.root && !this.root.contains(node)) return null;
    const first = this.firstRun.get(node);
    if (first !== undefined) {
      // A mapped text node: find the run holding the offset, or the next one after a collapsed gap.
      let i = first;
      let run = this.runs[i] as Run;
      let lastEnd = run.indexStart;
      while (run !== undefined && run.node === node) {
        if (offset < run.nodeStart) return run.indexStart;
        if (offset <= run.nodeStart + run.length) return run.indexStart + (offset - run.nodeStart);
        lastEnd = run.indexStart + run.length;
        i++;
        run = this.runs[i] as Run;
      }
      return lastEnd;
    }
    // An element boundary or an unmapped text node: the first mapped character after the point.
    const isText = node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE;
    let next: Node | null = isText ? this.after(node) : (node.childNodes[offset] ?? this.after(node));
    while (next !== null) {
      const run = this.firstRun.get(next);
      if (run !== undefined) return (this.runs[run] as Run).indexStart;
      next = this.following(next);
    }
    return this.text.length;
  }

  /** The next node in document order that is not inside `node`, within the root. */
  private after(node: Node): Node | null {
    let n: Node | null = node;
    while (n !== null && n !== this.root && n.nextSibling === null) n = n.parentNode;
    return n === null || n === this.root ? null : n.nextSibling;
  }

  /** The next node in document order (first child, else the next node after it), within the root. */
  private following(node: Node): Node | null {
    return node.firstChild ?? this.after(node);
  }
}
