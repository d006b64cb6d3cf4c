// The learned short quote: what it weighs for a short quotation no sieve attributed, and that the
// engine makes one someone's words only where the trained model says so.
import { describe, expect, it } from 'vitest';
import { extractFromArticle } from './extract';
import { shortQuoteModelFor, shortQuoteProbability } from './short-quote';
import { articleOf, findingWith } from './test-support';

const weighed = (paragraphs: string[], words: string, lang = 'en', learnedChoice = true) => {
  const found = extractFromArticle(articleOf(paragraphs, lang), { explain: true, learnedChoice }).findings;
  return findingWith(found, words);
};

describe('short quote (learned)', () => {
  const lead = 'The survey of voters in three states was published on Monday by the university.';
  // The cue after the second quotation is that quotation's; the first stands alone in the sentence.
  const sentence = 'The program was a "good thing" that yielded "frankly good results," Jane Roe told reporters on Monday.';

  it('records what it weighed, with the candidate the sentence points at', () => {
    const f = weighed([lead, sentence], 'good thing', 'en', false);
    expect(f.kind).toBe('scare');
    expect(f.rule).toBe('short-scare');
    const short = f.explain?.shortQuote;
    expect(short?.features).toContain('words:2');
    expect(short?.features).toContain('open:lower');
    expect(short?.features).toContain('before:determiner');
    expect(short?.features).toContain('cue:speech');
    expect(short?.features).toContain('candidate:cue');
    expect(short?.speaker).toBe('Jane Roe');
  });

  it('makes it a quote of its candidate where the model says so, recording the rule', () => {
    const model = shortQuoteModelFor('en');
    expect(model).not.toBeNull();
    // (Three words: a two-word one stands near the model's line, and moves across it as the sample does.)
    const clear = sentence.replace('"good thing"', '"really good thing"');
    const off = weighed([lead, clear], 'really good thing', 'en', false);
    expect(shortQuoteProbability(off.explain!.shortQuote!.features, model!)).toBeGreaterThan(0.5);
    const on = weighed([lead, clear], 'really good thing');
    expect(on.kind).toBe('quote');
    expect(on.rule).toBe('short-quote');
    expect(on.speaker).toBe('Jane Roe');
  });

  it('leaves a term held at a distance a scare quote', () => {
    const f = weighed([lead, 'Critics of the so-called "reform" were not convinced by the figures.'], 'reform');
    expect(f.kind).toBe('scare');
    const model = shortQuoteModelFor('en')!;
    expect(shortQuoteProbability(f.explain!.shortQuote!.features, model)).toBeLessThanOrEqual(0.5);
  });

  it('keeps a scare quote where its language has no model (the train split gave none that helped)', () => {
    expect(shortQuoteModelFor('de')).toBeNull();
    const f = weighed(['Die Umfrage wurde am Montag veröffentlicht.', 'Die meisten Bauern sagten, sie seien „sehr besorgt“ über den Preis.'], 'sehr besorgt', 'de');
    expect(f.rule.startsWith('short-quote')).toBe(false);
  });

  it('reads the sentence once for all its short quotations: each still gets its own position', () => {
    // The sentence's cue, mood and count of quotations are the same for all; what stands around each differs.
    const paragraphs = [lead, 'The "plan" was a "trap", a "deal" and a "joke" for the farmers.', '"Nonsense" was all the mayor had for the "critics".'];
    const found = extractFromArticle(articleOf(paragraphs, 'en'), { explain: true, learnedChoice: false }).findings;
    const featuresOf = (w: string) => findingWith(found, w).explain?.shortQuote?.features ?? [];
    for (const w of ['trap', 'deal', 'joke']) {
      expect(featuresOf(w)).toContain('quotes:3');
      expect(featuresOf(w)).toContain('opens-sentence:false');
      expect(featuresOf(w)).toContain('before:determiner');
    }
    expect(featuresOf('trap')).toContain('after:comma');
    expect(featuresOf('deal')).toContain('after:function');
    expect(featuresOf('Nonsense')).toContain('opens-sentence:true');
    expect(featuresOf('Nonsense')).toContain('quotes:2');
    expect(featuresOf('critics')).toContain('opens-sentence:false');
    expect(featuresOf('critics')).toContain('after:stop');
  });
});
