import { describe, expect, it } from 'vitest';
import { annotationLink, httpUrl, textFragment } from './article-link';

const sel = (exact: string, prefix = '', suffix = '') => ({
  selectors: { quote: { type: 'TextQuoteSelector' as const, exact, prefix, suffix }, position: { type: 'TextPositionSelector' as const, start: 0, end: 1 } },
});

describe('annotation links', () => {
  it('opens the article at the quote with whole-word context across white space', () => {
    expect(textFragment(sel('prices will rise', 'ld the council that the ', ' and so-called exp'))).toBe(
      ':~:text=council%20that%20the-,prices%20will%20rise,-and%20so',
    );
  });
  it('uses words only: no context across punctuation, no punctuation in the fragment', () => {
    // Context that starts or ends with punctuation is left out (it broke the link before).
    expect(textFragment(sel('prices will rise', 'he said: “', '”, and so-called exp'))).toBe(':~:text=prices%20will%20rise');
    expect(textFragment(sel('prices will rise', '(2) the ', '. Then'))).toBe(':~:text=the-,prices%20will%20rise');
    // A quote with punctuation inside: from its first run of words to its last.
    expect(textFragment(sel('we will, he said, not — ever — back down', 'e ', ' on this'))).toBe(':~:text=we%20will,back%20down,-on');
    expect(textFragment(sel('“Never,” she said.', 'ok ', ' Then'))).toBe(':~:text=Never,she%20said');
    expect(textFragment(sel('so-called experts', 'x the ', ' say so'))).toBe(':~:text=the-,so,called%20experts,-say');
    expect(textFragment(sel('5.2% growth', 'rate of ', ' in the'))).toBe(':~:text=of-,5,growth,-in');
  });
  it('takes no context or words across a paragraph break', () => {
    expect(textFragment(sel('prices will rise', 'the end of it\n\n', ' next year'))).toBe(':~:text=prices%20will%20rise,-next');
    expect(textFragment(sel('first part\n\nsecond part', 'xx said ', ' and so on'))).toBe(':~:text=said-,first%20part,second%20part,-and%20so');
  });
  it('gives a long quote by its first and last words', () => {
    const long = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    expect(textFragment(sel(long))).toBe(':~:text=word0%20word1%20word2%20word3,word36%20word37%20word38%20word39');
  });
  it('keeps an existing hash and refuses anything but http(s)', () => {
    expect(annotationLink({ article: 'https://a.example/x#top', ...sel('hello') })).toBe('https://a.example/x#top:~:text=hello');
    expect(annotationLink({ article: 'javascript:alert(1)', ...sel('hello') })).toBeNull();
    expect(annotationLink({ article: 'data:text/html,hi', ...sel('hello') })).toBeNull();
    expect(httpUrl('not a url')).toBeNull();
    expect(annotationLink({ article: 'http://a.example/', ...sel('  ') })).toBe('http://a.example/');
    expect(annotationLink({ article: 'http://a.example/', ...sel('“ — ”') })).toBe('http://a.example/');
  });
});
