// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { Painter, type HighlightLike, type MarkSink, type PaintTarget } from './painter';
import type { MarkItem } from './marks';
import { SHOW_ALL } from '../shared/messages';

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
  it('paints each entry in its kind line and its speaker colour', () => {
    const { registry, target } = fakeTarget();
    const painter = new Painter(target);
    painter.paint([
      { id: 'a', kind: 'quote', tags: [], range: rangeOver('alpha'), slot: 'p0', speakerKey: 'name:ann' },
      { id: 'b', kind: 'claim', tags: [], range: rangeOver('beta'), slot: 'o0', speakerKey: 'name:bank' },
      { id: 'c', kind: 'scare', tags: [], range: rangeOver('gamma') },
    ]);
    expect(texts(registry.get('sourcelight-kind-quote'))).toEqual(['alpha']);
    expect(texts(registry.get('sourcelight-kind-claim'))).toEqual(['beta']);
    expect(texts(registry.get('sourcelight-kind-scare'))).toEqual(['gamma']);
    expect(texts(registry.get('sourcelight-speaker-p0'))).toEqual(['alpha']);
    expect(texts(registry.get('sourcelight-speaker-o0'))).toEqual(['beta']);
  });

  it('draws verdicts and notes as marks, never as highlights', () => {
    const { registry, target } = fakeTarget();
    const drawn: MarkItem[][] = [];
    const marks: MarkSink = { draw: (items) => drawn.push([...items]), clear: () => drawn.push([]) };
    const painter = new Painter(target, { marks });
    painter.paint([{ id: 'a', kind: 'claim', tags: [], range: rangeOver('alpha') }]);
    expect(drawn.at(-1)).toEqual([]);
    expect(painter.setTags('a', ['supported', 'disputed'])).toBe(true);
    expect(drawn.at(-1)?.map((m) => [m.id, m.tags])).toEqual([['a', ['supported', 'disputed']]]);
    expect(texts(registry.get('sourcelight-kind-claim'))).toEqual(['alpha']);
    expect([...registry.keys()].some((n) => /disputed|supported/.test(n))).toBe(false);
    painter.change('a', { tags: [], note: true });
    expect(drawn.at(-1)?.map((m) => [m.id, m.note])).toEqual([['a', true]]);
    expect(painter.describe().marks).toEqual([{ id: 'a', text: 'alpha', tags: [], note: true }]);
    expect(painter.setTags('nope', ['disputed'])).toBe(false);
  });

  it('registers each layer under the name given, and paints kinds over colours, the flash over all', () => {
    const { registry, target } = fakeTarget();
    const painter = new Painter(target, { names: { 'speaker-p0': 'qx81', 'kind-quote': 'zz07', flash: 'ab12' } });
    expect([...registry.keys()].sort()).toEqual(['ab12', 'qx81', 'zz07']);
    expect(painter.describe().layers).toEqual({ qx81: 'speaker-p0', zz07: 'kind-quote', ab12: 'flash' });
    const p = (n: string) => registry.get(n)?.priority ?? -1;
    expect(p('zz07')).toBeGreaterThan(p('qx81'));
    expect(p('ab12')).toBeGreaterThan(p('zz07'));
  });

  it('hides what the filter leaves out: all, a kind, a tag, a speaker', () => {
    const { registry, target } = fakeTarget();
    const painter = new Painter(target);
    painter.paint([
      { id: 'a', kind: 'quote', tags: ['disputed'], range: rangeOver('alpha'), slot: 'p0', speakerKey: 'name:ann' },
      { id: 'b', kind: 'claim', tags: [], range: rangeOver('beta'), slot: 'p1', speakerKey: 'name:bob' },
    ]);
    const all = () => [...registry.values()].flatMap((h) => texts(h)).sort();
    expect(painter.setFilter({ ...SHOW_ALL, show: false })).toBe(0);
    expect(all()).toEqual([]);
    expect(painter.setFilter({ ...SHOW_ALL, kind: 'claim' })).toBe(1);
    expect(all()).toEqual(['beta', 'beta']);
    expect(painter.setFilter({ ...SHOW_ALL, tag: 'disputed' })).toBe(1);
    expect(painter.isVisible('a')).toBe(true);
    expect(painter.setFilter({ ...SHOW_ALL, hiddenSpeakers: ['name:ann'] })).toBe(1);
    expect(painter.isVisible('a')).toBe(false);
    expect(painter.setFilter(SHOW_ALL)).toBe(2);
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

  it('draws every change made before a frame in that frame, once (filters, corrections and removals too)', async () => {
    const { registry, target } = fakeTarget();
    const frames: Array<() => void> = [];
    const drawn: MarkItem[][] = [];
    const marks: MarkSink = { draw: (items) => drawn.push([...items]), clear: () => drawn.push([]) };
    const painter = new Painter({ ...target, requestFrame: (fn) => void frames.push(fn) }, { marks });
    painter.paint([{ id: 'a', kind: 'quote', tags: [], range: rangeOver('alpha') }]);
    painter.paint([
      { id: 'b', kind: 'claim', tags: [], range: rangeOver('beta'), slot: 'p0', speakerKey: 'name:ann' },
      { id: 'c', kind: 'scare', tags: [], range: rangeOver('gamma') },
    ]);
    painter.setTags('b', ['disputed']);
    painter.change('c', { kind: 'quote' });
    painter.setFilter({ ...SHOW_ALL, hiddenSpeakers: ['name:nobody'] });
    const done = painter.drawn();
    expect(texts(registry.get('sourcelight-kind-claim'))).toEqual([]);
    expect(drawn).toEqual([]);
    expect(frames).toHaveLength(1);
    frames[0]!();
    await done;
    expect(texts(registry.get('sourcelight-kind-quote'))).toEqual(['gamma']);
    expect(texts(registry.get('sourcelight-kind-claim'))).toEqual(['beta']);
    expect(texts(registry.get('sourcelight-speaker-p0'))).toEqual(['beta']);
    expect(drawn.map((items) => items.map((m) => [m.id, [...m.tags]]))).toEqual([[['b', ['disputed']]]]);
    painter.remove('b');
    painter.changeAll(new Map([['c', { kind: 'claim' as const }]]));
    expect(frames).toHaveLength(2);
    frames[1]!();
    await painter.drawn();
    expect(texts(registry.get('sourcelight-kind-claim'))).toEqual(['gamma']);
    expect(texts(registry.get('sourcelight-speaker-p0'))).toEqual([]);
  });

  it('sets the highlights of a paint "now" in this task and leaves the marks and later changes to the frame', async () => {
    const { registry, target } = fakeTarget();
    const frames: Array<() => void> = [];
    const drawn: MarkItem[][] = [];
    const marks: MarkSink = { draw: (items) => drawn.push([...items]), clear: () => drawn.push([]) };
    const painter = new Painter({ ...target, requestFrame: (fn) => void frames.push(fn) }, { marks });
    painter.setFilter({ ...SHOW_ALL, kind: 'quote' });
    painter.paint(
      [
        { id: 'a', kind: 'quote', tags: ['supported'], range: rangeOver('alpha') },
        { id: 'b', kind: 'claim', tags: [], range: rangeOver('beta') },
      ],
      { now: true },
    );
    expect(texts(registry.get('sourcelight-kind-quote'))).toEqual(['alpha']);
    expect(texts(registry.get('sourcelight-kind-claim'))).toEqual([]); // the filter holds
    expect(drawn).toEqual([]); // marks read the layout: not in this task
    expect(frames).toHaveLength(1);
    const done = painter.drawn();
    painter.change('a', { kind: 'claim' });
    frames[0]!();
    await done;
    expect(texts(registry.get('sourcelight-kind-quote'))).toEqual([]);
    expect(drawn.map((items) => items.map((m) => m.id))).toEqual([[]]);
  });

  it('draws at once where the target does, and keeps drawing later changes', async () => {
    const { registry, target } = fakeTarget();
    const painter = new Painter({ ...target, requestFrame: (fn) => fn() });
    painter.paint([{ id: 'a', kind: 'claim', tags: [], range: rangeOver('alpha'), slot: 'p1', speakerKey: 'name:bo' }]);
    expect(texts(registry.get('sourcelight-kind-claim'))).toEqual(['alpha']);
    await painter.drawn();
    painter.setFilter({ ...SHOW_ALL, hiddenSpeakers: ['name:bo'] });
    expect(texts(registry.get('sourcelight-kind-claim'))).toEqual([]);
    expect(texts(registry.get('sourcelight-speaker-p1'))).toEqual([]);
  });

  it('draws nothing from a frame booked before clear()', () => {
    const { registry, target } = fakeTarget();
    const frames: Array<() => void> = [];
    const drawn: MarkItem[][] = [];
    const marks: MarkSink = { draw: (items) => drawn.push([...items]), clear: () => drawn.push([]) };
    const painter = new Painter({ ...target, requestFrame: (fn) => void frames.push(fn) }, { marks });
    painter.paint([{ id: 'a', kind: 'quote', tags: ['supported'], range: rangeOver('alpha') }]);
    painter.clear();
    frames[0]!();
    expect(registry.size).toBe(0);
    expect(drawn).toEqual([[]]); // the clear, and no marks drawn after it
  });
});
