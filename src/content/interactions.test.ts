// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ok } from '../shared/messages';
import type { AnnotationRecord } from '../shared/model';
import { Card } from './card';
import { wireInteractions } from './interactions';
import { Painter, type PaintEntry } from './painter';
import type { ContentSession } from './session';

/** A page with one painted quote at x 0..100, y 0..20 (jsdom has no layout: boxes are given). */
function setup(trustedOnly = false) {
  document.body.innerHTML = '<p>she said it was fine</p>';
  const node = document.querySelector('p')!.firstChild as Text;
  const range = document.createRange();
  range.setStart(node, 9);
  range.setEnd(node, 20);
  const box = { left: 0, right: 100, top: 0, bottom: 20, x: 0, y: 0, width: 100, height: 20, toJSON: () => ({}) };
  range.getClientRects = () => [box] as unknown as DOMRectList;
  range.getBoundingClientRect = () => box as DOMRect;
  (document as unknown as { caretPositionFromPoint: unknown }).caretPositionFromPoint = (x: number) =>
    x <= 100 ? { offsetNode: node, offset: 12 } : { offsetNode: node, offset: 2 };
  const painter = new Painter({ registry: { set: () => undefined, delete: () => true }, createHighlight: () => ({ priority: 0, add: () => undefined, clear: () => undefined }) });
  const entry: PaintEntry = { id: 'auto-1', kind: 'quote', tags: [], range };
  painter.paint([entry]);
  const card = new Card(document, { setTags: async () => null, setNote: async () => null }, { mode: 'open', trustedOnly: false });
  const record = { id: 'auto-1', kind: 'quote', text: 'it was fine', speaker: 'She', speakerKind: 'person', cue: 'said', tags: [], note: '' } as unknown as AnnotationRecord;
  const session = {
    painter,
    card,
    cardIfBuilt: card,
    entries: () => painter.all(),
    cardData: (id: string) => (id === 'auto-1' ? { ...record, id } : null),
    update: async () => ok(record),
  } as unknown as ContentSession;
  const unwire = wireInteractions(session, document, { trustedOnly });
  return { card, unwire };
}

const move = (x: number, y: number) => document.dispatchEvent(new MouseEvent('mousemove', { clientX: x, clientY: y, bubbles: true }));
const click = (x: number, y: number) => document.dispatchEvent(new MouseEvent('click', { clientX: x, clientY: y, bubbles: true, button: 0 }));

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  document.querySelectorAll('sourcelight-card').forEach((n) => n.remove());
});

describe('wireInteractions', () => {
  it('previews the card after a dwell on a highlight and closes it when the pointer leaves', () => {
    const { card, unwire } = setup();
    move(50, 10);
    vi.advanceTimersByTime(100);
    expect(card.isOpen).toBe(false);
    vi.advanceTimersByTime(600);
    expect(card.isOpen).toBe(true);
    expect(card.pinned).toBe(false);
    move(400, 300);
    vi.advanceTimersByTime(600);
    expect(card.isOpen).toBe(false);
    unwire();
  });

  it('opens a pinned card on click, which the pointer leaving does not close; Escape does', () => {
    const { card, unwire } = setup();
    click(50, 10);
    expect(card.isOpen).toBe(true);
    expect(card.pinned).toBe(true);
    move(400, 300);
    vi.advanceTimersByTime(1000);
    expect(card.isOpen).toBe(true);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(card.isOpen).toBe(false);
    unwire();
  });

  it('closes the card on a click outside any highlight', () => {
    const { card, unwire } = setup();
    click(50, 10);
    click(400, 10);
    expect(card.isOpen).toBe(false);
    unwire();
  });

  it('ignores clicks a page script made up', () => {
    const { card, unwire } = setup(true);
    click(50, 10);
    expect(card.isOpen).toBe(false);
    unwire();
  });

  it('stops listening once unwired', () => {
    const { card, unwire } = setup();
    unwire();
    click(50, 10);
    expect(card.isOpen).toBe(false);
  });
});
