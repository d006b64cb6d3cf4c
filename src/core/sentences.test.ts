// Sentence splitting with the merges Intl.Segmenter needs: abbreviations, initials, quotations,
// and a quote's attribution after its own full stop.
import { describe, expect, it } from 'vitest';
import { lexiconFor } from './lexicon/index';
import { findQuoteSpans } from './quotes';
import { splitSentences } from './sentences';
import { articleOf } from './test-support';

function sentences(text: string, lang = 'en'): string[] {
  const a = articleOf([text]);
  return splitSentences(a, findQuoteSpans(a), lexiconFor(lang)).map((s) => a.text.slice(s.start, s.end));
}

describe('splitSentences', () => {
  it('does not split after an abbreviation or an initial', () => {
    expect(sentences('Mr. Smith met Dr. Jones in the U.S. capital. They talked.')).toEqual(['Mr. Smith met Dr. Jones in the U.S. capital.', 'They talked.']);
    expect(sentences('The bill was signed by J. K. Doe and G.K. Roe on Monday. It passed.')).toHaveLength(2);
  });

  it('does not split inside a quotation', () => {
    expect(sentences('“I am here. You are not,” she said. Then she left.')).toEqual(['“I am here. You are not,” she said.', 'Then she left.']);
  });

  it('keeps the attribution after a quote that ends with its own stop', () => {
    expect(sentences('“Why not?” Smith asked. Nobody knew.')).toEqual(['“Why not?” Smith asked.', 'Nobody knew.']);
    // A full stop after the closing mark ends the sentence, whatever verb comes next.
    expect(sentences('Sánchez añadió que el plan «se aprobará antes del verano». Según explicó, costará mucho.', 'es')).toEqual(['Sánchez añadió que el plan «se aprobará antes del verano».', 'Según explicó, costará mucho.']);
    expect(sentences('“We won.” ― Jane Roe')).toEqual(['“We won.” ― Jane Roe']);
  });

  it('splits ordinary sentences', () => {
    expect(sentences('One thing happened. Another followed! Did a third?')).toEqual(['One thing happened.', 'Another followed!', 'Did a third?']);
  });

  it('splits after a full stop with no space after it where a sentence plainly ends', () => {
    expect(sentences('Das sagte Merkel.Als Nächstes sprach Jane Roe.', 'de')).toEqual(['Das sagte Merkel.', 'Als Nächstes sprach Jane Roe.']);
    expect(sentences('Die Gespräche wurden vertagt.Das Treffen fand nicht statt.', 'de')).toEqual(['Die Gespräche wurden vertagt.', 'Das Treffen fand nicht statt.']);
    expect(sentences('She wrote for Football.London and t-online.de, e.g. on Sundays.')).toHaveLength(1);
  });
});
