// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_CSS, HIGHLIGHT_NAMES, highlightNameFor, installHighlightStyles } from './highlight-styles';

describe('highlightNameFor', () => {
  it('paints by kind when untagged, by the strongest verdict when tagged', () => {
    expect(highlightNameFor('quote', [])).toBe('sourcelight-quote');
    expect(highlightNameFor('scare', [])).toBe('sourcelight-scare');
    expect(highlightNameFor('claim', ['supported'])).toBe('sourcelight-supported');
    expect(highlightNameFor('claim', ['supported', 'needs-source'])).toBe('sourcelight-needs-source');
    expect(highlightNameFor('quote', ['supported', 'disputed', 'needs-source'])).toBe('sourcelight-disputed');
  });

  it('has a rule for every highlight name and nothing but ::highlight rules', () => {
    for (const name of HIGHLIGHT_NAMES) expect(HIGHLIGHT_CSS).toContain(`::highlight(${name})`);
    const selectors = HIGHLIGHT_CSS.split('\n').filter((l) => l.includes('{')).map((l) => l.slice(0, l.indexOf('{')).trim());
    expect(selectors.every((s) => /^::highlight\([a-z-]+\)$/.test(s))).toBe(true);
  });
});

describe('installHighlightStyles', () => {
  it('falls back to one <style> in <head> where a sheet cannot be adopted, and only once', () => {
    const doc = document.implementation.createHTMLDocument('x');
    Object.defineProperty(doc, 'adoptedStyleSheets', {
      get: () => [],
      set: () => {
        throw new TypeError('not allowed from here');
      },
    });
    expect(installHighlightStyles(doc)).toBe('element');
    expect(installHighlightStyles(doc)).toBe('element');
    expect(doc.head.querySelectorAll('style')).toHaveLength(1);
    expect(doc.body.querySelectorAll('*')).toHaveLength(0);
  });
});
