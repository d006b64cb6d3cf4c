// Words of the tokenizer: a full stop with no space after it ends a word where a sentence
// plainly ends there ("Merkel.Als"), and nowhere else ("t-online.de", "z.B.", "Football.London").
import { describe, expect, it } from 'vitest';
import { lexiconFor } from './lexicon/index';
import { tokenize } from './tokens';

const words = (text: string, lang: string): string[] => tokenize(text, 0, text.length, lexiconFor(lang)).map((t) => t.text);

describe('tokenize: a glued full stop', () => {
  it('ends the word before a function word or after a word in lower case', () => {
    expect(words('sagte Merkel.Als Nächstes', 'de')).toEqual(['sagte', 'Merkel', '.', 'Als', 'Nächstes']);
    expect(words('wurden vertagt.Das Treffen', 'de')).toEqual(['wurden', 'vertagt', '.', 'Das', 'Treffen']);
  });
  it('keeps domains, abbreviations and names written with a stop whole', () => {
    expect(words('laut t-online.de und z.B. Football.London', 'de')).toEqual(['laut', 't-online.de', 'und', 'z.B.', 'Football.London']);
    expect(words('She writes for Football.London now.', 'en')).toEqual(['She', 'writes', 'for', 'Football.London', 'now', '.']);
  });
});
