// Sentence boundaries of plain text without the segmenter, checked against the segmenter itself.
import { describe, expect, it } from 'vitest';
import { sentenceBreaks } from './sentence-breaks';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
function icu(s: string): number[] {
  const out: number[] = [];
  for (const seg of segmenter.segment(s)) if (seg.index > 0) out.push(seg.index);
  return out;
}

describe('sentenceBreaks', () => {
  it('finds the boundaries Intl.Segmenter finds', () => {
    for (const s of [
      'He left. She stayed.',
      'The U.S. economy grew 3.5 percent. Mr. Smith said so.',
      '“I would,” Melanie said. “I would, Donald.”',
      'Really?! Yes. (Maybe.) “No.” And then... well; not quite — etc. 2) and more.',
      'Is it? no.\u00a0Yes: it is. ‘Fine.’ Done',
      'Déjà vu… Řekl to. Straße ― Ende. étude. Éclat',
    ]) {
      expect(sentenceBreaks(s, 0, s.length)).toEqual(icu(s));
    }
  });

  it('agrees with Intl.Segmenter on random text of the characters it handles', () => {
    const pool = ['.', '.', '?', '!', ' ', ' ', 'a', 'B', '1', '"', "'", '(', ')', ',', ':', ';', '-', '$', '\u00a0', '\u2019', '\u201c', '\u201d', '\u2014', '\u2015', '\u2026', 'é', 'É', 'č', 'Ž', 'ß'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 20000; i++) {
      let s = '';
      for (let k = Math.floor(next() * 12) + 1; k > 0; k--) s += pool[Math.floor(next() * pool.length)];
      expect(sentenceBreaks(s, 0, s.length), JSON.stringify(s)).toEqual(icu(s));
    }
  });

  it('reads only the slice asked for, with offsets in the whole text', () => {
    const text = 'x A. B. c';
    expect(sentenceBreaks(text, 2, 6)).toEqual(icu('A. B').map((i) => i + 2));
  });

  it('leaves any other character to the segmenter', () => {
    expect(sentenceBreaks('Αθήνα. Yes.', 0, 11)).toBeNull();
    expect(sentenceBreaks('¿Sí? Yes.', 0, 9)).toBeNull();
    expect(sentenceBreaks('他说。好。', 0, 5)).toBeNull();
  });
});
