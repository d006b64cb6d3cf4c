// Words of the tokenizer: a full stop with no space after it ends a word where a sentence
// plainly ends there ("Merkel.Als"), and nowhere else ("t-online.de", "z.B.", "Football.London");
// a number keeps the comma between its digits ("7,500").
import { describe, expect, it } from 'vitest';
import { lexiconFor } from './lexicon/index';
import { compile, flagsOf } from './lexicon/compiled';
import { tokenize } from './tokens';

const words = (text: string, lang: string): string[] => tokenize(text, 0, text.length, lexiconFor(lang)).map((t) => t.text);

describe('tokenize: numbers', () => {
  it('keeps a comma between two digits inside the number, and a comma after a number apart', () => {
    expect(words('half of the 7,500 troops cost $1,200.50 in 2014, 63 percent', 'en')).toEqual(['half', 'of', 'the', '7,500', 'troops', 'cost', '$', '1,200.50', 'in', '2014', ',', '63', 'percent']);
    expect(words('um 1,5 Prozent', 'de')).toEqual(['um', '1,5', 'Prozent']);
  });
});

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

describe('tokenize: spellings', () => {
  it('gives each token the text, lower case, capital and flags of its own spelling, across growth and the bound of the table', () => {
    const lex = lexiconFor('en');
    const c = compile(lex);
    // Letter strings a, b, …, z, aa, ab, …: spellings in three cases, more than the table keeps.
    const made = (i: number): string => {
      let s = '';
      for (let k = i; ; k = Math.floor(k / 26) - 1) {
        s = String.fromCharCode(97 + (k % 26)) + s;
        if (k < 26) break;
      }
      return s;
    };
    const spellings = Array.from({ length: 120_000 }, (_, i) => {
      const w = made(i);
      return i % 3 === 0 ? w.toUpperCase() : i % 3 === 1 ? w[0]!.toUpperCase() + w.slice(1) : w;
    });
    const text = [...spellings, ...spellings.slice(0, 5_000), 'Thé “Ünïcode” words'].join(' ');
    const wrong = tokenize(text, 0, text.length, lex).filter((t) => t.word && (
      t.text !== text.slice(t.start, t.end) || t.lower !== t.text.toLowerCase() || t.cap !== /^\p{Lu}/u.test(t.text) || t.flags !== flagsOf(c, t.lower)));
    expect(wrong).toEqual([]);
  });
});
