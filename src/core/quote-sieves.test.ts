// Runs every quote sieve's example sentences through the whole engine: each must give the
// speaker (and kind) its sieve promises, decided by that sieve.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extract } from './extract';
import { QUOTE_SIEVES } from './quote-speaker';

function findingsOf(sentence: string, lang: string) {
  const body = `<h1>A report</h1><p>${sentence}</p><p>The meeting ended in the evening without any further word from those who took part.</p>`;
  const dom = new JSDOM(`<html lang="${lang}"><head><title>A report</title></head><body><article>${body}</article></body></html>`, { url: 'https://example.org/a' });
  return extract(dom.window.document, 'https://example.org/a').extraction.findings;
}

describe('quote sieves', () => {
  it('run from one ordered list with unique names, the last one deciding always', () => {
    const names = QUOTE_SIEVES.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names[names.length - 1]).toBe('nearby-speaker');
  });
  for (const sieve of QUOTE_SIEVES) {
    for (const ex of sieve.examples) {
      it(`${sieve.name}: ${ex.text}`, () => {
        const lang = /[„“]/.test(ex.text) && /[äöüß]/.test(ex.text) ? 'de' : /« /.test(ex.text) ? 'fr' : /[«»¡¿ñ]/.test(ex.text) ? 'es' : /[ãõç]/.test(ex.text) ? 'pt' : 'en';
        const found = findingsOf(ex.text, lang).filter((f) => f.kind !== 'claim');
        expect(found.length).toBeGreaterThan(0);
        const last = found[found.length - 1]!;
        expect(last.kind).toBe(ex.kind ?? 'quote');
        expect(last.speaker).toBe(ex.speaker);
        expect(last.rule.split('/')[0]).toBe(sieve.name);
      });
    }
  }
});
