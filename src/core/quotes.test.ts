// Quote pairing, from the rules: every convention, mixed pairs, nesting, apostrophes, quotes over
// several paragraphs, stray marks, <q> and <blockquote>.
import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from './quotes';
import { articleOf } from './test-support';

function quoted(...paragraphs: Array<string | { text: string; blockquote?: boolean }>): string[] {
  const a = articleOf(paragraphs);
  return findQuoteSpans(a).map((s) => a.text.slice(s.start, s.end));
}

describe('findQuoteSpans', () => {
  it.each([
    ['English curly', 'She said “we will go” today.', 'we will go'],
    ['straight double', 'She said "we will go" today.', 'we will go'],
    ['single curly', 'She said ‘we will go’ today.', 'we will go'],
    ['French guillemets with spaces', 'Elle a dit « nous partirons » hier.', 'nous partirons'],
    ['German low-high', 'Sie sagte „wir gehen“ heute.', 'wir gehen'],
    ['German single low-high', 'Sie sagte ‚wir gehen‘ heute.', 'wir gehen'],
    ['German reversed guillemets', 'Sie sagte »wir gehen« heute.', 'wir gehen'],
    ['angle singles', 'Il a dit ‹ oui › hier.', 'oui'],
    ['CJK corner brackets', '他说「我们明天走」。', '我们明天走'],
    ['CJK curly after a colon', '他说：“我们明天走。”', '我们明天走。'],
    ['closing-shaped pair', 'Hon sa ”vi går” i dag.', 'vi går'],
  ])('%s', (_name, text, inner) => {
    expect(quoted(text)).toEqual([inner]);
  });

  it('pairs a curly opening mark with a straight closing one, as published', () => {
    expect(quoted('He warned against fuelling “hysteria" about it.')).toEqual(['hysteria']);
  });

  it('keeps a nested quote inside its outer quote', () => {
    expect(quoted('He said “they called it ‘a farce’ at once” and left.')).toEqual(['they called it ‘a farce’ at once']);
  });

  it('takes apostrophes for what they are', () => {
    expect(quoted("It's the players’ choice, rock 'n' roll, and the 1990s' mood, said O'Neill.")).toEqual([]);
    expect(quoted('The ministers’ view was “clear enough”.')).toEqual(['clear enough']);
  });

  it('lets a quote run over paragraphs that each open with the mark and only the last closes', () => {
    expect(quoted('He said: “The first part goes on.', '“The second part goes on.', '“And this is the end.”', 'Then he left.')).toEqual([
      'The first part goes on.',
      'The second part goes on.',
      'And this is the end.',
    ]);
  });

  it('keeps an unclosed mark from swallowing the rest of the article', () => {
    const spans = quoted('A stray “mark in the middle of a paragraph and no close.', 'A later paragraph with “a real quote” in it.');
    expect(spans).toEqual(['a real quote']);
  });

  it('still finds the quotes after a stray mark in the same paragraph', () => {
    expect(quoted('The ’90s were odd and "the best" of times, she said, calling it "a riot".')).toEqual(['the best', 'a riot']);
  });

  it('takes a whole <blockquote> paragraph as a quote', () => {
    expect(quoted('Intro.', { text: 'We will not give up.', blockquote: true })).toEqual(['We will not give up.']);
  });

  it('takes <q> ranges as quotes', () => {
    const a = articleOf(['She said we would win.']);
    a.inlineQuotes.push({ start: a.text.indexOf('we'), end: a.text.indexOf(' win') + 4 });
    expect(findQuoteSpans(a).map((s) => a.text.slice(s.start, s.end))).toEqual(['we would win']);
  });

  it('stays linear on a hostile paragraph of marks', () => {
    const text = '“'.repeat(20000) + ' ' + '"a" '.repeat(5000);
    const spans = quoted(text);
    expect(spans.length).toBeGreaterThan(0);
  });

  it('pairs a closing mark with the nearest opener it fits, past openers of other kinds left open', () => {
    // « and ‹ stay open inside; the closing ” ends the quote its “ opened, dropping them.
    expect(quoted('He said “one « two ‹ three” and left.')).toEqual(['one « two ‹ three']);
  });

  it('takes <q> ranges in the order the page walk gives them (inner before outer), skipping overlaps', () => {
    const a = articleOf(['Before the vote she said yes to it and no to the rest of the plan, twice.']);
    const at = (w: string) => a.text.indexOf(w);
    // An inner <q> ("yes") ends first, then its outer <q> ("said yes to it"), then a later one ("no").
    a.inlineQuotes = [
      { start: at('yes'), end: at('yes') + 3 },
      { start: at('said'), end: at('to it') + 5 },
      { start: at('no to'), end: at('no to') + 2 },
    ];
    expect(findQuoteSpans(a).map((s) => a.text.slice(s.start, s.end))).toEqual(['yes', 'no']);
  });
});

describe('findQuoteSpans on a page of 200,000 <q> elements', () => {
  it('returns every span without overflowing the stack (the spans were spread into one push)', () => {
    const n = 200_000;
    const article = articleOf(['aa bb '.repeat(n)]);
    article.inlineQuotes = Array.from({ length: n }, (_, i) => ({ start: i * 6, end: i * 6 + 2 }));
    const spans = findQuoteSpans(article);
    expect(spans.filter((s) => s.source === 'q')).toHaveLength(n);
  });
});
