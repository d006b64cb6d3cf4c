// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { Painter, type HighlightLike, type PaintTarget } from './painter';

class FakeHighlight implements HighlightLike {
  ranges = new Set<AbstractRange>();
  priority = 0;
  add(range: AbstractRange) {
    this.ranges.add(range);
  }
  clear() {
    this.ranges.clear();
  }
}

function fakeTarget() {
  const registry = new Map<string, FakeHighlight>();
  const target: PaintTarget = {
    registry: {
      set: (name, h) => registry.set(name, h as FakeHighlight),
      delete: (name) => registry.delete(name),
    },
    createHighlight: () => new FakeHighlight(),
  };
  return { registry, target };
}

function rangeOver(text: string): Range {
  const p = document.createElement('p');
  p.textContent = text;
  document.body.append(p);
  const r = document.createRange();
  r.selectNodeContents(p);
  return r;
}

const texts = (h: FakeHighlight | undefined) => [...(h?.ranges ?? [])].map((r) => (r as Range).toString()).sort();

describe('Painter', () => {
  it('paints each entry in the style of its kind', () => {
    const { registry, target } = fakeTarget();
    const painter = new Painter(target);
    painter.paint([
      { id: 'a', kind: 'quote', tags: [], range: rangeOver('alpha') },
      { id: 'b', kind: 'claim', tags: [], range: rangeOver('beta') },
      { id: 'c', kind: 'scare', tags: [], range: rangeOver('gamma') },
    ]);
    expect(texts(registry.get('sourcelight-quote'))).toEqual(['alpha']);
    expect(texts(registry.get('sourcelight-claim'))).toEqual(['beta']);
    expect(texts(registry.get('sourcelight-scare'))).toEqual(['gamma']);
  });

  it('moves an entry to its verdict style when tagged, and back when untagged', () => {
    const { registry, target } = fakeTarget();
    const painter = new Painter(target);
    painter.paint([{ id: 'a', kind: 'claim', tags: [], range: rangeOver('alpha') }]);
    expect(painter.setTags('a', ['supported', 'disputed'])).toBe(true);
    expect(texts(registry.get('sourcelight-disputed'))).toEqual(['alpha']);
    expect(texts(registry.get('sourcelight-claim'))).toEqual([]);
    expect(texts(registry.get('sourcelight-supported'))).toEqual([]);
    painter.setTags('a', []);
    expect(texts(registry.get('sourcelight-claim'))).toEqual(['alpha']);
    expect(texts(registry.get('sourcelight-disputed'))).toEqual([]);
    expect(painter.setTags('nope', ['disputed'])).toBe(false);
  });

  it('gives verdicts and the flash a higher priority than kinds', () => {
    const { registry, target } = fakeTarget();
    new Painter(target);
    const p = (n: string) => registry.get(n)?.priority ?? -1;
    expect(p('sourcelight-disputed')).toBeGreaterThan(p('sourcelight-quote'));
    expect(p('sourcelight-flash')).toBeGreaterThan(p('sourcelight-disputed'));
  });

  it('flashes an entry on and off, ending off', () => {
    const { registry, target } = fakeTarget();
    const painter = new Painter(target);
    painter.paint([{ id: 'a', kind: 'quote', tags: [], range: rangeOver('alpha') }]);
    const steps: Array<() => void> = [];
    expect(painter.flash('a', (fn) => steps.push(fn))).toBe(true);
    const seen = steps.map((fn) => {
      fn();
      return texts(registry.get('sourcelight-flash')).length;
    });
    expect(seen[0]).toBe(1);
    expect(seen[1]).toBe(0);
    expect(seen.at(-1)).toBe(0);
    expect(painter.flash('missing', () => 0)).toBe(false);
  });

  it('marks the active entry and removes everything on clear', () => {
    const { registry, target } = fakeTarget();
    const painter = new Painter(target);
    painter.paint([{ id: 'a', kind: 'quote', tags: [], range: rangeOver('alpha') }]);
    painter.setActive('a');
    expect(texts(registry.get('sourcelight-active'))).toEqual(['alpha']);
    painter.setActive(null);
    expect(texts(registry.get('sourcelight-active'))).toEqual([]);
    painter.clear();
    expect(registry.size).toBe(0);
    expect(painter.all()).toEqual([]);
  });

  it('draws every change made before a frame in that frame, once', async () => {
    const { registry, target } = fakeTarget();
    const frames: Array<() => void> = [];
    const painter = new Painter({ ...target, requestFrame: (fn) => void frames.push(fn) });
    painter.paint([{ id: 'a', kind: 'quote', tags: [], range: rangeOver('alpha') }]);
    painter.paint([{ id: 'b', kind: 'claim', tags: [], range: rangeOver('beta') }]);
    painter.setTags('b', ['disputed']);
    const drawn = painter.drawn();
    expect(texts(registry.get('sourcelight-claim'))).toEqual([]);
    expect(frames).toHaveLength(1);
    frames[0]!();
    await drawn;
    expect(texts(registry.get('sourcelight-quote'))).toEqual([]);
    expect(texts(registry.get('sourcelight-disputed'))).toEqual(['beta']);
    painter.put({ id: 'c', kind: 'scare', tags: [], range: rangeOver('gamma') });
    expect(frames).toHaveLength(2);
  });

  it('draws at once where the target does, and keeps drawing later changes', async () => {
    const { registry, target } = fakeTarget();
    const painter = new Painter({ ...target, requestFrame: (fn) => fn() });
    painter.paint([{ id: 'a', kind: 'claim', tags: [], range: rangeOver('alpha') }]);
    expect(texts(registry.get('sourcelight-claim'))).toEqual(['alpha']);
    await painter.drawn();
    painter.setTags('a', ['supported']);
    expect(texts(registry.get('sourcelight-supported'))).toEqual(['alpha']);
  });
});
