// indexBefore: the bounded search the clause readers use on a sentence's first tokens.
import { describe, expect, it } from 'vitest';
import { indexBefore, type ClauseToken } from './clause';

const tokensOf = (texts: string[]) => texts.map((text, i) => ({ text, start: i, end: i + 1 }) as unknown as ClauseToken);

describe('indexBefore', () => {
  it('finds the first token under the bound that passes, and no later one', () => {
    const tokens = tokensOf(['a', 'b', ',', 'c', ',', ...Array.from({ length: 20 }, () => 'x'), ',']);
    const comma = (t: ClauseToken) => t.text === ',';
    expect(indexBefore(tokens, 12, comma)).toBe(2);
    expect(indexBefore(tokens, 2, comma)).toBe(-1);
    expect(indexBefore(tokens.slice(3), 12, comma)).toBe(1);
    // The comma at 25 stands past the bound: as findIndex with the bound in its predicate, -1.
    expect(indexBefore(tokens.slice(5), 12, comma)).toBe(-1);
    expect(indexBefore(tokens.slice(5), 30, comma)).toBe(20);
    expect(indexBefore([], 12, comma)).toBe(-1);
  });
});
