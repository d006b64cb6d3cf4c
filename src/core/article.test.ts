// Flattening an article to text: paragraphs from blocks, whitespace collapsed as a browser shows
// it, <blockquote> and headings flagged, <q> ranges kept; Readability on a clone of the page.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { clonePage, flattenToText, lettersKey, NoArticleError, READ_DEPTH, readArticle, readArticleEarly, readArticleInSteps, runReadability } from './article';
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

describe('lettersKey', () => {
  it('reads a string as the global replace of its non-letters would, ASCII by character codes or not', () => {
    const slow = (s: string) => s.replace(/[^\p{L}\p{N}]+/gu, ' ').trim().toLowerCase();
    for (const s of ['', '  ', '--', 'A', 'Graham: Trump rhetoric | Site', ' 2016 -- X9 y ', 'Ünïcode — Title’s', 'ab\tcd\u00a0ef', '...Lead, and end.']) {
      expect(lettersKey(s)).toBe(slow(s));
    }
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

  it('reads the same article in steps, pausing once between the parse and the rest', async () => {
    const dom = new JSDOM(story, { url: 'https://example.org/harbour' });
    let pauses = 0;
    const stepped = await readArticleInSteps(dom.window.document, 'https://example.org/harbour', async () => void pauses++);
    expect(pauses).toBe(1);
    expect(stepped).toEqual(readArticle(dom.window.document, 'https://example.org/harbour'));
    dom.window.close();
  });

  it('gives Readability’s pick before the checks; check() answers the same pick when it stands', async () => {
    const dom = new JSDOM(story, { url: 'https://example.org/harbour' });
    const early = await readArticleEarly(dom.window.document, 'https://example.org/harbour', async () => undefined);
    expect(early.pick).not.toBeNull();
    const { reading: _none, ...unchecked } = early.pick!;
    const checked = early.check();
    expect(checked).toBe(early.pick);
    expect(checked).toEqual(readArticle(dom.window.document, 'https://example.org/harbour'));
    const { reading: _r, ...plain } = checked;
    expect(plain).toEqual(unchecked);
    dom.window.close();
  });

  it('throws NoArticleError on a page with no article', () => {
    const dom = new JSDOM('<html><body><nav><a href="/">Home</a></nav></body></html>', { url: 'https://example.org/' });
    expect(() => extract(dom.window.document, 'https://example.org/')).toThrow(NoArticleError);
    dom.window.close();
  });

  it('says nothing about a page read whole and well', () => {
    const dom = new JSDOM(story, { url: 'https://example.org/harbour' });
    const a = readArticle(dom.window.document, 'https://example.org/harbour');
    expect(a.reading).toMatchObject({ depthLimit: null, fallback: null, rejected: null, thin: false });
    expect(a.reading!.articleChars).toBe(a.text.length);
    dom.window.close();
  });

  it('checks Readability’s pick: a print footer far shorter than the page’s main text is read again with the defaults', () => {
    // The main text sits in a block Readability's first pass strips as unlikely ("sidebar");
    // at our low threshold it settles for the short footer, which the check rejects.
    const main = '<p>The harbour will reopen next week after repairs to the outer wall were finished ahead of schedule, officials said on Monday, and the ferries, which stopped in March, will run again.</p>'.repeat(14);
    const page = `<html lang="en"><head><title>Harbour</title></head><body><div class="sidebar">${main}</div>
      <div><p>Printed from the harbour authority's site, for personal use only, with thanks to all our readers, subscribers, partners and friends. Copying, reprinting or sharing this page, in whole or in part, needs written permission.</p></div></body></html>`;
    const dom = new JSDOM(page, { url: 'https://example.org/harbour' });
    const a = readArticle(dom.window.document, 'https://example.org/harbour');
    expect(a.text).toContain('outer wall');
    expect(a.reading).toMatchObject({ rejected: 'short', thin: false });
    expect(a.reading!.fallback).not.toBeNull();
    dom.window.close();
  });

  it('checks an early pick the same way: the footer is replaced by the better reading', async () => {
    const main = '<p>The harbour will reopen next week after repairs to the outer wall were finished ahead of schedule, officials said on Monday, and the ferries, which stopped in March, will run again.</p>'.repeat(14);
    const page = `<html lang="en"><head><title>Harbour</title></head><body><div class="sidebar">${main}</div>
      <div><p>Printed from the harbour authority's site, for personal use only, with thanks to all our readers, subscribers, partners and friends. Copying, reprinting or sharing this page, in whole or in part, needs written permission.</p></div></body></html>`;
    const dom = new JSDOM(page, { url: 'https://example.org/harbour' });
    const early = await readArticleEarly(dom.window.document, 'https://example.org/harbour', async () => undefined);
    expect(early.pick?.text).not.toContain('outer wall');
    const checked = early.check();
    expect(checked).not.toBe(early.pick);
    expect(checked).toEqual(readArticle(dom.window.document, 'https://example.org/harbour'));
    dom.window.close();
  });

  it('reads a page nested deeper than the bound up to it, keeping the text below it, and says so', () => {
    const depth = READ_DEPTH * 3;
    const page = `<html><body>${'<div>'.repeat(depth)}${'<p>The harbour will reopen next week after repairs to the outer wall were finished, officials said.</p>'.repeat(4)}${'</div>'.repeat(depth)}</body></html>`;
    const dom = new JSDOM(page, { url: 'https://example.org/deep' });
    const a = readArticle(dom.window.document, 'https://example.org/deep');
    expect(a.text).toContain('outer wall');
    expect(a.reading!.depthLimit).toBe(READ_DEPTH);
    dom.window.close();
  });
});

describe('a page cut at the depth bound, Readability attempting again', () => {
  it('puts the page back from its copy when an attempt finds too little, and reads the article', () => {
    // The first attempt strips the "comment" block (an unlikely candidate) and finds nothing; the
    // next starts from the page as it was, put back from a copy of its nodes, not parsed again.
    const depth = READ_DEPTH + 20;
    const para = '<p>The harbour will reopen next week after repairs to the outer wall were finished, officials said.</p>';
    const page = `<html><body><div class="comment">${'<div>'.repeat(depth)}${para.repeat(4)}${'</div>'.repeat(depth)}</div></body></html>`;
    const dom = new JSDOM(page, { url: 'https://example.org/deep-retry' });
    const a = readArticle(dom.window.document, 'https://example.org/deep-retry');
    expect(a.text).toContain('outer wall');
    expect(a.text.split('outer wall').length - 1).toBe(4);
    expect(a.reading!.depthLimit).toBe(READ_DEPTH);
    dom.window.close();
  });
});

describe('Readability attempting again on a page read whole', () => {
  /** Counts parses of body HTML (the innerHTML setter on a body) in this window while `run` runs. */
  function bodyParses(dom: JSDOM, run: () => void): number {
    const proto = dom.window.Element.prototype;
    const own = Object.getOwnPropertyDescriptor(proto, 'innerHTML')!;
    let n = 0;
    Object.defineProperty(proto, 'innerHTML', {
      configurable: true,
      get: own.get,
      set(this: Element, v: string) {
        if (this.tagName === 'BODY') n++;
        own.set!.call(this, v);
      },
    });
    try {
      run();
    } finally {
      Object.defineProperty(proto, 'innerHTML', own);
    }
    return n;
  }

  // Under Readability's threshold of 200 characters in every attempt: all four run, each after
  // the page is put back; Readability returns its longest.
  const short = '<p>The harbour will reopen next week after repairs to the outer wall, officials said on Monday.</p><p>Ferries will run again soon.</p>';
  const page = `<html><head><title>Harbour</title></head><body><div class="comment">${short}</div><div class="sidebar"><p>More news.</p></div></body></html>`;

  it('parses the page’s HTML once for its four attempts, and picks what Readability picks parsing it four times', () => {
    const dom = new JSDOM(page, { url: 'https://example.org/short' });
    let ours: ReturnType<typeof runReadability> | null = null;
    expect(bodyParses(dom, () => (ours = runReadability(dom.window.document)))).toBe(1);
    const plain = new JSDOM(page, { url: 'https://example.org/short' });
    let theirs: ReturnType<Readability['parse']> = null;
    expect(bodyParses(plain, () => (theirs = new Readability(plain.window.document, { charThreshold: 200 }).parse()))).toBe(4);
    expect(ours!.content.innerHTML).toBe(theirs!.content);
    expect(ours!.title).toBe(theirs!.title);
    expect(ours!.textContent).toBe(theirs!.textContent);
    dom.window.close();
    plain.window.close();
  });

  it('does not ask Readability again at its defaults when every attempt fell short of ours', () => {
    // A pick of links alone is link-dense; Readability's defaults could only give it again.
    const links = '<p><a href="/a">The harbour will reopen next week after repairs to the outer wall, officials said on Monday.</a> <a href="/b">Ferries will run again soon.</a></p>';
    const html = `<html><head><title>Harbour</title></head><body><div class="comment">${links}</div></body></html>`;
    const dom = new JSDOM(html, { url: 'https://example.org/links' });
    let a: ReturnType<typeof readArticle> | null = null;
    // One Readability run: one parse of the page's HTML for its four attempts.
    expect(bodyParses(dom, () => (a = readArticle(dom.window.document, 'https://example.org/links')))).toBe(1);
    expect(a!.reading!.fallback).toBeNull();
    expect(a!.text).toContain('outer wall');
    dom.window.close();
  });

  it('reads the same article when the second attempt stands', () => {
    const long = `<html><body><div class="comment">${'<p>The harbour will reopen next week after repairs to the outer wall were finished, officials said.</p>'.repeat(4)}</div></body></html>`;
    const dom = new JSDOM(long, { url: 'https://example.org/retry' });
    let a: ReturnType<typeof readArticle> | null = null;
    expect(bodyParses(dom, () => (a = readArticle(dom.window.document, 'https://example.org/retry')))).toBe(1);
    expect(a!.text.split('outer wall').length - 1).toBe(4);
    expect(a!.reading!.depthLimit).toBeNull();
    dom.window.close();
  });
});

describe('clonePage', () => {
  it('copies the element tree into a fresh document without the doctype, and leaves the page as it was', () => {
    const dom = new JSDOM('<!DOCTYPE html!><html lang="de"><head><title>T</title></head><body><p id="a" data-x="1">Eins <b>zwei</b><!-- c --></p></body></html>');
    const before = dom.window.document.documentElement.outerHTML;
    const { clone, depthCut } = clonePage(dom.window.document);
    expect(clone.doctype?.name).not.toBe('html!');
    expect(clone.documentElement.outerHTML).toBe(before);
    expect(clone.title).toBe('T');
    expect(depthCut).toBe(false);
    expect(dom.window.document.documentElement.outerHTML).toBe(before);
    dom.window.close();
  });

  it('copies highlighted code as its text alone, and the article text is the same', () => {
    const spans = Array.from({ length: 50 }, (_, i) => `<span class="tok-${i}">x${i}</span> <i>=</i>`).join('');
    const html = `<html><body><article><p>Before the code.</p><pre><code class="js">${spans}</code></pre></article></body></html>`;
    const dom = new JSDOM(html);
    const { clone } = clonePage(dom.window.document);
    const code = clone.querySelector('code')!;
    expect(code.children.length).toBe(0);
    expect(code.getAttribute('class')).toBe('js');
    expect(code.textContent).toBe(dom.window.document.querySelector('code')!.textContent);
    expect(flattenToText(clone.body).text).toBe(flattenToText(dom.window.document.body).text);
    dom.window.close();
  });

  it('keeps the elements of code that holds a line break, a link, a <q> or a script', () => {
    for (const inner of ['a<br>b', '<a href="/x">a</a>', '<q>a</q>', '<span>a<script>b</script></span>']) {
      const dom = new JSDOM(`<html><body><code><span>x</span>${inner}</code></body></html>`);
      const { clone } = clonePage(dom.window.document);
      expect(clone.querySelector('code')!.innerHTML).toBe(dom.window.document.querySelector('code')!.innerHTML);
      dom.window.close();
    }
  });

  it('copies a page exactly READ_DEPTH deep whole, and cuts only one level deeper (the one-call copy and the walk meet there)', () => {
    const nest = (levels: number) => `${'<div>'.repeat(levels)}x${'</div>'.repeat(levels)}`;
    // documentElement > body > divs: the innermost div stands at depth 1 + levels.
    for (const [levels, cut] of [[READ_DEPTH - 2, false], [READ_DEPTH - 1, true]] as const) {
      const dom = new JSDOM(`<html><body>${nest(levels)}</body></html>`);
      const { clone, depthCut } = clonePage(dom.window.document);
      expect(depthCut).toBe(cut);
      expect(clone.body.textContent).toBe('x');
      if (!cut) expect(clone.documentElement.outerHTML).toBe(dom.window.document.documentElement.outerHTML);
      dom.window.close();
    }
  });

  it('flattens what stands READ_DEPTH deep or deeper: the same text in the same paragraphs and <q> ranges, nesting bounded', () => {
    // Blocks, inline elements, links and quotes nested 400 levels (built node by node: a parser
    // would close most of them), text at each level and after the blocks inside, blocks inside
    // inline elements, line breaks, empty blocks.
    const tags = ['div', 'p', 'span', 'b', 'section', 'blockquote', 'a', 'li', 'em', 'table', 'i', 'h2'];
    const dom = new JSDOM('<html><body><article></article></body></html>');
    const doc = dom.window.document;
    let at: Element = doc.querySelector('article')!;
    for (let i = 0; i < 400; i++) {
      const el = doc.createElement(tags[i % tags.length]!);
      const q = doc.createElement('q');
      q.textContent = `quote ${i}`;
      el.append(`Level ${i} says `, q, ' ');
      if (i % 7 === 0) el.append(doc.createElement('br'), 'after a break ');
      if (i % 5 === 0) el.append(doc.createElement('p'), 'after an empty paragraph ');
      at.append(el, ` tail ${i}`);
      at = el;
    }
    at.append(Object.assign(doc.createElement('p'), { textContent: 'The bottom.' }));
    const { clone, depthCut } = clonePage(doc);
    expect(depthCut).toBe(true);
    const before = flattenToText(doc.body);
    const after = flattenToText(clone.body);
    expect(before.text).toContain('Level 399 says quote 399');
    expect(after.text).toBe(before.text);
    expect(after.paragraphs.map((p) => [p.start, p.end])).toEqual(before.paragraphs.map((p) => [p.start, p.end]));
    expect(after.inlineQuotes).toEqual(before.inlineQuotes);
    let deepest = 0;
    const stack: Array<[Element, number]> = [[clone.documentElement, 0]];
    while (stack.length) {
      const [el, d] = stack.pop()!;
      deepest = Math.max(deepest, d);
      for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, d + 1]);
    }
    // The container of a run of blocks, the block, and <q> or <a> inside it.
    expect(deepest).toBeLessThanOrEqual(READ_DEPTH + 10);
    dom.window.close();
  });

  it('leaves no copy of a wrapper without text of its own where it flattens', () => {
    const levels = READ_DEPTH + 50;
    const dom = new JSDOM(`<html><body>${'<div>'.repeat(levels)}<p>x</p>${'</div>'.repeat(levels)}</body></html>`);
    const { clone } = clonePage(dom.window.document);
    // documentElement > body > div…: the divs above READ_DEPTH are copied, one holds the run of blocks.
    expect(clone.querySelectorAll('div').length).toBe(READ_DEPTH - 2 + 1);
    expect(clone.querySelector('p')!.textContent).toBe('x');
    dom.window.close();
  });

  it('puts at most FLAT_RUN blocks in one container (jsdom pays for each removal among siblings)', () => {
    const dom = new JSDOM(`<html><body>${'<div>'.repeat(READ_DEPTH + 5)}${'<p>para</p>'.repeat(1000)}${'</div>'.repeat(READ_DEPTH + 5)}</body></html>`);
    const { clone } = clonePage(dom.window.document);
    const ps = Array.from(clone.querySelectorAll('p'));
    expect(ps.length).toBe(1000);
    const parents = new Set(ps.map((p) => p.parentNode));
    expect(parents.size).toBe(10);
    expect(flattenToText(clone.body).text).toBe(flattenToText(dom.window.document.body).text);
    dom.window.close();
  });
});

