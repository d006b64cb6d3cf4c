// A finding's id read from the article text's ranges (spanId) is the id of its selector's
// strings (stableId of kind, exact, prefix, suffix), at the edges of the text too.
import { describe, expect, it } from 'vitest';
import { quoteSelector, spanId, stableId } from './selector';

describe('spanId', () => {
  it('equals stableId of the quote selector of the same span', () => {
    const text = 'Opening words, then “a quotation in curly marks,” and more text after it: ünïcödé, 𝒜 and the end.';
    const spans: Array<[number, number]> = [[0, 0], [0, 7], [0, text.length], [20, 49], [40, text.length], [text.length, text.length], [5, 90]];
    for (const [start, end] of spans) {
      const s = quoteSelector(text, start, end);
      for (const kind of ['quote', 'claim', 'scare']) expect(spanId(kind, text, start, end)).toBe(stableId(kind, s.exact, s.prefix, s.suffix));
    }
  });
});
