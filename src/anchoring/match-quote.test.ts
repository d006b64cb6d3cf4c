import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchQuote } from './match-quote';
import { editDistance } from './similarity';

// Invented text: no corpus sentences.
const P1 = 'The harbour master said the new pier was \u201ca gift to the whole town\u201d when it opened on Monday.';
const P2 = 'Fishermen were less sure. One of them called the pier \u201ca gift\u201d only to the tourist boats.';
const P3 = 'The council will meet again in March to discuss the cost of repairs to the old quay.';
const TEXT = [P1, P2, P3].join('\n\n');

const quoteAt = (text: string, exact: string, occurrence = 0) => {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(exact, at + 1);
  return { exact, prefix: text.slice(Math.max(0, at - 32), at), suffix: text.slice(at + exact.length, at + exact.length + 32), at };
};

describe('matchQuote', () => {
  it('finds the exact text and tells repeated occurrences apart by their context', () => {
    const first = quoteAt(TEXT, 'a gift', 0);
    const second = quoteAt(TEXT, 'a gift', 1);
    expect(matchQuote(TEXT, first)).toMatchObject({ start: first.at, end: first.at + 6, fuzzy: false });
    expect(matchQuote(TEXT, second)).toMatchObject({ start: second.at, end: second.at + 6, fuzzy: false });
  });

  it('ignores differences of whitespace, quote marks and dashes between the selector and the text', () => {
    const q = quoteAt(TEXT, 'a gift to the whole town');
    const retyped = TEXT.replace(/\u201c|\u201d/g, '"').replace(/ /g, '  ').replace('\n\n', '\n \n');
    const m = matchQuote(retyped, q);
    expect(m).not.toBeNull();
    expect(retyped.slice(m?.start, m?.end).replace(/\s+/g, ' ')).toBe('a gift to the whole town');
  });

  it('uses the hint to choose between occurrences with the same context', () => {
    const text = 'x said "yes" to it. x said "yes" to it.';
    const q = { exact: 'yes', prefix: 'x said "', suffix: '" to it.' };
    expect(matchQuote(text, q, { hint: 0 })?.start).toBe(8);
    expect(matchQuote(text, q, { hint: 30 })?.start).toBe(28);
  });

  it('finds an edited quote approximately and says so', () => {
    const q = quoteAt(TEXT, 'a gift to the whole town');
    const edited = TEXT.replace('a gift to the whole town', 'a gift to the whole tovn');
    const m = matchQuote(edited, q);
    expect(m).toMatchObject({ fuzzy: true });
    expect(edited.slice(m?.start, m?.end)).toBe('a gift to the whole tovn');
    expect(m?.score).toBeLessThan(1);
  });

  it('refuses a short quote whose context is gone, even if the words occur elsewhere', () => {
    const q = quoteAt(TEXT, 'a gift', 0);
    const without = [P2, P3].join('\n\n').replace('a gift', 'a present');
    expect(matchQuote(without, q)).toBeNull();
    const elsewhere = [P3, 'A neighbour brought a gift for the baby.'].join('\n\n');
    expect(matchQuote(elsewhere, q)).toBeNull();
  });

  it('keeps a long quote that moved to another paragraph order, and a short one by its own paragraph', () => {
    const long = quoteAt(TEXT, 'a gift to the whole town');
    const short = quoteAt(TEXT, 'a gift', 1);
    const shuffled = [P3, P2, 'Advertisement', P1].join('\n\n');
    expect(shuffled.slice(matchQuote(shuffled, long)?.start, matchQuote(shuffled, long)?.end)).toBe('a gift to the whole town');
    const m = matchQuote(shuffled, short);
    expect(m?.start).toBe(shuffled.indexOf('a gift\u201d only'));
  });

  it('returns null for an empty quote and for a text without it', () => {
    expect(matchQuote(TEXT, { exact: '  ' })).toBeNull();
    expect(matchQuote('', { exact: 'anything at all here' })).toBeNull();
    expect(matchQuote(TEXT, { exact: 'completely unrelated words that are not there' })).toBeNull();
  });

  it('never splits a surrogate pair', () => {
    const text = 'Sign: \u{1F600}\u{1F600} said the man, smiling broadly at them.';
    const m = matchQuote(text, { exact: '\u{1F600} said the man, smiling broadlx', prefix: 'Sign: \u{1F600}', suffix: ' at them.' });
    expect(m).not.toBeNull();
    const s = m?.start ?? 0;
    expect((text.charCodeAt(s) & 0xfc00) === 0xdc00).toBe(false);
  });
});

describe('matchQuote on hostile text', () => {
  it('stays bounded on a huge repetitive text and still finds a quote in it', () => {
    const text = 'a'.repeat(300_000) + ' the needle sentence we are looking for, said nobody ' + 'a'.repeat(300_000);
    expect(matchQuote(text, { exact: 'a'.repeat(40) + 'b', prefix: 'aaaa', suffix: 'aaaa' })).toBeNull();
    const m = matchQuote(text, { exact: 'the needle sentence we are looking fur', prefix: 'aaaaaaaa ', suffix: ', said nobody' }, { hint: 300_000 });
    expect(text.slice(m?.start, m?.end)).toBe('the needle sentence we are looking for');
  });
});

describe('editDistance', () => {
  it('agrees with and without a limit (banded computation)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 }), fc.nat(12), (a, b, limit) => {
        const full = editDistance(a, b);
        expect(editDistance(a, b, limit)).toBe(full > limit ? limit + 1 : full);
      }),
    );
  });

  it('counts insertions, deletions and substitutions, and stops at the limit', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('aaaaaaaa', 'bbbbbbbb', 2)).toBe(3);
  });
});
