// How the anchoring bench changes a page under its annotations, the way news pages change:
// ads and embeds arrive between paragraphs, markup and whitespace are re-rendered, words near a
// quote are edited, a paragraph is removed, paragraphs are reordered. Each mutation works on a
// copy of the page DOM, seeded, and leaves the ground-truth markers (empty spans at the
// boundaries of every annotation, see ground-truth.ts) where their text goes.
import type { Rng } from './random';

/** The attribute of the empty marker elements at annotation boundaries ("s:3" / "e:3"). */
export const MARKER_ATTRIBUTE = 'data-anchor-gt';

/** A change made to a page copy. */
export type Mutation = (doc: Document, rng: Rng) => void;

const PARAGRAPH_TAGS = new Set(['p', 'li', 'blockquote', 'h2', 'h3', 'h4', 'h5', 'h6', 'figcaption', 'pre', 'dd', 'dt']);
const TEXT_BLOCKS = new Set(['div', 'td', 'section', 'article']);
const NO_TEXT = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'iframe', 'svg']);
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** Elements that hold a paragraph of text (a <p>-like tag, or a div with text of its own). */
export function paragraphsOf(doc: Document): Element[] {
  const out: Element[] = [];
  for (const el of Array.from(doc.body.querySelectorAll('*'))) {
    const tag = el.localName;
    if (PARAGRAPH_TAGS.has(tag)) {
      if (el.textContent !== null && el.textContent.trim() !== '' && el.parentElement?.closest('p, li, blockquote') == null) out.push(el);
    } else if (TEXT_BLOCKS.has(tag) && Array.from(el.childNodes).some((n) => n.nodeType === 3 && (n as Text).data.trim() !== '')) {
      out.push(el);
    }
  }
  return out;
}

/** The paragraph element holding a node, if any. */
function paragraphOf(node: Node, paragraphs: Set<Element>): Element | null {
  for (let n: Node | null = node; n !== null; n = n.parentNode) if (paragraphs.has(n as Element)) return n as Element;
  return null;
}

/** Visible-ish text nodes of the body (not inside scripts or styles), in document order. */
function textNodes(doc: Document): Text[] {
  const out: Text[] = [];
  const walker = doc.createTreeWalker(doc.body, 0x4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (parent !== null && !NO_TEXT.has(parent.localName) && (n as Text).data.trim() !== '') out.push(n as Text);
  }
  return out;
}

// Invented filler: nothing here comes from the corpus.
const ADS = [
  '<div class="ad-slot"><span class="ad-label">Advertisement</span><iframe src="about:blank" title="ad"></iframe></div>',
  '<aside class="related"><h4>Related</h4><ul><li><a href="/x">Five ways to keep your garden green this spring</a></li></ul></aside>',
  '<blockquote class="social-embed"><p>Just landed after a long flight, and what a view from up here!</p>&mdash; A traveller (@traveller) <a href="/t">March 3</a></blockquote>',
  '<div class="newsletter"><p>Sign up for our morning briefing: the news you need, in your inbox at 7am.</p><button>Subscribe</button></div>',
  '<figure class="video-embed"><video src="clip.mp4"></video><figcaption>Watch: a short clip of the harbour at dawn.</figcaption></figure>',
  '<div class="ad-slot" style="min-height:250px"><div id="ad-7"><script>window.adsLoaded = true;</script></div></div>',
];

/** Inserts ads and embeds after about a third of the paragraphs. */
export const insertAds: Mutation = (doc, rng) => {
  for (const p of paragraphsOf(doc)) {
    if (!rng.chance(0.35)) continue;
    const holder = doc.createElement('div');
    holder.innerHTML = rng.pick(ADS);
    const ad = holder.firstElementChild;
    if (ad !== null) p.after(ad);
  }
};

const INLINE_TAGS = ['span', 'b', 'em', 'strong', 'a', 'i', 'mark', 'font'];
const SPACES = ['  ', '\n      ', '\u00a0', ' \t ', '\n'];

