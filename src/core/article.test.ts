// Flattening an article to text: paragraphs from blocks, whitespace collapsed as a browser shows
// it, <blockquote> and headings flagged, <q> ranges kept; Readability on a clone of the page.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { flattenToText, NoArticleError, readArticle } from './article';
import { extract } from './extract';

function flat(html: string) {
  const dom = new JSDOM(`<body>${html}</body>`);
  try {
    return flattenToText(dom.window.document.body);
  } finally {
    dom.window.close();
  }
}

describe('flattenToText', () => {
  it('joins blocks with blank lines and collapses whitespace inside them', () => {
    const f = flat('<h2>A  head</h2><p>One\n  two <b>three</b></p><div>Four<br>five</div>');
    expect(f.text).toBe('A head\n\nOne two three\n\nFour\n\nfive');
    expect(f.paragraphs.map((p) => f.text.slice(p.start, p.end))).toEqual(['A head', 'One two three', 'Four', 'five']);
    expect(f.paragraphs[0]!.heading).toBe(true);
  });

  it('flags blockquote paragraphs and keeps <q> ranges', () => {
    const f = flat('<p>She said <q>we will  win</q> today.</p><blockquote><p>Never again.</p></blockquote>');
    expect(f.inlineQuotes.map((q) => f.text.slice(q.start, q.end))).toEqual(['we will win']);
    expect(f.paragraphs[1]!.blockquote).toBe(true);
  });

  it('skips scripts, styles and form controls', () => {
    expect(flat('<p>Text<script>var x = 1;</script><style>p{}</style><button>Share</button></p>').text).toBe('Text');
  });

  it('walks a deeply nested page without overflowing the stack', () => {
    const dom = new JSDOM('<body></body>');
    const doc = dom.window.document;
    // Built from the leaf up and never attached: jsdom itself recurses when a deep tree is attached.
    let node: Element = doc.createElement('p');
    node.textContent = 'deep text';
    for (let i = 0; i < 20000; i++) {
      const parent = doc.createElement('span');
      parent.appendChild(node);
      node = parent;
    }
    expect(flattenToText(node).text).toBe('deep text');
    dom.window.close();
  });
});

describe('readArticle', () => {
  const story = `<html lang="en-GB"><head><title>Harbour to reopen</title></head><body>
    <nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <article><h1>Harbour to reopen</h1>
    ${'<p>The harbour will reopen next week after repairs to the outer wall were finished ahead of schedule, officials said on Monday.</p>'.repeat(6)}
    </article><aside>Most read: “Someone else said this,” says a sidebar.</aside></body></html>`;

  it('reads title, language and the article text from a clone, leaving the page as it was', () => {
    const dom = new JSDOM(story, { url: 'https://example.org/harbour' });
    const before = dom.window.document.body.innerHTML;
    const a = readArticle(dom.window.document, 'https://example.org/harbour');
    expect(a.title).toBe('Harbour to reopen');
    expect(a.lang).toBe('en');
    expect(a.text).toContain('outer wall');
    expect(a.text).not.toContain('Most read');
    expect(dom.window.document.body.innerHTML).toBe(before);
    dom.window.close();
  });

  it('throws NoArticleError on a page with no article', () => {
    const dom = new JSDOM('<html><body><nav><a href="/">Home</a></nav></body></html>', { url: 'https://example.org/' });
    expect(() => extract(dom.window.document, 'https://example.org/')).toThrow(NoArticleError);
    dom.window.close();
  });
});
