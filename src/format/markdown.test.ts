import fc from 'fast-check';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import type { AnnotationRecord, ArticleRecord } from '../shared/model';
import { bundleArb, oddString } from './arbitraries';
import { escapeMarkdownInline, formatMarkdown, markdownChunks, safeLinkUrl } from './markdown';

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[click](javascript:alert(1))',
  '[x]: javascript:alert(1)',
  '<javascript:alert(1)>',
  'JaVaScRiPt:alert(1)',
  '![img](javascript:alert(1))',
  '**bold** _em_ `code` # heading',
  '&lt;script&gt; &#60;b&#62;',
  '| a | b |\n|---|---|',
  '\n\n# injected heading\n\n- injected item\n\n<div onclick=x>',
  '=1+1',
  'https://evil.example/',
  'www.evil.example',
  '\\',
  ')](javascript:x)',
];

/** The HTML a common Markdown renderer (marked, GFM) makes of the export. */
function render(markdown: string): string {
  return marked.parse(markdown, { async: false, gfm: true });
}

/** Everything a browser could run or follow in the rendered HTML. */
function executableParts(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/<([a-z][a-z0-9]*)\b([^>]*)>/gi)) {
    const tag = m[1]!.toLowerCase();
    if (!['h1', 'h2', 'h3', 'h4', 'p', 'ul', 'li', 'a', 'strong', 'code', 'br', 'em'].includes(tag)) found.push(`tag <${tag}>`);
    if (/\son\w+=/i.test(m[2]!)) found.push(`handler in <${tag}${m[2]}>`);
    for (const h of m[2]!.matchAll(/\b(?:href|src)="([^"]*)"/gi)) {
      if (!/^https?:\/\//i.test(h[1]!)) found.push(`link to ${h[1]}`);
    }
    for (const v of m[2]!.matchAll(/=\s*"([^"]*)"/g)) {
      if (/javascript:|data:|vbscript:/i.test(v[1]!)) found.push(`attribute value ${v[1]}`);
    }
  }
  return found;
}

function annotation(over: Partial<AnnotationRecord>): AnnotationRecord {
  return {
    id: 'a', article: 'https://news.example/x', kind: 'quote', text: 'text', speaker: 'Speaker', speakerKind: 'person', cue: 'said',
    selectors: { quote: { type: 'TextQuoteSelector', exact: 'text', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 4 } },
    tags: [], note: '', origin: 'auto', created: 0, updated: 0, ...over,
  };
}

const article: ArticleRecord = { url: 'https://news.example/x', title: 'A story', site: 'news.example', firstVisit: 0, lastVisit: 86_400_000 };

describe('Markdown export', { timeout: 120_000 }, () => {
  it('renders hostile text in every field as text: no HTML, no script links', () => {
    for (const bad of HOSTILE) {
      const md = formatMarkdown({
        articles: [{ ...article, title: bad }],
        annotations: [
          annotation({ id: '1', text: bad, speaker: bad, note: bad, tags: ['disputed'] }),
          annotation({ id: '2', kind: 'claim', text: bad, speaker: bad, note: `${bad}\n${bad}` }),
          annotation({ id: '3', kind: 'scare', text: bad, speaker: null }),
        ],
      });
      const html = render(md);
      expect([bad, executableParts(html)]).toEqual([bad, []]);
      expect(html).not.toMatch(/<script|<img|<div/i);
    }
  });

  it('never emits HTML or a non-http(s) link for generated text (property)', () => {
    fc.assert(
      fc.property(bundleArb, fc.constantFrom(...HOSTILE), (bundle, bad) => {
        const withHostile = { ...bundle, annotations: bundle.annotations.map((a, i) => (i % 2 ? { ...a, note: bad + a.note } : { ...a, text: bad + a.text })) };
        const html = render(formatMarkdown(withHostile));
        expect(executableParts(html)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('never turns text opening with spaces into a code block (the property found "    !")', () => {
    expect(render(`${escapeMarkdownInline('    !')}\n`)).toBe('<p>!</p>\n');
    expect(render(`${escapeMarkdownInline('\t\tcode?')}\n`)).toBe('<p>code?</p>\n');
  });

  it('shows the text itself once rendered (escaping loses nothing on one line)', () => {
    fc.assert(
      fc.property(oddString(60), (text) => {
        const html = render(`${escapeMarkdownInline(text)}\n`);
        const shown = html.replace(/<\/?p>\n?/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
        const oneLine = text.replace(/[\r\n\t\f\v\u2028\u2029]+/g, ' ');
        expect(shown.trim()).toBe(oneLine.trim());
      }),
      { numRuns: 500 },
    );
  });

  it('links only http(s) article URLs, percent-encoding what could end the link', () => {
    expect(safeLinkUrl('javascript:alert(1)')).toBeNull();
    expect(safeLinkUrl('data:text/html,<b>')).toBeNull();
    expect(safeLinkUrl('not a url')).toBeNull();
    expect(safeLinkUrl('https://a.example/p(1)?q="x"')).toBe('https://a.example/p%281%29?q=%22x%22');
    const md = formatMarkdown({ articles: [{ ...article, url: 'javascript:alert(1)', title: 'T' }], annotations: [] });
    expect(md).not.toMatch(/\]\(/);
    expect(render(md)).not.toMatch(/<a /);
  });

  it('groups quotes by speaker, lists claims, tags and notes under each article', () => {
    const md = formatMarkdown({
      articles: [article],
      annotations: [
        annotation({ id: 'q2', text: 'second', speaker: 'Beta', selectors: { ...annotation({}).selectors, position: { type: 'TextPositionSelector', start: 50, end: 56 } } }),
        annotation({ id: 'q1', text: 'first', speaker: 'Alpha', tags: ['supported'] }),
        annotation({ id: 'q3', text: 'third', speaker: 'Alpha' }),
        annotation({ id: 'c1', kind: 'claim', text: 'prices rose', speaker: 'Gamma', note: 'Check it\n\nsecond line', tags: ['needs-source', 'disputed'] }),
      ],
    });
    const html = render(md);
    expect(html).toContain('<h2>A story</h2>');
    expect(html).toContain('<a href="https://news.example/x">news.example</a>');
    expect(html.indexOf('<h4>Alpha</h4>')).toBeLessThan(html.indexOf('<h4>Beta</h4>'));
    expect(html.indexOf('first')).toBeLessThan(html.indexOf('third'));
    expect(html).toContain('<h3>Claims</h3>');
    expect(html).toMatch(/<strong>Gamma<\/strong>: prices rose — tags: <code>needs-source<\/code>, <code>disputed<\/code>/);
    expect(html).toMatch(/Note: Check it<br>\s*second line/);
    expect(md).toContain('First read 1970-01-01, last read 1970-01-02.');
  });

  it('gives the same text in chunks as at once, with progress up to the total', () => {
    fc.assert(
      fc.property(bundleArb, fc.integer({ min: 1, max: 3 }), (bundle, chunkSize) => {
        const chunks = [...markdownChunks(bundle, { chunkSize })];
        expect(chunks.map((c) => c.text).join('')).toBe(formatMarkdown(bundle));
        expect(chunks.at(-1)?.done).toBe(bundle.annotations.length);
      }),
      { numRuns: 50 },
    );
  });
});
