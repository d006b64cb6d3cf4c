import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import { buildTextIndex, UI_MARKER_ATTRIBUTE } from './text-index';

const windows: Array<{ close(): void }> = [];
function body(html: string): HTMLElement {
  const dom = new JSDOM(`<!doctype html><body>${html}</body>`, { url: 'https://example.org/a' });
  windows.push(dom.window);
  return dom.window.document.body;
}
afterEach(() => {
  for (const w of windows.splice(0)) w.close();
});

describe('buildTextIndex', () => {
  it('collapses whitespace and joins blocks with a blank line', () => {
    const index = buildTextIndex(body('<h1> Title\n</h1>\n<p>One   two\n three.</p><p>Four <b>five</b>\u00a0six.</p>'));
    expect(index.text).toBe('Title\n\nOne two three.\n\nFour five six.');
  });

  it('joins inline elements without adding or losing spaces', () => {
    const index = buildTextIndex(body('<p>a<i>b</i> <span> c</span>d<br>e</p>'));
    expect(index.text).toBe('ab cd\n\ne');
  });

  it('leaves out scripts, styles, hidden elements and our own UI', () => {
    const index = buildTextIndex(
      body(
        `<p>kept</p><script>var x = 1;</script><style>p{}</style><p hidden>gone</p>` +
          `<div style="display: none">gone</div><div ${UI_MARKER_ATTRIBUTE}>card</div><noscript>ns</noscript><p>also kept</p>`,
      ),
    );
    expect(index.text).toBe('kept\n\nalso kept');
  });

  it('maps offsets to DOM ranges whose text is the indexed text', () => {
    const root = body('<p>Hello   <b>brave</b>\n new <i>wor</i>ld.</p><p>Second  one.</p>');
    const index = buildTextIndex(root);
    const text = index.text;
    for (const word of ['Hello', 'brave new', 'world.', 'Second one', 'new world.\n\nSecond']) {
      const start = text.indexOf(word);
      expect(start).toBeGreaterThanOrEqual(0);
      const range = index.rangeFor(start, start + word.length);
      // The DOM has no characters for a block join: compare without whitespace.
      expect(range.toString().replace(/\s+/g, '')).toBe(word.replace(/\s+/g, ''));
    }
  });

  it('gives the text offset of DOM points, the inverse of rangeFor', () => {
    const root = body('<p>Alpha  beta</p><p><em>gamma</em> delta</p>');
    const index = buildTextIndex(root);
    for (let i = 0; i <= index.text.length; i++) {
      if (index.text[i] === '\n') continue;
      const r = index.rangeFor(i, index.text.length);
      expect(index.offsetOf(r.startContainer, r.startOffset)).toBe(i);
    }
    const em = root.querySelector('em') as Element;
    expect(index.offsetOf(em, 0)).toBe(index.text.indexOf('gamma'));
    expect(index.offsetOf(root, root.childNodes.length)).toBe(index.text.length);
    const outside = root.ownerDocument.createElement('p');
    expect(index.offsetOf(outside, 0)).toBeNull();
  });

  it('returns an empty range for a span of separators only', () => {
    const index = buildTextIndex(body('<p>one</p><p>two</p>'));
    const range = index.rangeFor(3, 5);
    expect(range.collapsed).toBe(true);
    expect(index.rangeFor(0, 3).toString()).toBe('one');
  });

  it('keeps surrogate pairs and combining marks intact', () => {
    const index = buildTextIndex(body('<p>caf\u0065\u0301 \u{1F600} ok</p>'));
    expect(index.text).toBe('caf\u0065\u0301 \u{1F600} ok');
    const at = index.text.indexOf('\u{1F600}');
    expect(index.rangeFor(at, at + 2).toString()).toBe('\u{1F600}');
  });

  it('indexes a very deep and very wide DOM without recursion, in linear time', () => {
    const root = body('');
    const doc = root.ownerDocument;
    let parent: Element = root;
    for (let i = 0; i < 1500; i++) {
      const span = doc.createElement(i % 2 === 0 ? 'span' : 'div');
      span.appendChild(doc.createTextNode(` w${i} `));
      parent.appendChild(span);
      parent = span;
    }
    const index = buildTextIndex(root);
    expect(index.text.startsWith('w0\n\nw1 w2\n\nw3')).toBe(true);
    expect(index.text.endsWith('w1499')).toBe(true);
    const at = index.text.indexOf('w1234');
    expect(index.rangeFor(at, at + 6).toString()).toBe('w1234');
  });
});
