// Where each annotation belongs after a page changed. Before mutating, an empty marker element is
// put at both boundaries of every anchored annotation; markers carry no text, so they change no
// offsets, and they travel with their words through every mutation (or vanish with them). After
// the mutation the right spot is simply the text between the two markers, if it is still there.
import { fold, foldText, foldedOffset, type FoldedText } from '../../src/anchoring/fold-text';
import type { TextIndex } from '../../src/anchoring/text-index';
import { MARKER_ATTRIBUTE } from './mutations';

/** What the bench expects of one annotation on a changed page. */
export type Expectation =
  /** Its words are still between its markers: it must be placed exactly there. */
  | { kind: 'placed'; start: number; end: number }
  /** Its words are gone: it must be orphaned. */
  | { kind: 'orphaned' }
  /** Its own words are gone but the same words occur elsewhere: either outcome is reported apart. */
  | { kind: 'elsewhere' };

/** Inserts start and end markers for spans of the index text (ids are the positions in `spans`). */
export function insertMarkers(index: TextIndex, spans: ReadonlyArray<{ start: number; end: number } | null>): void {
  const doc = index.root.ownerDocument ?? (index.root as Document);
  const points: Array<{ node: Node; offset: number; mark: string; order: number }> = [];
  spans.forEach((span, id) => {
    if (span === null) return;
    const range = index.rangeFor(span.start, span.end);
    points.push({ node: range.startContainer, offset: range.startOffset, mark: `s:${id}`, order: points.length });
    points.push({ node: range.endContainer, offset: range.endOffset, mark: `e:${id}`, order: points.length });
  });
  // Insert from the end of each text node backwards, so earlier offsets in it stay valid.
  const byNode = new Map<Node, typeof points>();
  for (const p of points) byNode.set(p.node, [...(byNode.get(p.node) ?? []), p]);
  for (const [node, list] of byNode) {
    list.sort((a, b) => b.offset - a.offset || b.order - a.order);
    for (const p of list) {
      const marker = doc.createElement('span');
      marker.setAttribute(MARKER_ATTRIBUTE, p.mark);
      if (node.nodeType === 3) {
        const text = node as Text;
        if (p.offset >= text.data.length) text.after(marker);
        else if (p.offset === 0) text.before(marker);
        else text.splitText(p.offset).before(marker);
      } else {
        node.insertBefore(marker, node.childNodes[p.offset] ?? null);
      }
    }
  }
}

/** The previous text node in document order that the index maps, searching back from `node`. */
function lastMappedTextBefore(index: TextIndex, node: Node): [Node, number] | null {
  const doc = index.root.ownerDocument ?? (index.root as Document);
  const walker = doc.createTreeWalker(index.root, 0x4);
  walker.currentNode = node;
  for (let n = walker.previousNode(); n !== null; n = walker.previousNode()) {
    const len = (n as Text).data.length;
    const at = index.offsetOf(n, len);
    const before = index.offsetOf(n, 0);
    if (at !== null && before !== null && at > before) return [n, len];
  }
  return null;
}

/**
 * Reads the expectations for every annotation from the markers in a changed, re-indexed page.
 * With wordsMayChange, an annotation whose markers survive is expected between them whatever
 * its words became (a corrected quote).
 */
export function expectations(index: TextIndex, originalTexts: ReadonlyArray<string | null>, wordsMayChange = false): Array<Expectation | null> {
  const root = index.root;
  const starts = new Map<string, Element>();
  const ends = new Map<string, Element>();
  const el = root.nodeType === 9 ? (root as Document).documentElement : (root as Element);
  for (const m of Array.from(el.querySelectorAll(`[${MARKER_ATTRIBUTE}]`))) {
    const [side, id] = (m.getAttribute(MARKER_ATTRIBUTE) ?? '').split(':');
    (side === 's' ? starts : ends).set(id ?? '', m);
  }
  const folded = foldText(index.text);
  return originalTexts.map((text, id) => {
    if (text === null) return null;
    const want = fold(text);
    const s = starts.get(String(id));
    const e = ends.get(String(id));
    if (s !== undefined && e !== undefined && s.compareDocumentPosition(e) & 4 /* FOLLOWING */) {
      const start = index.offsetOf(s.parentNode as Node, Array.prototype.indexOf.call(s.parentNode?.childNodes ?? [], s));
      const last = lastMappedTextBefore(index, e);
      const end = last === null ? null : index.offsetOf(last[0], last[1]);
      if (start !== null && end !== null && end > start && (wordsMayChange || fold(index.text.slice(start, end)) === want)) {
        return { kind: 'placed', start, end };
      }
    }
    return folded.text.includes(want) ? { kind: 'elsewhere' } : { kind: 'orphaned' };
  });
}

/** True when a placement covers the same words as the expected span (whitespace at the edges aside). */
export function sameSpan(f: FoldedText, got: { start: number; end: number }, want: { start: number; end: number }): boolean {
  return foldedOffset(f, got.start) === foldedOffset(f, want.start) && foldedOffset(f, got.end) === foldedOffset(f, want.end);
}
