import { describe, expect, it } from 'vitest';
import { annotationWords, foldForSearch, hostOf, searchWords } from './search-words';

describe('search words', () => {
  it('folds case, accents and compatibility forms the same way for text and query', () => {
    expect(foldForSearch('Café ÉCOLE ﬁnal')).toBe('cafe ecole final');
    expect(searchWords('Café, cafe! CAFÉ?')).toEqual(['cafe']);
  });
  it('splits on anything but letters and digits, in any script', () => {
    expect(searchWords('Москва — 2026: «мир»')).toEqual(['москва', '2026', 'мир']);
    expect(searchWords('שָׁלוֹם world_wide')).toEqual(['שלום', 'world', 'wide']);
  });
  it('caps word length and count', () => {
    expect(searchWords('a'.repeat(100))).toEqual(['a'.repeat(32)]);
    expect(searchWords(Array.from({ length: 50 }, (_, i) => `w${i}`).join(' '), 10)).toHaveLength(10);
  });
  it('indexes text, speaker and note', () => {
    expect(annotationWords({ text: 'Prices rose', speaker: 'Ada Lovel', note: 'check' })).toEqual(['prices', 'rose', 'ada', 'lovel', 'check']);
    expect(annotationWords({ text: 'x', speaker: null, note: '' })).toEqual(['x']);
  });
  it('finds the host of a url', () => {
    expect(hostOf('https://www.example.org/a?b')).toBe('www.example.org');
    expect(hostOf('nonsense')).toBe('');
  });
});
