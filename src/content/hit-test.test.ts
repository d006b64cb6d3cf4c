// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { caretPointAt, entryAtPoint } from './hit-test';
import type { PaintEntry } from './painter';

/** jsdom has no layout: give each range the line boxes a browser would report. */
function entry(id: string, node: Text, start: number, end: number, rect: { left: number; right: number; top: number; bottom: number }): PaintEntry {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  const box = { ...rect, x: rect.left, y: rect.top, width: rect.right - rect.left, height: rect.bottom - rect.top, toJSON: () => ({}) };
  range.getClientRects = () => [box] as unknown as DOMRectList;
  return { id, kind: 'quote', tags: [], range };
}

function text(content: string): Text {
  const p = document.createElement('p');
  p.textContent = content;
  document.body.append(p);
  return p.firstChild as Text;
}

describe('entryAtPoint', () => {
  it('finds the entry whose range holds the caret and whose box holds the point', () => {
    const node = text('alpha beta gamma delta');
    const a = entry('a', node, 0, 10, { left: 0, right: 100, top: 0, bottom: 20 });
    const b = entry('b', node, 11, 22, { left: 110, right: 220, top: 0, bottom: 20 });
    expect(entryAtPoint([a, b], { node, offset: 3 }, 30, 10)?.id).toBe('a');
    expect(entryAtPoint([a, b], { node, offset: 15 }, 150, 10)?.id).toBe('b');
  });

  it('ignores a caret inside the range when the point is beside its boxes (past a line end)', () => {
    const node = text('alpha beta');
    const a = entry('a', node, 0, 10, { left: 0, right: 100, top: 0, bottom: 20 });
    expect(entryAtPoint([a], { node, offset: 10 }, 400, 10)).toBeNull();
  });

  it('prefers the shorter of two nested findings', () => {
    const node = text('they said the “so-called” plan works');
    const outer = entry('outer', node, 0, 36, { left: 0, right: 400, top: 0, bottom: 20 });
    const inner = entry('inner', node, 15, 24, { left: 150, right: 240, top: 0, bottom: 20 });
    expect(entryAtPoint([outer, inner], { node, offset: 18 }, 180, 10)?.id).toBe('inner');
    expect(entryAtPoint([outer, inner], { node, offset: 3 }, 20, 10)?.id).toBe('outer');
  });

  it('answers null without a caret, and for nodes of another document', () => {
    const node = text('alpha');
    const a = entry('a', node, 0, 5, { left: 0, right: 50, top: 0, bottom: 20 });
    expect(entryAtPoint([a], null, 10, 10)).toBeNull();
    const foreign = document.implementation.createHTMLDocument('x').createTextNode('alpha');
    expect(entryAtPoint([a], { node: foreign, offset: 1 }, 10, 10)).toBeNull();
  });
});

describe('caretPointAt', () => {
  it('uses caretPositionFromPoint where there is one, else caretRangeFromPoint, else null', () => {
    const node = text('alpha');
    const withPosition = { caretPositionFromPoint: () => ({ offsetNode: node, offset: 2 }) } as unknown as Document;
    expect(caretPointAt(withPosition, 1, 1)).toEqual({ node, offset: 2 });
    const range = document.createRange();
    range.setStart(node, 4);
    const withRange = { caretRangeFromPoint: () => range } as unknown as Document;
    expect(caretPointAt(withRange, 1, 1)).toEqual({ node, offset: 4 });
    expect(caretPointAt({} as Document, 1, 1)).toBeNull();
  });
});
