import { describe, expect, it } from 'vitest';
import { extractFromArticle } from '../core/extract';
import { supportedLanguages } from '../core/lexicon/index';
import { warmUpArticle, warmUpEngine } from './warm-up';

describe('warm-up', () => {
  it('builds a well-formed article in every language, and the engine reads every one', () => {
    for (const lang of supportedLanguages()) {
      const a = warmUpArticle(lang);
      expect(a.lang).toBe(lang);
      expect(a.paragraphs).toHaveLength(2);
      for (const p of a.paragraphs) expect(a.text.slice(p.start, p.end)).not.toContain('\n');
      expect(a.text.slice(a.paragraphs[1]!.end)).toBe('');
      expect(Array.isArray(extractFromArticle(a).findings)).toBe(true);
    }
    expect(warmUpEngine()).toBe(supportedLanguages().length);
  });
});
