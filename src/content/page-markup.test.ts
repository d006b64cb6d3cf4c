// @vitest-environment jsdom
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../core/article';
import { pageWindow, readPageFile } from '../node/load-page';
import { doctypeMarkup, leanMarkup, pageMarkup } from './page-markup';

const FIXTURES = join(__dirname, '../../test/fixtures/pages');
const parse = (markup: string) => new DOMParser().parseFromString(markup, 'text/html');
const tags = (doc: Document) => Array.from(doc.querySelectorAll('*'), (e) => e.localName).join(' ');

describe('doctypeMarkup', () => {
  it('gives the doctype back as markup, so the copy is parsed in the page mode', () => {
    expect(doctypeMarkup(parse('<!DOCTYPE html><p>x'))).toBe('<!DOCTYPE html>');
    const legacy = '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">';
    expect(doctypeMarkup(parse(`${legacy}<p>x`))).toBe(legacy);
    expect(doctypeMarkup(parse('<p>x'))).toBe('');
    expect(parse(pageMarkup(parse('<p>x<table><tr><td>y</table>'))).compatMode).toBe('BackCompat');
    expect(parse(pageMarkup(parse('<!DOCTYPE html><p>x'))).compatMode).toBe('CSS1Compat');
  });
});

describe('leanMarkup', () => {
  it('empties scripts and style sheets, keeps the page metadata and every element', () => {
    const page =
      '<html><head><style>p { color: red }</style><script type="application/ld+json">{"headline":"H"}</script>' +
      '<script src="a.js"></script><script>var x = "<p>";</script></head><body><p>One<script>go()</script> two</p></body></html>';
    const lean = leanMarkup(page);
    expect(lean).toBe(
      '<html><head><style></style><script type="application/ld+json">{"headline":"H"}</script>' +
        '<script src="a.js"></script><script></script></head><body><p>One<script></script> two</p></body></html>',
    );
    expect(tags(parse(lean))).toBe(tags(parse(page)));
  });

  it('leaves what a serialiser writes as it is: a comment or raw text that holds a tag', () => {
    const page = '<body><!-- <script>not code</script> --><noscript><style>x{}</style></noscript><style>/* <script> */</style><p>Text</p><script>x()</script></body>';
    expect(leanMarkup(page)).toBe('<body><!-- <script>not code</script> --><noscript><style>x{}</style></noscript><style></style><p>Text</p><script></script></body>');
  });

  it("drops an SVG path's outline (its d attribute) and nothing else: its other attributes, and a path in a comment or raw text, stay", () => {
    const page =
      '<body><svg viewBox="0 0 9 9"><title>Icon</title><path fill="red" d="M0 0L9 9Z" data-x="y d=1"></path><path d="M1 1"/></svg>' +
      '<!-- <path d="M2 2"> --><noscript><path d="M3 3"></noscript><p>Text</p></body>';
    const lean = leanMarkup(page);
    expect(lean).toBe(
      '<body><svg viewBox="0 0 9 9"><title>Icon</title><path fill="red" data-x="y d=1"></path><path/></svg>' +
        '<!-- <path d="M2 2"> --><noscript><path d="M3 3"></noscript><p>Text</p></body>',
    );
    expect(tags(parse(lean))).toBe(tags(parse(page)));
    expect(parse(lean).body.textContent).toBe(parse(page).body.textContent);
  });

  it.each(readdirSync(FIXTURES).filter((f) => !f.includes('.')))('%s: the lean copy reads as the same article', (slug) => {
    const url = 'https://fixture.example/page.html';
    const doc = pageWindow(readPageFile(join(FIXTURES, slug, 'source.html')), url).window.document;
    const markup = pageMarkup(doc);
    const full = doctypeMarkup(doc) + doc.documentElement.outerHTML;
    expect(markup.length).toBeLessThan(full.length);
    expect(tags(parse(markup))).toBe(tags(parse(full)));
    const { reading: a, ...lean } = readArticle(parse(markup), url);
    const { reading: b, ...whole } = readArticle(doc, url);
    expect(lean).toEqual(whole);
    expect(a).toEqual(b);
  });
});
