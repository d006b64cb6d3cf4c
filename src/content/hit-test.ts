// Which highlight is under the pointer? Highlights are not elements, so the page gets no events
// for them: we ask the browser for the text position under the point and look it up.
import type { PaintEntry } from './painter';

/** A position in a text node, as caretPositionFromPoint / caretRangeFromPoint report it. */
export interface CaretPoint {
  node: Node;
  offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The text position under viewport point (x, y), or null. */
export function caretPointAt(doc: Document, x: number, y: number): CaretPoint | null {
  const d = doc as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    const pos = d.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const range = d.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/** Rects are in viewport coordinates; a pixel of slack covers rounding at glyph edges. */
function rectsContain(range: Range, x: number, y: number, slack = 1): boolean {
  for (const r of Array.from(range.getClientRects())) {
    if (x >= r.left - slack && x <= r.right + slack && y >= r.top - slack && y <= r.bottom + slack) return true;
  }
  return false;
}

function containsPoint(range: Range, point: CaretPoint): boolean {
  try {
    return range.isPointInRange(point.node, point.offset);
  } catch {
    return false; // the node is in another document or a detached tree
  }
}

/**
 * The painted entry at viewport point (x, y): its range holds the caret position there and one
 * of its line boxes holds the point (so the blank after a line's end does not count). When
 * findings nest, the shortest one wins: it is the one the reader aims at.
 */
export function entryAtPoint(
  entries: Iterable<PaintEntry>,
  point: CaretPoint | null,
  x: number,
  y: number,
): PaintEntry | null {
  if (!point) return null;
  let best: PaintEntry | null = null;
  let bestLength = Infinity;
  for (const entry of entries) {
    if (!containsPoint(entry.range, point)) continue;
    if (!rectsContain(entry.range, x, y)) continue;
    const length = entry.range.toString().length;
    if (length < bestLength) {
      best = entry;
      bestLength = length;
    }
  }
  return best;
}
