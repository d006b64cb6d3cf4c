// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { highlightCss, installHighlightStyles, LAYERS, layersFor, plainNames, randomNames } from './highlight-styles';

describe('layersFor', () => {
  it('paints a speaker colour and a kind line, never a verdict', () => {
    expect(layersFor('quote', 'p0')).toEqual(['speaker-p0', 'kind-quote']);
    expect(layersFor('claim', 'none')).toEqual(['speaker-none', 'kind-claim']);
    expect(layersFor('scare', 'none')).toEqual(['kind-scare']);
    expect(layersFor('manual', 'none')).toEqual(['speaker-reader', 'kind-manual']);
    expect(layersFor('manual', 'o1')).toEqual(['speaker-o1', 'kind-manual']);
    expect(LAYERS.some((l) => /disputed|supported|needs-source|note/.test(l))).toBe(false);
  });
});

describe('randomNames', () => {
  it('gives every layer a distinct name that says nothing', () => {
    const names = randomNames();
    const values = Object.values(names);
    expect(Object.keys(names)).toEqual([...LAYERS]);
    expect(new Set(values).size).toBe(values.length);
    for (const name of values) {
      expect(name).toMatch(/^[a-z][a-z0-9]{12}$/);
      expect(name).not.toMatch(/sourcelight|quote|claim|scare|speaker|kind|tag|note/);
    }
    expect(randomNames()).not.toEqual(names); // a new page, new names
  });

  it('draws again when a name repeats', () => {
    let call = 0;
    const names = randomNames(['a1', 'b1'], (b) => b.fill(call++ < 2 ? 7 : 9));
    expect(names.a1).not.toBe(names.b1);
  });
});

describe('highlightCss', () => {
  it('has one ::highlight rule per layer with a style, naming only the given names', () => {
    const names = randomNames();
    const css = highlightCss(names);
    const selectors = css.trim().split('\n').map((l) => l.slice(0, l.indexOf('{')).trim());
    expect(selectors.every((s) => /^::highlight\([a-z][a-z0-9]+\)$/.test(s))).toBe(true);
    expect(selectors).toHaveLength(LAYERS.length);
    expect(css).not.toMatch(/sourcelight|disputed|supported|needs-source/);
  });

  it('leaves out names that are not plain identifiers', () => {
    expect(highlightCss({ 'kind-quote': 'x) {} body { display:none' })).toBe('');
  });
});

describe('installHighlightStyles', () => {
  it('falls back to one <style> in <head> where a sheet cannot be adopted', () => {
    const doc = document.implementation.createHTMLDocument('x');
    Object.defineProperty(doc, 'adoptedStyleSheets', {
      get: () => [],
      set: () => {
        throw new TypeError('not allowed from here');
      },
    });
    expect(installHighlightStyles(doc, plainNames())).toBe('element');
    expect(doc.head.querySelectorAll('style')).toHaveLength(1);
    expect(doc.head.querySelector('style')?.textContent).toContain('::highlight(sourcelight-kind-quote)');
    expect(doc.body.querySelectorAll('*')).toHaveLength(0);
  });
});