/** Re-renders markup and whitespace: words wrapped in inline elements, text nodes split, spaces changed. */
export const changeMarkup: Mutation = (doc, rng) => {
  for (const node of textNodes(doc)) {
    if (!rng.chance(0.6)) continue;
    const frag = doc.createDocumentFragment();
    for (const token of node.data.split(/(\s+)/)) {
      if (token === '') continue;
      if (/^\s+$/.test(token)) {
        frag.appendChild(doc.createTextNode(rng.chance(0.3) ? rng.pick(SPACES) : token));
      } else if (rng.chance(0.15)) {
        const el = doc.createElement(rng.pick(INLINE_TAGS));
        if (el.localName === 'a') el.setAttribute('href', '#');
        el.textContent = token;
        frag.appendChild(el);
      } else if (token.length > 3 && rng.chance(0.1)) {
        const cut = 1 + rng.int(token.length - 2);
        frag.appendChild(doc.createTextNode(token.slice(0, cut)));
        if (rng.chance(0.5)) frag.appendChild(doc.createComment(' split '));
        frag.appendChild(doc.createTextNode(token.slice(cut)));
      } else {
        frag.appendChild(doc.createTextNode(token));
      }
    }
    node.replaceWith(frag);
  }
  // Block-level re-rendering: paragraphs wrapped in containers, whitespace between blocks.
  for (const p of paragraphsOf(doc)) {
    if (rng.chance(0.2)) {
      const wrap = doc.createElement('div');
      wrap.className = 'rendered';
      p.replaceWith(wrap);
      wrap.append(doc.createTextNode('\n  '), p, doc.createTextNode('\n'));
    }
  }
};

// Invented replacement words.
const WORDS = ['reportedly', 'again', 'new', 'local', 'briefly', 'later', 'often', 'several', 'quite', 'still'];

/** Text nodes inside an annotation (between its markers): edits must not touch the annotated words. */
function insideAnnotations(doc: Document): Set<Text> {
  const inside = new Set<Text>();
  const open = new Set<string>();
  const walker = doc.createTreeWalker(doc.body, 0x1 | 0x4);
  for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
    if (n.nodeType === 1) {
      const mark = (n as Element).getAttribute(MARKER_ATTRIBUTE);
      if (mark === null) continue;
      const [side, id] = mark.split(':');
      if (side === 's') open.add(id ?? '');
      else open.delete(id ?? '');
    } else if (open.size > 0) {
      inside.add(n as Text);
    }
  }
  return inside;
}

/** The nearest text node on one side of a node, in the same paragraph. */
function neighbourText(doc: Document, from: Node, forward: boolean, paragraph: Element): Text | null {
  const walker = doc.createTreeWalker(paragraph, 0x4);
  walker.currentNode = from;
  const n = forward ? walker.nextNode() : walker.previousNode();
  return n === null ? null : (n as Text);
}

/** Edits a word near most annotations (before or after it, in its paragraph, outside any annotation). */
export const editNearQuotes: Mutation = (doc, rng) => {
  const inside = insideAnnotations(doc);
  const paragraphs = new Set(paragraphsOf(doc));
  const markers = Array.from(doc.querySelectorAll(`[${MARKER_ATTRIBUTE}]`));
  for (const marker of markers) {
    const forward = (marker.getAttribute(MARKER_ATTRIBUTE) ?? '').startsWith('e:');
    if (!rng.chance(0.35)) continue;
    const paragraph = paragraphOf(marker, paragraphs);
    if (paragraph === null) continue;
    const node = neighbourText(doc, marker, forward, paragraph);
    if (node === null || inside.has(node)) continue;
    // Words within 40 characters of the annotation's edge.
    const words = [...node.data.matchAll(WORD)].filter((m) =>
      forward ? m.index < 40 : node.data.length - (m.index + m[0].length) < 40,
    );
    if (words.length === 0) continue;
    const w = rng.pick(words);
    const before = node.data.slice(0, w.index);
    const after = node.data.slice(w.index + w[0].length);
    const kind = rng.int(3);
    const replacement = kind === 0 ? rng.pick(WORDS) : kind === 1 ? `${rng.pick(WORDS)} ${w[0]}` : '';
    node.data = before + replacement + after;
  }
};

