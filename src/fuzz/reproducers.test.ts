// The smallest pages that crashed the engine in a fuzz run (issue 12 and `npm run fuzz`), each
// run through the whole engine as the CLI and the content script run it: each must extract
// within the contract or end in NoArticleError with its reason, never throw anything else.
import { describe, expect, it } from 'vitest';
import { extract, NoArticleError } from '../core/extract';
import { READ_DEPTH } from '../core/article';
import { pageWindow } from '../node/load-page';
import { contractFaults } from './contract';

const PROSE =
  '<p>The council met on Tuesday to decide the future of the harbour, which has been closed since the storm of last winter.</p>' +
  '<p>“We will rebuild it,” the mayor, Jane Roe, told reporters after the vote. Her deputy said the work would take a year.</p>';

function article(body: string, doctype = '<!DOCTYPE html>'): string {
  return `${doctype}<html lang="en"><head><title>Harbour</title></head><body><article>${body}</article></body></html>`;
}

/** Extracts a page; returns its findings count, or the NoArticleError's reason. Fails on any other throw. */
function run(html: string): { findings: number } | { noArticle: string } {
  const url = 'https://example.org/story';
  const dom = pageWindow(html, url);
  try {
    const { extraction, article: a } = extract(dom.window.document, url);
    expect(contractFaults(a, extraction)).toEqual([]);
    return { findings: extraction.findings.length };
  } catch (e) {
    if (e instanceof NoArticleError) {
      expect(e.message.length).toBeGreaterThan(0);
      return { noArticle: e.message };
    }
    throw e;
  } finally {
    dom.window.close();
  }
}

describe('fuzz reproducers', () => {
  it('a sentence that is one stray apostrophe (ClaimRunOn.step read past a one-token sentence)', () => {
    const r = run(article(`${PROSE}<p>The plan failed. '</p>`));
    expect(r).toHaveProperty('findings');
    // As a bare article too, without the prose around it.
    expect(run(article("<p>The plan failed. '</p>".repeat(3)))).toBeDefined();
  });

  it.each(['<!DOCTYPE html!>', '<!DOCTYPE>', '<!DOCTYPE <q>“x”</q>>', '<!DOCTYPE 1html>', '<!DOCTYPE "html">'])(
    'a page with the doctype %s (jsdom refused to clone it)',
    (doctype) => {
      const r = run(article(PROSE, doctype));
      expect(r).toEqual({ findings: expect.any(Number) });
      expect((r as { findings: number }).findings).toBeGreaterThan(0);
    },
  );

  it('a page nested 5,000 levels deep is read up to the bound, and says so', () => {
    const depth = 5000;
    const html = article(`${'<div>'.repeat(depth)}${PROSE}${'</div>'.repeat(depth)}`);
    const url = 'https://example.org/deep';
    const dom = pageWindow(html, url);
    try {
      const { extraction, article: a } = extract(dom.window.document, url);
      expect(contractFaults(a, extraction)).toEqual([]);
      expect(a.text).toContain('We will rebuild it');
      expect(a.reading?.depthLimit).toBe(READ_DEPTH);
    } finally {
      dom.window.close();
    }
  });
});
