import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, foldText, foldedOffset, paragraphEnd, paragraphStart, sourceEnd, sourceStart } from './fold-text';

describe('foldText', () => {
  it('drops whitespace and invisible characters and unifies quotes, dashes and ellipses', () => {
    expect(fold('He said \u201cno\u201d \u2014 it\u2019s over\u2026')).toBe('Hesaid"no"-it\'sover...');
    expect(fold('a\u00a0b\u200bc\u00add')).toBe('abcd');
  });

  it('maps every folded character back to the character it came from', () => {
    const source = '  One \u201ctwo\u201d\n\nthree\u2026 four ';
    const f = foldText(source);
    expect(f.text).toBe('One"two"three...four');
    for (let i = 0; i < f.text.length; i++) {
      const c = source[f.map[i] as number] as string;
      expect(fold(c).includes(f.text[i] as string)).toBe(true);
    }
    const at = f.text.indexOf('three...');
    expect(source.slice(sourceStart(f, at), sourceEnd(f, at + 'three...'.length))).toBe('three\u2026');
    expect(foldedOffset(f, source.indexOf('three'))).toBe(at);
  });

  it('remembers paragraph breaks', () => {
    const f = foldText('ab cd\n\nef\n \ngh');
    expect(Array.from(f.breaks)).toEqual([4, 6]);
    expect(paragraphStart(f, 5)).toBe(4);
    expect(paragraphStart(f, 1)).toBe(0);
    expect(paragraphEnd(f, 1)).toBe(4);
    expect(paragraphEnd(f, 7)).toBe(f.text.length);
  });

  it('is consistent with fold() and keeps the map monotonic for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', '\u2019', '\u2026', '\u00a0', '\u{1F600}', '\u200b', '-') }), (s) => {
        const f = foldText(s);
        expect(f.text).toBe(fold(s));
        for (let i = 1; i < f.map.length; i++) expect(f.map[i] as number).toBeGreaterThanOrEqual(f.map[i - 1] as number);
      }),
    );
  });
});