/** Changes one inner word of about half the annotations of four words or more (a correction of the quote itself). */
export const correctQuotes: Mutation = (doc, rng) => {
  for (const start of Array.from(doc.querySelectorAll(`[${MARKER_ATTRIBUTE}^="s:"]`))) {
    if (!rng.chance(0.5)) continue;
    const id = (start.getAttribute(MARKER_ATTRIBUTE) ?? '').slice(2);
    const end = doc.querySelector(`[${MARKER_ATTRIBUTE}="e:${id}"]`);
    if (end === null) continue;
    const words: Array<{ node: Text; index: number; word: string }> = [];
    const walker = doc.createTreeWalker(doc.body, 0x4);
    walker.currentNode = start;
    for (let n = walker.nextNode(); n !== null && (end.compareDocumentPosition(n) & 2) /* PRECEDING */; n = walker.nextNode()) {
      for (const m of (n as Text).data.matchAll(WORD)) words.push({ node: n as Text, index: m.index, word: m[0] });
    }
    if (words.length < 4) continue;
    const w = words[1 + rng.int(words.length - 2)] as (typeof words)[number];
    const replacement = rng.pick(WORDS.filter((x) => x !== w.word));
    w.node.data = w.node.data.slice(0, w.index) + replacement + w.node.data.slice(w.index + w.word.length);
  }
};

/** Removes about a third of the paragraphs that hold annotations (at least one). */
export const removeParagraphs: Mutation = (doc, rng) => {
  const paragraphs = new Set(paragraphsOf(doc));
  const holding = new Set<Element>();
  for (const m of Array.from(doc.querySelectorAll(`[${MARKER_ATTRIBUTE}^="s:"]`))) {
    const p = paragraphOf(m, paragraphs);
    if (p !== null) holding.add(p);
  }
  const list = [...holding];
  const chosen = list.filter(() => rng.chance(0.35));
  if (chosen.length === 0 && list.length > 0) chosen.push(rng.pick(list));
  for (const p of chosen) p.remove();
};

/** Shuffles the paragraphs of every container that has three or more. */
export const reorderParagraphs: Mutation = (doc, rng) => {
  const byParent = new Map<Node, Element[]>();
  for (const p of paragraphsOf(doc)) {
    const parent = p.parentNode;
    if (parent === null) continue;
    const list = byParent.get(parent) ?? [];
    list.push(p);
    byParent.set(parent, list);
  }
  for (const list of byParent.values()) {
    if (list.length < 3) continue;
    const shuffled = rng.shuffle([...list]);
    if (shuffled.every((p, i) => p === list[i])) shuffled.push(shuffled.shift() as Element);
    const slots = list.map((p) => {
      const slot = doc.createComment('slot');
      p.replaceWith(slot);
      return slot;
    });
    slots.forEach((slot, i) => slot.replaceWith(shuffled[i] as Element));
  }
};

/** The variants the bench measures, each a list of mutations applied in order. */
export const VARIANTS: Record<string, Mutation[]> = {
  unchanged: [],
  ads: [insertAds],
  markup: [changeMarkup],
  edits: [editNearQuotes],
  removed: [removeParagraphs],
  reordered: [reorderParagraphs],
  everything: [editNearQuotes, removeParagraphs, reorderParagraphs, insertAds, changeMarkup],
};

/**
 * Variants whose annotated words themselves change: reported in rows of their own, outside the
 * summary (whose "placed right" counts annotations whose words are still on the page).
 */
export const CHANGED_WORDS_VARIANTS: Record<string, Mutation[]> = {
  'corrected (one word of the quote changed)': [correctQuotes],
};
