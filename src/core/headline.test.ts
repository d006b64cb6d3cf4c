// A headline's "Source: claim": found where its source is one the article reports, and its
// quotations held at a distance; a topic or a place before the colon names nobody.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extract } from './extract';
import { findingsOf } from './test-support';
import type { ParagraphSpec } from './test-support';

const headline = (text: string): ParagraphSpec => ({ text, heading: true, headline: true });
const body = 'Sen. Jane Roe said on Monday that the party was losing voters across the whole country.';

describe('headline', () => {
  it('gives the claim after the colon to a source the article reports', () => {
    const found = findingsOf([headline('Roe: The Party’s Plan Is Failing Its Voters'), body]);
    const claim = found.find((f) => f.paragraph === 0 && f.kind === 'claim');
    expect(claim?.rule).toBe('headline-colon');
    expect(claim?.text).toBe('The Party’s Plan Is Failing Its Voters');
    expect(claim?.speaker).toBe('Jane Roe');
    expect(claim?.speakerId).toBe(found.find((f) => f.paragraph === 1)?.speakerId);
  });

  it('takes the noun of a body or a document before the colon for a source', () => {
    const found = findingsOf([headline('Poll: Most Voters Want a New Plan for the City'), 'The poll of 900 voters was taken last week in the city and its suburbs by the university.']);
    expect(found.find((f) => f.paragraph === 0)?.speaker).toBe('Poll');
  });

  it('reads a title-case verb of speech as the cue', () => {
    const found = findingsOf([headline('Jane Roe Says the Party Should Change Its Plan'), body]);
    const claim = found.find((f) => f.paragraph === 0 && f.kind === 'claim');
    expect(claim?.rule).toBe('headline-says');
    expect(claim?.text).toBe('the Party Should Change Its Plan');
    expect(claim?.speaker).toBe('Jane Roe');
  });

  it('names nobody for a topic or a place before the colon', () => {
    expect(findingsOf([headline('Football: Ashton Wins the Cup After a Long Final Match'), body]).filter((f) => f.paragraph === 0)).toEqual([]);
    expect(findingsOf([headline('Ashton: Fire Destroys an Old Farm House in the Night'), 'A fire in Ashton destroyed an old farm house, the police said on Monday. Nobody was hurt in it.']).filter((f) => f.paragraph === 0)).toEqual([]);
  });

  it('holds a headline’s quotation at a distance: the article attributes it where it reports it', () => {
    const found = findingsOf([headline('Jane Roe Says the Plan Is ‘Failing Its Voters’'), body]);
    expect(found.filter((f) => f.paragraph === 0 && f.kind === 'quote')).toEqual([]);
  });

  it('is read from the page’s h1 when Readability leaves it out, with selectors that find it', () => {
    const title = 'Roe: The Party’s Plan Is Failing Its Voters';
    const paragraphs = Array.from({ length: 4 }, (_, i) => `<p>${body} It was the ${i + 1}. time she said so, and the crowd in the hall listened to her.</p>`).join('');
    const dom = new JSDOM(`<html lang="en"><head><title>${title} - The Gazette</title></head><body><header><h1>${title}</h1></header><article>${paragraphs}</article></body></html>`, { url: 'https://example.org/a' });
    const { extraction, article } = extract(dom.window.document, 'https://example.org/a');
    expect(article.paragraphs[0]?.headline).toBe(true);
    const claim = extraction.findings.find((f) => f.rule === 'headline-colon');
    expect(claim?.speaker).toBe('Jane Roe');
    expect(article.text.slice(claim!.position.start, claim!.position.end)).toBe(claim!.text);
  });
});
