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
    expect(textFragment(sel('5.2% growth', 'rate of ', ' in the'))).toBe(':~:text=of-,5.2,growth,-in');
  });
  it('cuts no word the browser reads as one: apostrophes and marks between letters or digits stay in it', () => {
    // Chromium found none of these when a term ended or began inside the word (Russia|’s).
    expect(textFragment(sel('the EU fails to resolve, not least due to Washington’s influence', 'that Peskov said ', '.\n\nAccording'))).toBe(
      ':~:text=Peskov%20said-,the%20EU%20fails%20to,due%20to%20Washington%E2%80%99s%20influence',
    );
    expect(textFragment(sel('Russia’s interest in trade', 'He also signalled ', ' and more'))).toBe(':~:text=also%20signalled-,Russia%E2%80%99s%20interest%20in%20trade,-and');
    expect(textFragment(sel('may cause 50,000 deaths', 'that ', ' in the'))).toBe(':~:text=may%20cause%2050%2C000%20deaths,-in');
    expect(textFragment(sel('don\'t go', 'I ', ' there'))).toBe(":~:text=don't%20go");
    // Marks at a word's edge are no part of it.
    expect(textFragment(sel('’tis the season’', 'x ', ' y'))).toBe(':~:text=tis%20the%20season');
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