describe('plain <q> copied as text for Readability (copyQuotesAsText)', () => {
  const filler = '<p>The harbour will reopen next week after repairs to the outer wall were finished, officials said on Monday, and ferries will follow.</p>';
  /** readArticle of a page, and of the same page with every <q> given an attribute (copied as an element). */
  function both(body: string): { asText: ReturnType<typeof readArticle>; asElements: ReturnType<typeof readArticle>; quotesLeft: number } {
    const url = 'https://example.org/q';
    const page = (b: string) => new JSDOM(`<html><head><title>Harbour</title></head><body><article>${filler}${b}${filler}</article></body></html>`, { url });
    const a = page(body);
    const b = page(body.replace(/<q\b/g, '<q data-k=""'));
    try {
      return { asText: readArticle(a.window.document, url), asElements: readArticle(b.window.document, url), quotesLeft: clonePage(a.window.document).clone.querySelectorAll('q').length };
    } finally {
      a.window.close();
      b.window.close();
    }
  }

  it('reads the same text, paragraphs and <q> ranges as the <q> elements give', () => {
    const cases = [
      '<p>She said <q>we will win</q> today and <q>again <q>inner</q> here</q>.</p>',
      '<div> <q>first words</q> <q>second</q> <p>A block between.</p> <q>after the block</q> </div>',
      '<div><q>before a comment</q><!-- c --><q>after it</q> and text</div>',
      '<p><q> </q>space alone, <q class="x">classed</q> <q><em>an element</em> inside</q>, <q hidden>hidden</q> and <q>a plain one</q></p>',
      '<p>line<br><br><q>after two breaks</q> text</p><div>x<br><q>y</q><br><br>z</div>',
      '<div><q>the only thing in a div</q></div><div>  <q>  spaced  out  </q>  </div>',
      '<p>In a button <button><q>do not read</q></button> and a script <noscript><q>n</q></noscript>, but <q>this one</q>.</p>',
      '<p>adjacent<q>a</q><q>b</q>text <a href="/x"><q>linked</q></a> <q>with <q></q> an empty one</q></p>',
      '<h2><q>A heading quote</q> says</h2><blockquote><p><q>Quoted</q> in a blockquote.</p></blockquote>',
      '<ul><li><q>one</q></li><li>two <q>three</q></li></ul><table><tr><td><q>cell</q> text</td></tr></table>',
    ];
    for (const body of cases) {
      const { asText, asElements, quotesLeft } = both(body);
      expect(asText, body).toEqual(asElements);
      expect(asText.inlineQuotes.length, body).toBeGreaterThan(0);
      // The copy holds fewer <q> than the page: the plain ones went in as text.
      expect(quotesLeft).toBeLessThan((body.match(/<q\b/g) ?? []).length);
    }
  });

  it('leaves the page as it was and marks the ranges of nested and adjacent quotations', () => {
    const dom = new JSDOM('<html><body><p>She said <q>we <q>will</q> win</q><q>now</q> today.</p></body></html>');
    const before = dom.window.document.documentElement.outerHTML;
    const { clone } = clonePage(dom.window.document);
    expect(dom.window.document.documentElement.outerHTML).toBe(before);
    expect(clone.querySelectorAll('q').length).toBe(0);
    expect(clone.querySelector('p')!.childNodes.length).toBe(1);
    const f = flattenToText(clone.body);
    expect(f.text).toBe('She said we will winnow today.');
    expect(f.inlineQuotes.map((q) => f.text.slice(q.start, q.end))).toEqual(['will', 'we will win', 'now']);
    expect(f).toEqual(flattenToText(dom.window.document.body));
    dom.window.close();
  });

  it('keeps the quotations when Readability puts the page back for another attempt', () => {
    // The first attempt strips the "comment" block and finds nothing; the next reads it from a copy.
    const para = '<p>The harbour will reopen <q>next week</q> after repairs to the outer wall were finished, officials said.</p>';
    const html = `<html><body><div class="comment">${para.repeat(4)}</div></body></html>`;
    const dom = new JSDOM(html, { url: 'https://example.org/retry-q' });
    const a = readArticle(dom.window.document, 'https://example.org/retry-q');
    expect(a.inlineQuotes.map((q) => a.text.slice(q.start, q.end))).toEqual(['next week', 'next week', 'next week', 'next week']);
    const b = new JSDOM(html.replace(/<q>/g, '<q data-k="">'), { url: 'https://example.org/retry-q' });
    expect(a).toEqual(readArticle(b.window.document, 'https://example.org/retry-q'));
    dom.window.close();
    b.window.close();
  });
});
